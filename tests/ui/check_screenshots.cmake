# Runs hubtokens-screenshots --all-languages into OUT and checks that every expected PNG exists for every language
# (OUT/<code>/) and is more than a blank image.
# cmake -DPROGRAM=… -DOUT=… -P check_screenshots.cmake
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${PROGRAM}" --out "${OUT}" --all-languages
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "hubtokens-screenshots failed (${rc})")
endif()
set(languages en ja zh_CN zh_TW)
set(expected
    01-sign-in 02-sign-in-2fa 03-main-window 04-main-window-selection 05-row-menu 06-generate-token
    07-token-created 08-delete-confirmation 09-edit-token 10-token-details 11-error-banner 12-no-match
    13-empty-state 14-export-menu 15-cleanup-delete-expired 16-cleanup-deactivate-unused 17-counts-line)
list(APPEND expected 18-about 19-partial-list) # Help → About; a first list that failed after page 1
foreach(language IN LISTS languages)
    foreach(name IN LISTS expected)
        set(png "${OUT}/${language}/${name}.png")
        if(NOT EXISTS "${png}")
            message(FATAL_ERROR "missing ${png}")
        endif()
        file(SIZE "${png}" size)
        if(size LESS 3000)
            message(FATAL_ERROR "${png} is only ${size} bytes")
        endif()
    endforeach()
endforeach()
message(STATUS "all screenshots present in every language")
