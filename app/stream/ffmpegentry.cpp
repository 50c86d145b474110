// The FFmpeg module's one entry point (ffmpegmodule.h).
#include "app/stream/ffmpegmodule.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const FfmpegModule *webcastAdminFfmpegModule()
{
    static const FfmpegModule module{sizeof(FfmpegModule), WEBCAST_ADMIN_BUILD_STAMP,
                                     &media::probeWithFfmpeg, &media::prepareWithFfmpeg,
                                     &streamcheck::checkWithFfmpeg};
    return &module;
}
