#pragma once

#include "app/publish/transport.h"

#include <QString>

class QWidget;

// What the user decided about a LoginNeed (see publish/transport.h).
struct LoginAnswer
{
    bool retry = false;       // try again: something was accepted or typed
    QString acceptHostKey;    // SSH: the fingerprint of the shown host key, when trusted
    QString trustCertificate; // TLS: "host:port=<sha256>[,any-name]" to add to the setting
    bool takeOver = false;    // publish over another database's site, which names this one then
};

// Shows the question a LoginNeed asks (host key, password, certificate).
// A typed password is kept for this session at once and, when the user
// wants, stored in the keychain on a worker thread.
LoginAnswer askForLogin(QWidget *parent, const LoginNeed &need, const QString &target);

// For "Test connection" buttons: asks, adds a certificate the user trusts to
// `trustedCertificates` (space-separated), sets `acceptHostKey` (the
// fingerprint shown) for the next attempt, and returns whether to test again.
bool askForLoginAndRemember(QWidget *parent, const LoginNeed &need, const QString &target,
                            QString &trustedCertificates, QString &acceptHostKey);

// Tests answer the next password prompts without showing them, in order; an
// empty password means Cancel.
void setNextPasswordAnswer(const QString &password, bool remember);

// "AB:CD:…" in groups for reading aloud / comparing.
QString readableFingerprint(const QString &hex);
