#include "app/core/appsettings.h"

namespace {

struct KeyInfo
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &infoFor(AppSettings::Key key)
{
    static const KeyInfo table[] = {
        {AppSettings::Key::MainWindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::MainWindowState, "window/state", QByteArray()},
        {AppSettings::Key::MainSplitterState, "window/mainSplitter", QByteArray()},
        {AppSettings::Key::ScheduleHeaderState, "window/scheduleHeader", QByteArray()},
        {AppSettings::Key::LastWorkshopSlug, "session/lastWorkshop", QString()},
        {AppSettings::Key::LastImportFolder, "session/lastImportFolder", QString()},
        {AppSettings::Key::SetupDone, "setup/done", false},
        {AppSettings::Key::TeamDatabase, "database/team", QString()},
    };
    for (const KeyInfo &info : table) {
        if (info.key == key)
            return info;
    }
    Q_UNREACHABLE();
    return table[0];
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(Key key) const
{
    const KeyInfo &info = infoFor(key);
    return m_settings->value(QLatin1String(info.name), info.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const KeyInfo &info = infoFor(key);
    if (m_settings->value(QLatin1String(info.name), info.defaultValue) == value)
        return;
    m_settings->setValue(QLatin1String(info.name), value);
    emit changed(key);
}

void AppSettings::sync()
{
    m_settings->sync();
}
