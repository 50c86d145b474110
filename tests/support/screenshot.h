#pragma once

// Under Xvfb (QT_QPA_PLATFORM=xcb) with WEBCAST_SCREENSHOT_DIR set, saves
// what the screen shows, for a person to look at. The offscreen platform
// cannot paint video, so this is a no-op there.

#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTest>

namespace testtools {

inline void screenshotIfAsked(const QString &name)
{
    const QString dir = qEnvironmentVariable("WEBCAST_SCREENSHOT_DIR");
    if (dir.isEmpty() || QGuiApplication::platformName() != QLatin1String("xcb"))
        return;
    QTest::qWait(700);
    QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + name);
}

} // namespace testtools
