#include "models/webcaststate.h"

#include <QCoreApplication>
#include <QStringList>

QString stateKey(WebcastState state)
{
    switch (state) {
    case WebcastState::Upcoming:
        return QStringLiteral("upcoming");
    case WebcastState::Live:
        return QStringLiteral("live");
    case WebcastState::Concluded:
        return QStringLiteral("concluded");
    case WebcastState::Archive:
        return QStringLiteral("archive");
    case WebcastState::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<WebcastState> stateFromKey(QStringView key)
{
    for (WebcastState s : allStates()) {
        if (key == stateKey(s))
            return s;
    }
    return std::nullopt;
}

QString stateDisplayName(WebcastState state)
{
    switch (state) {
    case WebcastState::Upcoming:
        return QCoreApplication::translate("WebcastState", "Upcoming");
    case WebcastState::Live:
        return QCoreApplication::translate("WebcastState", "Live");
    case WebcastState::Concluded:
        return QCoreApplication::translate("WebcastState", "Concluded");
    case WebcastState::Archive:
        return QCoreApplication::translate("WebcastState", "Archive");
    case WebcastState::External:
        return QCoreApplication::translate("WebcastState", "External");
    }
    return {};
}

QString stateDescription(WebcastState state)
{
    switch (state) {
    case WebcastState::Upcoming:
        return QCoreApplication::translate("WebcastState",
                                           "The page says when the webcast starts.");
    case WebcastState::Live:
        return QCoreApplication::translate("WebcastState", "The page shows the live player.");
    case WebcastState::Concluded:
        return QCoreApplication::translate(
            "WebcastState", "The page says the webcast is over and the archive is coming soon.");
    case WebcastState::Archive:
        return QCoreApplication::translate("WebcastState",
                                           "The page plays the archived recording.");
    case WebcastState::External:
        return QCoreApplication::translate("WebcastState",
                                           "The page links to a partner's webcast page.");
    }
    return {};
}

const QList<WebcastState> &allStates()
{
    static const QList<WebcastState> states{WebcastState::Upcoming, WebcastState::Live,
                                            WebcastState::Concluded, WebcastState::Archive,
                                            WebcastState::External};
    return states;
}

QString stateKeyList()
{
    QStringList keys;
    for (WebcastState s : allStates())
        keys << stateKey(s);
    return keys.join(QStringLiteral(", "));
}
