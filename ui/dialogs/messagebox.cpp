#include "ui/dialogs/messagebox.h"

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastMessage;

namespace {

// Under the test runner a message nobody answers would wait for ever (a hung
// test, then a timeout that says nothing): it goes to the log instead, and a
// question takes its default answer.
bool shownOnlyInTheLog(const QString &title, const QString &text)
{
    if (!qEnvironmentVariableIsSet("WEBCAST_ADMIN_TEST_RUN"))
        return false;
    qWarning("message nobody answered in a test: %s: %s", qPrintable(title), qPrintable(text));
    return true;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastMessage = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (shownOnlyInTheLog(title, text))
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    if (shownOnlyInTheLog(title, text))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    if (shownOnlyInTheLog(title, text))
        return;
    QMessageBox::critical(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastMessage()
{
    return s_lastMessage;
}
