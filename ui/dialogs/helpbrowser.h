#pragma once

#include <QDialog>

class QTextBrowser;

// Help → Documentation: the user guide (resources/doc/user-guide.md, built
// into the program with its screenshots) in a window of its own, so it is
// there without a network or a browser.
class HelpBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
