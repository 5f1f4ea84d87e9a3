# The installed AppStream metainfo, made from data/<id>.metainfo.xml.in (the comment at its top says how), and the
# newest release it lists (for the Debian changelog). Included by data/CMakeLists.txt; also a script, with which
# scripts/package-test.sh checks the variant with homepage and screenshots:
#
#   cmake -DIN=<in> -DOUT=<out> -DVERSION=<version> "-DPROGRAMS=a;b" [-DHOMEPAGE_URL=<url>]
#         [-DSCREENSHOT_BASE_URL=<url>] -P data/Metainfo.cmake

# hubtokens_newest_release(<metainfo> <version-var> <date-var> <notes-var>): the first <release> in the file (its
# version, its date YYYY-MM-DD, and the text of its description's first paragraph, on one line).
function(hubtokens_newest_release metainfo version_var date_var notes_var)
    file(READ ${metainfo} text)
    string(REGEX MATCH "<release version=\"([^\"]+)\" date=\"([0-9-]+)\">[ \n]*<description>[ \n]*<p>([^<]*)</p>"
           release "${text}")
    if(NOT release)
        message(FATAL_ERROR "${metainfo}: no <release version=\"…\" date=\"…\"> with a <description><p>")
    endif()
    set(${version_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
    set(${date_var} "${CMAKE_MATCH_2}" PARENT_SCOPE)
    string(REGEX REPLACE "[ \n]+" " " notes "${CMAKE_MATCH_3}")
    string(STRIP "${notes}" notes)
    set(${notes_var} "${notes}" PARENT_SCOPE)
endfunction()

# hubtokens_write_metainfo(<in> <out> <version> <programs> <homepage-url> <screenshot-base-url>)
function(hubtokens_write_metainfo in out version programs homepage_url screenshot_base_url)
    hubtokens_newest_release(${in} release_version release_date release_notes)
    if(NOT release_version STREQUAL version)
        message(FATAL_ERROR "${in}: the newest <release> is ${release_version}, but the project's version is "
                            "${version}: add a <release version=\"${version}\" …> first")
    endif()
    set(HUBTOKENS_HOMEPAGE_URL "${homepage_url}")
    string(REGEX REPLACE "/+$" "" HUBTOKENS_SCREENSHOT_BASE_URL "${screenshot_base_url}")
    set(HUBTOKENS_METAINFO_BINARIES "")
    foreach(program IN LISTS programs)
        string(APPEND HUBTOKENS_METAINFO_BINARIES "    <binary>${program}</binary>\n")
    endforeach()

    file(READ ${in} text)
    # Each "<!-- if VAR -->" line starts a block that ends at the next "<!-- endif -->" line: kept (without the two
    # marker lines) if VAR is set, else dropped.
    while(text MATCHES "\n *<!-- if ([A-Z_]+) -->\n")
        set(variable ${CMAKE_MATCH_1})
        string(FIND "${text}" "${CMAKE_MATCH_0}" begin)
        string(LENGTH "${CMAKE_MATCH_0}" begin_length)
        math(EXPR inner_begin "${begin} + ${begin_length}")
        string(SUBSTRING "${text}" ${inner_begin} -1 rest)
        if(NOT rest MATCHES "^(.*)\n *<!-- endif -->\n")
            message(FATAL_ERROR "${in}: <!-- if ${variable} --> without <!-- endif -->")
        endif()
        # CMake's regular expressions are greedy: find the first endif by hand.
        string(FIND "${rest}" "<!-- endif -->" end)
        string(SUBSTRING "${rest}" 0 ${end} inner)
        string(REGEX REPLACE "\n *$" "\n" inner "${inner}")
        string(SUBSTRING "${rest}" ${end} -1 after)
        string(REGEX REPLACE "^<!-- endif -->\n" "" after "${after}")
        string(SUBSTRING "${text}" 0 ${begin} before)
        if(NOT DEFINED ${variable})
            message(FATAL_ERROR "${in}: unknown variable ${variable}")
        elseif("${${variable}}" STREQUAL "")
            set(text "${before}\n${after}")
        else()
            set(text "${before}\n${inner}${after}")
        endif()
    endwhile()
    string(CONFIGURE "${text}" text @ONLY)
    file(WRITE ${out}.tmp "${text}")
    configure_file(${out}.tmp ${out} COPYONLY) # rewritten only when it changed
    file(REMOVE ${out}.tmp)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    foreach(required IN ITEMS IN OUT VERSION PROGRAMS)
        if(NOT DEFINED ${required})
            message(FATAL_ERROR "Metainfo.cmake: -D${required}=… is needed")
        endif()
    endforeach()
    hubtokens_write_metainfo(${IN} ${OUT} ${VERSION} "${PROGRAMS}" "${HOMEPAGE_URL}" "${SCREENSHOT_BASE_URL}")
endif()
