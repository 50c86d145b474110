// The German catalogue is built into the program and is what a German
// system locale gets: state names, window strings and command-line errors.
#include "app/core/translations.h"
#include "models/webcaststate.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void english_needsNothing();
    void german_isLoadedForAGermanLocale();
    void commandLine_speaksGerman();
};

void TestTranslations::english_needsNothing()
{
    QCOMPARE(translations::install(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
    QCOMPARE(stateDisplayName(WebcastState::Upcoming), QStringLiteral("Upcoming"));
}

void TestTranslations::german_isLoadedForAGermanLocale()
{
    const QString language = translations::install(QLocale(QLocale::German, QLocale::Austria));
    QVERIFY2(language.startsWith(QStringLiteral("de")), qPrintable(language));
    QCOMPARE(stateDisplayName(WebcastState::Upcoming), QStringLiteral("Demnächst"));
    QCOMPARE(stateDisplayName(WebcastState::Concluded), QStringLiteral("Beendet"));
    QCOMPARE(stateDisplayName(WebcastState::Archive), QStringLiteral("Archiv"));
}

void TestTranslations::commandLine_speaksGerman()
{
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("WEBCAST_ADMIN_BINARY"),
            {QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")),
             QStringLiteral("state"), QStringLiteral("no-such-workshop"), QStringLiteral("live")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    // No database there yet: said in German, naming the path.
    QVERIFY2(err.contains(QStringLiteral("keine Datenbank")) &&
                 err.contains(dir.filePath(QStringLiteral("db.sqlite"))),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
