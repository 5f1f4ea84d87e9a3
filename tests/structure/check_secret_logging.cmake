# Fails if app code logs something that looks like a secret: a logging or printing call (qDebug, qInfo, qWarning,
# qCritical, qFatal, their qC* forms, printf-style and std streams) on the same line as a name such as jwt, secret,
# password, token, bearer or authorization outside string literals. Lines with "secret-logging: ok" are let through (say why next to it).
#   cmake -DROOT=<source dir> -P check_secret_logging.cmake
if(NOT ROOT)
    message(FATAL_ERROR "ROOT not set")
endif()
file(GLOB_RECURSE sources ${ROOT}/app/*.cpp ${ROOT}/app/*.h ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h
                          ${ROOT}/models/*.cpp ${ROOT}/models/*.h)
set(log_call "(qC?(Debug|Info|Warning|Critical|Fatal)[ \t]*\\(|QDebug|QMessageLogger|printf[ \t]*\\(|std::(cout|cerr|clog))")
set(secretish "([Jj][Ww][Tt]|[Ss]ecret|[Pp]ass(word|wd)|[Tt]oken|[Bb]earer|[Aa]uthorization|login2fa)")
set(findings "")
set(scanned 0)
foreach(source ${sources})
    math(EXPR scanned "${scanned} + 1")
    file(STRINGS ${source} lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # Names matter, not words in string literals ("hubtokens: %s").
        string(REGEX REPLACE "\"([^\"\\\\]|\\\\.)*\"" "\"\"" code "${line}")
        if(code MATCHES "${log_call}" AND code MATCHES "${secretish}" AND NOT line MATCHES "secret-logging: ok")
            file(RELATIVE_PATH relative ${ROOT} ${source})
            string(STRIP "${line}" shown)
            string(APPEND findings "  ${relative}:${number}: ${shown}\n")
        endif()
    endforeach()
endforeach()
if(findings)
    message(FATAL_ERROR "Logging that may print a secret:\n${findings}")
endif()
message(STATUS "no logging of secrets in ${scanned} files of app/, ui/ and models/")
