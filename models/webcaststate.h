#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The five states a webcast (a workshop's master page or one presentation)
// is always in. The public pages show something different in each.
enum class WebcastState
{
    Upcoming,
    Live,
    Concluded,
    Archive,
    External
};

// Stable key used in the database, the JSON format and on the command line.
QString stateKey(WebcastState state);
std::optional<WebcastState> stateFromKey(QStringView key);
// Translated name for people ("Live", "Archive", ...).
QString stateDisplayName(WebcastState state);
// What the public sees in this state, one short sentence for tooltips.
QString stateDescription(WebcastState state);
const QList<WebcastState> &allStates();
// "upcoming, live, concluded, archive, external" for error messages.
QString stateKeyList();
