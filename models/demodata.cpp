#include "models/demodata.h"

#include "models/repository.h"
#include "models/sitesettings.h"

#include <QTimeZone>

namespace {

struct TalkSeed
{
    const char *slug;
    const char *title;
    const char *speaker;
    const char *affiliation;
    int day;           // 0-based day of the workshop
    const char *start; // local "HH:mm"
    int minutes;
    const char *room;
    WebcastState state;
    bool archived;
};

QDateTime localTime(const QDate &day, const char *hhmm, const QTimeZone &zone)
{
    return QDateTime(day, QTime::fromString(QLatin1String(hhmm), QStringLiteral("HH:mm")), zone)
        .toUTC();
}

Status addTalks(WebcastRepository &repo, const Workshop &w, qint64 workshopId,
                const QList<TalkSeed> &seeds)
{
    const QTimeZone zone(w.timeZone.toUtf8());
    int order = 0;
    for (const TalkSeed &s : seeds) {
        Presentation p;
        p.workshopId = workshopId;
        p.slug = QLatin1String(s.slug);
        p.title = QString::fromUtf8(s.title);
        p.speakerName = QString::fromUtf8(s.speaker);
        p.speakerAffiliation = QString::fromUtf8(s.affiliation);
        p.speakerBio = QStringLiteral("**%1** works at %2. Their research covers the topic of "
                                      "this talk and its applications.")
                           .arg(p.speakerName, p.speakerAffiliation);
        p.summary = QStringLiteral("In this talk, %1 presents *%2*.\n\n"
                                   "- Background and motivation\n- Results\n- Open questions")
                        .arg(p.speakerName, p.title);
        const QDate day = w.firstDay.addDays(s.day);
        p.startsAt = localTime(day, s.start, zone);
        p.endsAt = p.startsAt.addSecs(60 * s.minutes);
        p.room = QLatin1String(s.room);
        p.sortOrder = order++;
        if (s.archived) {
            p.hasWebcast = true;
            p.webcastPath = w.slug;
            p.webcastFilename = QLatin1String(s.slug) + QStringLiteral(".mov");
        }
        if (s.state == WebcastState::External)
            p.externalUrl =
                QStringLiteral("https://partner.example.org/webcasts/") + QLatin1String(s.slug);
        p.state = s.state;
        const Result<qint64> id = repo.addPresentation(p);
        if (!id)
            return id.status();
    }
    return {};
}

} // namespace

namespace demodata {

Status populate(WebcastRepository &repo)
{
    if (Status s = repo.beginBatch(); !s)
        return s;
    const QDate today = QDate::currentDate();
    auto fail = [&repo](const Status &s) {
        repo.rollbackBatch();
        return s;
    };
    // The demo's archives play somewhere (an example server): Archive needs
    // a streaming address, and its pages show a player. Settings someone
    // made already stay.
    SiteSettingsStore settings(repo.database());
    SiteSettings s = settings.load();
    if (s.rtspBase.isEmpty() && s.playbackBase.isEmpty()) {
        s.rtspBase = QStringLiteral("rtsp://stream.example.org/vod/");
        s.playbackBase = QStringLiteral("https://stream.example.org/hls/");
        if (Status saved = settings.save(s); !saved)
            return fail(saved);
    }

    // This week's workshop, running now: what a helper sees on the day.
    Workshop current;
    current.slug = QStringLiteral("quantum-materials-%1").arg(today.year());
    current.title = QStringLiteral("Quantum Materials Workshop %1").arg(today.year());
    current.description = QStringLiteral(
        "Three days of talks on **quantum materials**: topological phases, "
        "correlated electrons and new experimental probes.\n\nAll talks are webcast live.");
    current.location = QStringLiteral("Main Auditorium, Building 4");
    current.firstDay = today.addDays(-1);
    current.lastDay = today.addDays(1);
    current.timeZone = QStringLiteral("America/Los_Angeles");
    current.state = WebcastState::Live;
    current.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live/qmat");
    const Result<qint64> currentId = repo.addWorkshop(current);
    if (!currentId)
        return fail(currentId.status());
    const QList<TalkSeed> currentTalks{
        {"opening-remarks", "Opening remarks", "Maria Gonzalez", "Institute for Advanced Study", 0,
         "09:00", 15, "Auditorium", WebcastState::Archive, true},
        {"topological-insulators", "Topological insulators, ten years on", "Wei Chen",
         "Stanford University", 0, "09:15", 60, "Auditorium", WebcastState::Archive, true},
        {"strange-metals", "What makes strange metals strange?", "Aisha Okafor",
         "University of Lagos", 0, "10:30", 45, "Auditorium", WebcastState::Concluded, false},
        {"moire-systems", "Moiré systems and flat bands", "Jonas Lindqvist", "KTH Stockholm", 1,
         "09:00", 60, "Auditorium", WebcastState::Live, false},
        {"arpes-probes", "New ARPES probes for correlated electrons", "Hiroshi Tanaka",
         "University of Tokyo", 1, "10:15", 45, "Auditorium", WebcastState::Upcoming, false},
        {"panel-discussion", "Panel: where is the field going?", "Moderated by Sara Levi",
         "Weizmann Institute", 1, "14:00", 90, "Seminar Room B", WebcastState::External, false},
        {"closing-session", "Closing session and poster prizes", "Maria Gonzalez",
         "Institute for Advanced Study", 2, "16:00", 30, "Auditorium", WebcastState::Upcoming,
         false},
    };
    if (Status s = addTalks(repo, current, currentId.value(), currentTalks); !s)
        return fail(s);

    // Next month's workshop, still being prepared.
    Workshop next;
    next.slug = QStringLiteral("climate-models-%1").arg(today.addDays(30).year());
    next.title = QStringLiteral("Climate Modelling at Exascale");
    next.description = QStringLiteral("A two-day workshop on running climate models on the "
                                      "next generation of supercomputers.");
    next.location = QStringLiteral("Lecture Hall 2");
    next.firstDay = today.addDays(30);
    next.lastDay = today.addDays(31);
    next.timeZone = QStringLiteral("Europe/Berlin");
    const Result<qint64> nextId = repo.addWorkshop(next);
    if (!nextId)
        return fail(nextId.status());
    const QList<TalkSeed> nextTalks{
        {"welcome", "Welcome and goals", "Klaus Weber", "DKRZ Hamburg", 0, "09:30", 20,
         "Lecture Hall 2", WebcastState::Upcoming, false},
        {"gpu-ocean-models", "Ocean models on GPUs", "Elena Rossi", "CMCC Lecce", 0, "10:00", 45,
         "Lecture Hall 2", WebcastState::Upcoming, false},
        {"data-deluge", "Coping with the data deluge", "Priya Natarajan", "IIT Bombay", 1, "09:30",
         45, "Lecture Hall 2", WebcastState::Upcoming, false},
    };
    if (Status s = addTalks(repo, next, nextId.value(), nextTalks); !s)
        return fail(s);

    // Last year's workshop, fully archived.
    Workshop past;
    past.slug = QStringLiteral("neural-computation-%1").arg(today.year() - 1);
    past.title = QStringLiteral("Neural Computation and Learning %1").arg(today.year() - 1);
    past.description = QStringLiteral("Talks on learning in brains and machines.");
    past.location = QStringLiteral("Conference Center");
    past.firstDay = today.addYears(-1).addDays(-3);
    past.lastDay = today.addYears(-1).addDays(-2);
    past.timeZone = QStringLiteral("America/New_York");
    const Result<qint64> pastId = repo.addWorkshop(past);
    if (!pastId)
        return fail(pastId.status());
    const QList<TalkSeed> pastTalks{
        {"synaptic-plasticity", "Synaptic plasticity as learning rule", "Tom Becker", "MIT", 0,
         "09:00", 50, "Hall A", WebcastState::Archive, true},
        {"spiking-networks", "Training spiking networks", "Lena Novak", "ETH Zurich", 1, "11:00",
         50, "Hall A", WebcastState::Archive, true},
    };
    if (Status s = addTalks(repo, past, pastId.value(), pastTalks); !s)
        return fail(s);
    if (Status s =
            repo.setWorkshopState(pastId.value(), WebcastState::Archive, QStringLiteral("demo"));
        !s)
        return fail(s);
    return repo.commitBatch();
}

Status populateLarge(WebcastRepository &repo, int workshops, int talksPerWorkshop)
{
    if (Status s = repo.beginBatch(); !s)
        return s;
    const QDate start(2020, 1, 6);
    for (int i = 0; i < workshops; ++i) {
        Workshop w;
        w.slug = QStringLiteral("workshop-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        w.title = QStringLiteral("Workshop number %1 on a recurring topic").arg(i + 1);
        w.description = QStringLiteral("Description of workshop %1.").arg(i + 1);
        w.location = QStringLiteral("Room %1").arg(i % 17);
        w.firstDay = start.addDays(i * 7);
        w.lastDay = w.firstDay.addDays(2);
        w.timeZone = QStringLiteral("Europe/Berlin");
        const Result<qint64> id = repo.addWorkshop(w);
        if (!id) {
            repo.rollbackBatch();
            return id.status();
        }
        const QTimeZone zone(w.timeZone.toUtf8());
        for (int t = 0; t < talksPerWorkshop; ++t) {
            Presentation p;
            p.workshopId = id.value();
            p.slug = QStringLiteral("talk-%1").arg(t + 1);
            p.title = QStringLiteral("Talk %1 of workshop %2").arg(t + 1).arg(i + 1);
            p.speakerName = QStringLiteral("Speaker %1").arg(t + 1);
            p.speakerAffiliation = QStringLiteral("University %1").arg(t % 7);
            p.speakerBio = QStringLiteral("A *speaker* with a short bio.");
            p.summary = QStringLiteral("A summary of the talk with **Markdown**.");
            p.startsAt = QDateTime(w.firstDay.addDays(t % 3), QTime(9 + (t / 3), 0), zone).toUTC();
            p.endsAt = p.startsAt.addSecs(45 * 60);
            p.room = QStringLiteral("Hall");
            p.sortOrder = t;
            p.hasWebcast = true;
            p.webcastPath = w.slug;
            p.webcastFilename = p.slug + QStringLiteral(".mov");
            p.state = WebcastState::Archive;
            const Result<qint64> pid = repo.addPresentation(p);
            if (!pid) {
                repo.rollbackBatch();
                return pid.status();
            }
        }
    }
    return repo.commitBatch();
}

} // namespace demodata
