/* A live test pattern over RTSP for the tests (Debian's gst-rtsp-server):
 *   rtsp-test-server PORT MOUNT      e.g. 8554 /live
 * H.264 (x264enc from gstreamer1.0-plugins-ugly) at 320x240, 25 fps.
 * Prints "ready" on stdout once it listens. */
#include <cstdio>
#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    if (argc < 3) {
        fprintf(stderr, "usage: %s PORT MOUNT\n", argv[0]);
        return 2;
    }
    GMainLoop *loop = g_main_loop_new(NULL, FALSE);
    GstRTSPServer *server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, "127.0.0.1");
    gst_rtsp_server_set_service(server, argv[1]);
    GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
    gst_rtsp_media_factory_set_launch(
        factory, "( videotestsrc is-live=true ! video/x-raw,width=320,height=240,framerate=25/1 "
                 "! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 "
                 "! rtph264pay name=pay0 pt=96 config-interval=1 )");
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    gst_rtsp_mount_points_add_factory(gst_rtsp_server_get_mount_points(server), argv[2], factory);
    if (gst_rtsp_server_attach(server, NULL) == 0) {
        fprintf(stderr, "cannot listen on %s\n", argv[1]);
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    g_main_loop_run(loop);
    return 0;
}
