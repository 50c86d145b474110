#pragma once

class QElapsedTimer;

// Makes the QApplication, opens the database named on the command line (or
// the default one) and shows the main window. `sinceStart` runs from the top
// of main(), for the startup probe (--quit-when-ready) the benchmark uses.
int runGuiApplication(int &argc, char **argv, const QElapsedTimer &sinceStart);
