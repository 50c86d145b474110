#pragma once

#include <QMessageBox>

// Thin wrapper over QMessageBox so GUI tests can answer a question before it
// is asked (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // The next call answers this without showing anything (tests only).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // What the last warning/critical said (tests read it).
    static QString lastMessage();
    static void clearLastMessage() { s_lastMessage.clear(); }

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastMessage;
};
