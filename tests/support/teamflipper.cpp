// A seat that only flips states: `teamflipper URL COUNT ID...` makes COUNT
// state flips (Upcoming <-> Concluded) on the talks ID... in turn, over its
// own connection, each one a flip it really made (a flip another seat beat
// it to is tried again). Prints "flips N tries M ms T" (T: the flips' own
// time, without starting and opening). Used by tst_teamlive
// and the team benchmark to be several seats at once.
#include "models/database.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: teamflipper URL COUNT ID...\n";
        return 2;
    }
    Database db(args.at(1));
    if (Status s = db.open(); !s) {
        QTextStream(stderr) << s.error() << '\n';
        return 1;
    }
    WebcastRepository repo(db);
    int made = 0;
    QObject::connect(&repo, &WebcastRepository::historyAdded, &repo, [&made] { ++made; });
    const int count = args.at(2).toInt();
    QList<qint64> ids;
    for (int i = 3; i < args.size(); ++i)
        ids << args.at(i).toLongLong();
    int tries = 0;
    QElapsedTimer clock;
    clock.start();
    for (int k = 0; k < count; ++k) {
        const qint64 id = ids.at(k % ids.size());
        for (const int before = made; made == before;) {
            ++tries;
            const std::optional<Presentation> p = repo.presentation(id);
            if (!p)
                return 1;
            const WebcastState to = p->state == WebcastState::Upcoming ? WebcastState::Concluded
                                                                       : WebcastState::Upcoming;
            if (Status s = repo.setPresentationState(id, to, QStringLiteral("flipper")); !s) {
                QTextStream(stderr) << s.error() << '\n';
                return 1;
            }
        }
    }
    QTextStream(stdout) << "flips " << made << " tries " << tries << " ms " << clock.elapsed()
                        << '\n';
    return 0;
}
