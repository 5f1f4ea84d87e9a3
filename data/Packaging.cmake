# The Debian package, from the install rules (data/CMakeLists.txt):
#
#   cmake -S . -B build-deb -G Ninja -DCMAKE_INSTALL_PREFIX=/usr -DHUBTOKENS_BUILD_TESTS=OFF
#   cmake --build build-deb && (cd build-deb && cpack -G DEB)     # → build-deb/hubtokens_<version>_<arch>.deb
#
# scripts/package-test.sh does that (with Debian's hardening flags), checks the package with lintian, installs it
# with apt, runs it, and removes it. Its dependencies come from the libraries the programs link (dpkg-shlibdeps),
# plus what they load at run time, which dpkg-shlibdeps cannot see.
set(CPACK_PACKAGE_NAME hubtokens)
set(CPACK_PACKAGE_VENDOR "The Hub Tokens maintainers")
set(CPACK_PACKAGE_CONTACT "${HUBTOKENS_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON) # the description has quotes

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HUBTOKENS_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Qt platform plugins (xcb, wayland) are loaded at run time, so dpkg-shlibdeps does not see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own texts (standard buttons, context menus) in Japanese and Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# A Secret Service keeps the session for "Stay signed in"; without one the app says it cannot.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
if(HUBTOKENS_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${HUBTOKENS_HOMEPAGE_URL}")
endif()
# The synopsis, then the long description (CPack indents it as Debian's control file wants).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "manage Docker Hub personal access tokens")
set(CPACK_PACKAGE_DESCRIPTION [=[
Hub Tokens is a desktop app (Qt) for the personal access tokens of a Docker
Hub account: it lists every token with its scope, status, source, creation,
last-use and expiration dates, and generates, activates, deactivates, edits
and deletes tokens, one or many at a time.

A new token is shown once and copied safely: the clipboard is cleared after
a delay. Signing in supports two-factor authentication; "Stay signed in"
keeps only the session, never the password, in the system keychain.

The package includes a Hub emulator for the demo mode (hubtokens --demo),
which tries everything without a Docker Hub account. The interface speaks
English, Japanese, Simplified Chinese and Traditional Chinese.]=])

include(CPack)
