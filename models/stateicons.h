#pragma once

#include "models/webcaststate.h"

#include <QColor>
#include <QIcon>

// The look of each state, shared by the lists and the state panel: a colour,
// and an icon whose shape differs per state so colour is never the only cue.
QIcon stateIcon(WebcastState state);
QColor stateColor(WebcastState state);
