#include "app/stream/ffmpegmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QThreadPool>

#include <cstring>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ffmpegmodule", text);
}

const QString fileName = QStringLiteral("libwebcast-admin-ffmpeg.so");

// Where the module is for this program: the build folder when the program
// runs from it (tests and benchmarks run from below it), else the installed
// place relative to the program (<prefix>/bin -> <prefix>/lib/webcast-admin).
QString modulePath()
{
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString build = QStringLiteral(WEBCAST_ADMIN_BUILD_DIR);
    if (program.startsWith(build + QLatin1Char('/')))
        return build + QLatin1Char('/') + fileName;
    return QFileInfo(program).absolutePath() + QStringLiteral("/../lib/webcast-admin/") + fileName;
}

struct Loaded
{
    QLibrary *library = nullptr; // never unloaded (nor deleted)
    const FfmpegModule *module = nullptr;
    QString error;
};

} // namespace

namespace ffmpegmodule {

static Loaded load()
{
    Loaded loaded;
    const QString path = QDir::cleanPath(modulePath());
    // Never unloaded: its threads and FFmpeg's state live as long as we do.
    auto *library = new QLibrary(path);
    loaded.library = library;
    using Entry = const FfmpegModule *(*)();
    auto entry = library->load()
                     ? reinterpret_cast<Entry>(library->resolve("webcastAdminFfmpegModule"))
                     : nullptr;
    if (!entry) {
        loaded.error = tr("Video support is missing: %1 could not be loaded (%2). Reinstall "
                          "Webcast Admin.")
                           .arg(path, library->errorString());
        return loaded;
    }
    const FfmpegModule *module = entry();
    if (!module || module->size != qsizetype(sizeof(FfmpegModule)) || !module->build ||
        std::strcmp(module->build, buildStamp()) != 0) {
        loaded.error =
            tr("Video support does not fit this program: %1 comes from another build. Reinstall "
               "Webcast Admin.")
                .arg(path);
        return loaded;
    }
    loaded.module = module;
    return loaded;
}

const char *buildStamp()
{
    return WEBCAST_ADMIN_BUILD_STAMP;
}

const FfmpegModule *get(QString *error)
{
    static const Loaded loaded = load(); // once, thread-safe
    if (!loaded.module && error)
        *error = loaded.error;
    return loaded.module;
}

} // namespace ffmpegmodule

namespace streamcheck {

QThreadPool *backgroundPool()
{
    // Deliberately never deleted (deleting a pool waits for its threads).
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

StreamCheck check(const QUrl &url, Depth depth, int timeoutMs, const std::atomic_bool *cancel,
                  int pictureWidth)
{
    QString error;
    if (const FfmpegModule *ffmpeg = ffmpegmodule::get(&error))
        return ffmpeg->check(url, depth, timeoutMs, cancel, pictureWidth);
    StreamCheck result;
    result.reason = error;
    return result;
}

} // namespace streamcheck
