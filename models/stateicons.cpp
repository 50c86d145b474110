#include "models/stateicons.h"

#include <QHash>

QIcon stateIcon(WebcastState state)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(state);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QIcon icon(QStringLiteral(":/icons/state-%1.svg").arg(stateKey(state)));
    cache.insert(key, icon);
    return icon;
}

QColor stateColor(WebcastState state)
{
    // Colours from a colour-blind-safe palette (Okabe-Ito), darkened so white
    // text on them stays readable.
    switch (state) {
    case WebcastState::Upcoming:
        return QColor(0x00, 0x5a, 0x9c); // blue
    case WebcastState::Live:
        return QColor(0xc0, 0x39, 0x00); // vermilion
    case WebcastState::Concluded:
        return QColor(0x5f, 0x63, 0x68); // grey
    case WebcastState::Archive:
        return QColor(0x00, 0x7a, 0x5a); // bluish green
    case WebcastState::External:
        return QColor(0x8a, 0x4f, 0x7d); // reddish purple
    }
    return {};
}
