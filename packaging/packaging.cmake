# Installation layout and the Debian package (cpack -G DEB in the build
# folder; packaging/test-deb.sh builds, installs and checks it).
include(GNUInstallDirs)
set(WEBCAST_APP_ID org.webcastadmin.WebcastAdmin)
set(res ${PROJECT_SOURCE_DIR}/resources)

install(FILES ${res}/desktop/${WEBCAST_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${res}/desktop/${WEBCAST_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${res}/icons/webcast-admin.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${WEBCAST_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256)
  install(FILES ${res}/icons/hicolor/${size}x${size}/webcast-admin.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
    RENAME ${WEBCAST_APP_ID}.png)
endforeach()
# The built-in templates, as files to copy into a template-dir and change.
install(DIRECTORY ${res}/templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/webcast-admin/templates)

# Debian wants man pages compressed, reproducibly (-n: no name or time).
set(manpage ${CMAKE_CURRENT_BINARY_DIR}/webcast-admin.1.gz)
add_custom_command(OUTPUT ${manpage}
  COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/webcast-admin.1 > ${manpage}
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/webcast-admin.1 VERBATIM)
add_custom_target(manpage ALL DEPENDS ${manpage})
install(FILES ${manpage} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME webcast-admin)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "Webcast Admin developers <dev@webcastadmin.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run the webcasts of multi-day workshops")
set(CPACK_PACKAGE_DESCRIPTION [=[Helpers switch workshop and talk webcasts between Upcoming, Live, Concluded,
Archive and External with large buttons, coordinators keep the schedule and
staff upload archive videos. The public pages and QuickTime reference movies
are rendered and published to the web and streaming servers (folder, SFTP or
WebDAV) the moment something changes. Includes a stream preview, a stream
health light and a schedule assistant.]=])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://webcastadmin.org/")
# Libraries we link come from dpkg-shlibdeps; plugins loaded at run time
# (SQLite driver, SVG icons, GStreamer elements for the preview) are named.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6sql6-sqlite, libqt6svg6, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad, gstreamer1.0-libav")
# Qt's own catalogues: its dialogs' buttons in the user's language; Qt's
# PostgreSQL driver for a team's shared database.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
  "openssh-client, gnome-keyring | kwalletmanager, qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
include(CPack)
