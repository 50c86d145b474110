#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <sys/types.h>

// A command on the server run by OpenSSH's own client, for bulk data
// (archive uploads). Debian 12's libssh2 (1.10) encrypts 16 bytes per
// cipher call and offers neither AES-GCM nor ChaCha20-Poly1305; OpenSSH's
// `ssh` moves the same bytes about three times as fast on loopback.
//
// It trusts what the libssh2 session trusts: either exactly the host key
// that session verified (a known_hosts file of one line, HostKeyAlias), or,
// when it starts before that session (to log in meanwhile), the same
// known_hosts files; always StrictHostKeyChecking=yes. It never asks
// anything (BatchMode): a login it cannot make alone fails at once, and the
// caller goes on over its own connection.
//
// Its input is a pipe of 1 MiB written straight from the caller's buffer:
// QProcess's 64 KiB pipe and its copy cost about 0.45 s of CPU per 256 MiB
// here, as much as ssh's encryption. Used from one thread.
class OpenSshCommand
{
    Q_DECLARE_TR_FUNCTIONS(OpenSshCommand)

public:
    struct Login
    {
        QString host;  // as the user wrote it (ssh resolves aliases as `ssh -G` did)
        int port = -1; // -1: ssh's own (config or 22)
        QString user;  // empty: ssh's own
        QString sshConfig;
        QString identity;       // the key file the session logged in with; empty: agent
        QByteArray hostKey;     // the verified key in SSH wire form, or
        QStringList knownHosts; // without one: the files that say which keys to trust
        int timeoutSeconds = 30;
    };

    // `ssh` is on the PATH.
    static bool available();
    // The argument list for `ssh` (exposed for tests).
    static QStringList arguments(const Login &login, const QString &knownHostsFile,
                                 const QByteArray &command);

    // Starts at once; `started()` waits until the command printed a line
    // that starts with `ready`, i.e. ssh connected, checked the key, logged
    // in and the shell runs; `readyLine()` is that line.
    OpenSshCommand(const Login &login, const QByteArray &command);
    ~OpenSshCommand(); // a command still running is ended (its input closed first)

    Status started(const QByteArray &ready);
    QByteArray readyLine() const { return m_readyLine; }
    // Pinned to the verified key (else trusting the known_hosts files).
    bool pinned() const { return !m_login.hostKey.isEmpty(); }
    // Writes all of `data` to the command's input.
    Status write(const char *data, qint64 size);
    // Writes `size` bytes of the open file `fd` from `offset` on to the
    // command's input without copying them through this process (splice:
    // the pipe takes the file's cached pages; through a buffer where the
    // file system cannot). A file that ends before is an error.
    Status writeFile(int fd, qint64 offset, qint64 size);
    // Waits until the command printed `marker` and the rest of that line;
    // `received` is everything it printed up to and including that line.
    // A whole timeout without a byte from it is a server that stopped.
    Status readLineWith(const QByteArray &marker, QByteArray *received);
    // EOF on its input, then waits for its end: its exit code (255: ssh
    // itself failed) and everything it printed (output and errors).
    void finish(int *exitCode, QByteArray *output);

private:
    QString failure(const QString &fallback = {}) const;
    // Reads what the command printed so far, waiting up to `msecs` for
    // it; false once its output is closed (it ended).
    bool readOutput(int msecs);
    bool running();
    // After a write to its input that moved nothing (`error`: its errno):
    // waits for room (up to a second, draining what it says) and returns
    // to try again; a failure once ssh ended or the server stopped taking
    // data for a whole timeout.
    Status waitForRoom(int error, const QDeadlineTimer &stalled);
    void closeInput();
    void reap(const QDeadlineTimer &patience);

    Login m_login;
    QTemporaryFile m_knownHosts;
    pid_t m_pid = -1;
    int m_input = -1;  // our end of its stdin
    int m_output = -1; // our end of its stdout and stderr
    int m_status = -1; // waitpid's, once it ended
    bool m_lost = false;
    QString m_startError;
    QByteArray m_said;
    QByteArray m_readyLine;
    bool m_ready = false;
    bool m_canSplice = true;
};
