# `hubtokens --help`, `--version` and `--lang ja --help` with no display: each must exit 0 and print what it should.
# cmake -DPROGRAM=<hubtokens> -DVERSION=<version> -DHOME=<empty dir for settings> -P check_help.cmake

# run(<expected regex> <args…>): runs PROGRAM with no display and fails unless it exits 0 and prints the regex.
function(run expected)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                --unset=XDG_CONFIG_HOME HOME=${HOME} ${PROGRAM} ${ARGN}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "hubtokens ${ARGN}: exit ${rc}\n${out}${err}")
    endif()
    if(NOT out MATCHES "${expected}")
        message(FATAL_ERROR "hubtokens ${ARGN}: no match for '${expected}' in:\n${out}${err}")
    endif()
    message(STATUS "hubtokens ${ARGN}: ok")
endfunction()

file(MAKE_DIRECTORY ${HOME})
run("^hubtokens ${VERSION}\n$" --version)
run("^hubtokens ${VERSION}\n$" -v)
run("Usage: .*--server <url>.*--demo.*--lang <code>" --help)
run("Usage: .*--server <url>" -h)
# --lang applies to --help too: the description and Qt's own words, from the translations.
run("Docker Hub の個人用アクセストークンを管理します。" --lang ja --help)
run("管理您的 Docker Hub 个人访问令牌。" --help --lang zh_CN)
