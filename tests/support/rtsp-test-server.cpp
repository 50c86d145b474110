/* A live test pattern over RTSP for the tests (Debian's gst-rtsp-server):
 *   rtsp-test-server [--per-client] PORT MOUNT [MOUNT...]   e.g. 8554 /live /room2
 * --per-client: each client gets a pipeline of its own instead of sharing
 * one per mount (many short checks at once, as a control room makes them,
 * can abort gst-rtsp-server's shared media, even when it is kept prepared,
 * under a sanitizer's slower timing).
 * H.264 (x264enc from gstreamer1.0-plugins-ugly) at 320x240, 25 fps.
 * Prints "ready" on stdout once it listens. */
#include <cstdio>
#include <cstring>
#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>

/* A shared media is unprepared when its last client leaves and prepared again
 * for the next; a client arriving during that turn can abort the server
 * (gst_rtsp_media_get_rates: assertion failed), which many short checks in a
 * row (a control room of twelve rooms) do. Once prepared, a media stays
 * prepared for the server's lifetime: one extra prepare is never undone. */
static void keep_prepared(GstRTSPMedia *media, gpointer data)
{
    (void)data;
    static GHashTable *pinned = NULL;
    if (!pinned)
        pinned = g_hash_table_new(g_direct_hash, g_direct_equal);
    if (g_hash_table_contains(pinned, media))
        return;
    g_hash_table_add(pinned, g_object_ref(media));
    gst_rtsp_media_prepare(media, NULL);
}

static void media_configure(GstRTSPMediaFactory *factory, GstRTSPMedia *media, gpointer data)
{
    (void)factory;
    g_signal_connect(media, "prepared", G_CALLBACK(keep_prepared), data);
}

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    gboolean shared = TRUE;
    if (argc > 1 && strcmp(argv[1], "--per-client") == 0) {
        shared = FALSE;
        ++argv;
        --argc;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: %s PORT MOUNT [MOUNT...]\n", argv[0]);
        return 2;
    }
    GMainLoop *loop = g_main_loop_new(NULL, FALSE);
    GstRTSPServer *server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(server, "127.0.0.1");
    gst_rtsp_server_set_service(server, argv[1]);
    for (int i = 2; i < argc; ++i) {
        /* Each mount its own pattern (ball, bars, …), so pictures differ. */
        static const char *patterns[] = {"smpte", "ball", "snow", "pinwheel", "spokes", "gradient"};
        char launch[512];
        snprintf(launch, sizeof launch,
                 "( videotestsrc is-live=true pattern=%s ! video/x-raw,width=320,height=240,"
                 "framerate=25/1 ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=25 "
                 "! rtph264pay name=pay0 pt=96 config-interval=1 )",
                 patterns[(i - 2) % 6]);
        GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
        gst_rtsp_media_factory_set_launch(factory, launch);
        gst_rtsp_media_factory_set_shared(factory, shared);
        if (shared)
            g_signal_connect(factory, "media-configure", G_CALLBACK(media_configure), NULL);
        gst_rtsp_mount_points_add_factory(gst_rtsp_server_get_mount_points(server), argv[i],
                                          factory);
    }
    if (gst_rtsp_server_attach(server, NULL) == 0) {
        fprintf(stderr, "cannot listen on %s\n", argv[1]);
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    g_main_loop_run(loop);
    return 0;
}
