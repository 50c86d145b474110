#pragma once

class QApplication;
class QElapsedTimer;

// Opens the database named on the command line (or the default one) and shows
// the main window. `sinceStart` runs from the top of main(), for the startup
// probe (--quit-when-ready) that the benchmark uses.
int runGuiApplication(QApplication &app, const QElapsedTimer &sinceStart);
