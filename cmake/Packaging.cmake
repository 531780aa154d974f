# SPDX-FileCopyrightText: 2026 The Balie developers
# SPDX-License-Identifier: Apache-2.0
# The Debian package: `./dev package`, or `cpack` in a build folder.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME balie)
set(CPACK_PACKAGE_VENDOR "The Balie developers")
set(CPACK_PACKAGE_CONTACT "The Balie developers <balie@balie.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Balie is the console for the people at the desk of a business that takes bookings: \
switch organisations, find customers, book and move appointments and check stock. It comes \
with balie-cli for scripts and balie-sandbox, a local server with demo data.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://balie.example.org/")
# The shared libraries the binaries link are found by dpkg-shlibdeps. What Qt loads at run time
# is not: the SVG icon engine (the icons), the SQLite driver (the local store), and libsecret
# with a Secret Service to keep the credentials in.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, libqt6sql6-sqlite, libsecret-1-0, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
include(CPack)
