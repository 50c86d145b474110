#pragma once

// A fixed site for render tests: fixed ids, fixed times, no clock, so golden
// files stay valid on any day and machine.

#include "app/render/sitesnapshot.h"

#include <QTimeZone>

inline SiteSnapshot fixedSite(WebcastState workshopState = WebcastState::Live)
{
    SiteSnapshot s;
    s.settings.publicUrl = QStringLiteral("https://webcasts.example.org/");
    s.settings.rtspBase = QStringLiteral("rtsp://stream.example.org/vod/");
    s.settings.playbackBase = QStringLiteral("https://stream.example.org/hls/");
    s.settings.player = QStringLiteral("html5");

    WorkshopSnapshot ws;
    Workshop &w = ws.workshop;
    w.id = 7;
    w.slug = QStringLiteral("spring-school");
    w.title = QStringLiteral("Spring School on Waves");
    w.description = QStringLiteral("Two days on **waves**.\n\n- water\n- light");
    w.location = QStringLiteral("Hall 1");
    w.firstDay = QDate(2026, 3, 14);
    w.lastDay = QDate(2026, 3, 15);
    w.timeZone = QStringLiteral("Europe/Berlin");
    w.state = workshopState;
    w.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live/spring");
    w.externalUrl = QStringLiteral("https://partner.example.org/spring");
    w.externalNote = QStringLiteral("This year the webcast is run by our partner.");

    const QTimeZone zone("Europe/Berlin");
    const WebcastState states[] = {WebcastState::Upcoming, WebcastState::Live,
                                   WebcastState::Concluded, WebcastState::Archive,
                                   WebcastState::External};
    const char *slugs[] = {"upcoming-talk", "live-talk", "concluded-talk", "archive-talk",
                           "external-talk"};
    for (int i = 0; i < 5; ++i) {
        Presentation p;
        p.id = 100 + i;
        p.workshopId = w.id;
        p.slug = QLatin1String(slugs[i]);
        p.title = QStringLiteral("Talk in state %1").arg(stateKey(states[i]));
        p.speakerName = QStringLiteral("Speaker %1").arg(i + 1);
        p.speakerAffiliation = QStringLiteral("University %1").arg(i + 1);
        p.speakerBio = QStringLiteral("Works on *waves*.");
        p.summary = QStringLiteral("A summary with a [link](https://example.org/).");
        p.startsAt = QDateTime(w.firstDay.addDays(i / 3), QTime(9 + i, 0), zone).toUTC();
        p.endsAt = p.startsAt.addSecs(45 * 60);
        p.room = QStringLiteral("Hall 1");
        p.state = states[i];
        p.sortOrder = i;
        if (states[i] == WebcastState::Archive) {
            p.hasWebcast = true;
            p.webcastPath = QStringLiteral("spring-school/day 1");
            p.webcastFilename = QStringLiteral("archive talk.mov");
            Attachment a;
            a.id = 900;
            a.presentationId = p.id;
            a.label = QStringLiteral("Slides");
            a.fileName = QStringLiteral("Archive Talk.pdf");
            a.kind = QStringLiteral("pdf");
            a.size = 2400000;
            ws.slides[p.id].append({a, 2400000});
        }
        if (states[i] == WebcastState::External)
            p.externalUrl = QStringLiteral("https://partner.example.org/talk");
        ws.presentations.append(p);
    }
    ws.updated = QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC);
    s.workshops.append(ws);
    return s;
}
