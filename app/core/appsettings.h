#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

#include <memory>

// The one place for desktop settings (window layout, last workshop): named
// keys with their defaults in one table, a changed() signal, and a file of
// its own for tests. Settings that describe the site (public URL, servers)
// live in the database instead, so they travel with it.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        ScheduleHeaderState,
        LastWorkshopSlug,
        LastImportFolder,
        SetupDone,    // the first-run assistant was finished
        TeamDatabase, // the team database's address (no password); empty: the file
    };
    Q_ENUM(Key)

    // Uses the platform's settings store for the organisation/application.
    explicit AppSettings(QObject *parent = nullptr);
    // Uses an INI file at `filePath` (tests pass a file in a temporary folder).
    explicit AppSettings(const QString &filePath, QObject *parent = nullptr);
    ~AppSettings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void sync();

signals:
    void changed(AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};
