// Part of SftpTransport (see sftptransport.h): commands on the server — over
// the session's own exec channels, or through OpenSSH's ssh for bulk bytes —
// and the probe of what the account can run.
#include "app/publish/opensshcommand.h"
#include "app/publish/sftpinternal.h"
#include "app/publish/sftptransport.h"

#include <libssh2.h>

#include <algorithm>

using sftpinternal::tr;
using sftpinternal::writeChunk;

_LIBSSH2_CHANNEL *SftpTransport::startCommand(const QByteArray &command, QString *error)
{
    LIBSSH2_CHANNEL *channel = libssh2_channel_open_session(m_session);
    if (!channel) {
        *error = sessionError();
        return nullptr;
    }
    if (libssh2_channel_exec(channel, command.constData()) != 0) {
        *error = sessionError();
        libssh2_channel_free(channel);
        return nullptr;
    }
    return channel;
}

Status SftpTransport::writeToCommand(_LIBSSH2_CHANNEL *channel, const char *data, qsizetype size)
{
    qsizetype sent = 0;
    while (sent < size) {
        const ssize_t n =
            libssh2_channel_write(channel, data + sent, size_t(std::min(writeChunk, size - sent)));
        if (n < 0)
            return Status::failure(sessionError());
        sent += n;
    }
    return {};
}

void SftpTransport::finishCommand(_LIBSSH2_CHANNEL *channel, int *exitCode, QByteArray *output)
{
    // EOF on the command's input: a forced sftp-server (no shell) ends here
    // instead of waiting for a request.
    libssh2_channel_send_eof(channel);
    char buffer[4096];
    for (;;) {
        const ssize_t n = libssh2_channel_read(channel, buffer, sizeof buffer);
        const ssize_t e = libssh2_channel_read_stderr(channel, buffer, sizeof buffer);
        if (output && n > 0)
            output->append(buffer, n);
        if (output && e > 0)
            output->append(buffer, e);
        if (n <= 0 && e <= 0 && libssh2_channel_eof(channel))
            break;
        if (n < 0 && n != LIBSSH2_ERROR_EAGAIN)
            break;
    }
    libssh2_channel_close(channel);
    libssh2_channel_wait_closed(channel);
    *exitCode = libssh2_channel_get_exit_status(channel);
    libssh2_channel_free(channel);
}

Status SftpTransport::exec(const QByteArray &command, int *exitCode, QByteArray *output,
                           const QByteArray &input)
{
    QString error;
    LIBSSH2_CHANNEL *channel = startCommand(command, &error);
    if (!channel) {
        // Rare (a busy server); said in the log, since callers may go on
        // without the command's answer.
        qWarning("webcast-admin: a command on the server could not start: %s", qPrintable(error));
        return Status::failure(error);
    }
    if (Status s = writeToCommand(channel, input.constData(), input.size()); !s) {
        libssh2_channel_free(channel);
        return s;
    }
    finishCommand(channel, exitCode, output);
    return {};
}

std::unique_ptr<OpenSshCommand> SftpTransport::openSshCommand(const QByteArray &command) const
{
    if (!m_options.useOpenSsh || !m_options.useShellRename || m_openSshFailed ||
        !OpenSshCommand::available())
        return nullptr;
    OpenSshCommand::Login login;
    // As the user wrote it: ssh resolves it as `ssh -G` does for the session.
    login.host = m_url.host();
    login.port = m_url.port();
    login.user = m_url.userName();
    login.sshConfig = m_options.sshConfig;
    login.timeoutSeconds = m_options.timeoutSeconds;
    if (isOpen()) {
        if (!m_loggedInAlone || m_hostKeyBlob.isEmpty())
            return nullptr; // a password: ssh would have to ask
        login.identity = m_loginIdentity;
        login.hostKey = m_hostKeyBlob;
    } else {
        // Before open(): trusting the same known_hosts files the session
        // checks (a host not known yet waits for the session and the user).
        login.identity = m_options.identity;
        login.knownHosts = resolve().knownHosts;
    }
    return std::make_unique<OpenSshCommand>(login, command);
}

void SftpTransport::startOpenSsh(std::unique_ptr<OpenSshCommand> &ssh, const QByteArray &command)
{
    // One started before open() that could not log in gets a second chance
    // pinned to the key the session verified (a host accepted just now).
    for (int attempt = 0; ssh; ++attempt) {
        const Status s = ssh->started("webcast-ready");
        if (s)
            return;
        const bool again = attempt == 0 && !ssh->pinned() && isOpen();
        ssh = again ? openSshCommand(command) : nullptr;
        if (!again) {
            qWarning("webcast-admin: OpenSSH's ssh could not log in (%s); the bytes go over the "
                     "session's own connection instead.",
                     qPrintable(s.error()));
            m_openSshFailed = true;
        }
    }
}

void SftpTransport::expectManyFiles()
{
    if (!m_bulkHelper)
        m_bulkHelper = openSshCommand(bulkHelperCommand());
}

void SftpTransport::endManyFiles()
{
    // A kept connection holds no second one to the server between clicks;
    // the next large publish starts it again.
    m_bulkHelper.reset();
}

QByteArray SftpTransport::probeCommand()
{
    // A shell (for mv -f), tar and perl (for streamed batches), GNU dd (an
    // exact byte count: one helper takes batch after batch, an upload's
    // command places its file itself), zstd (compressed batches). A forced sftp-server prints
    // nothing. The answer is one write on a line of its own: the output mixes in whatever a login
    // script writes to stderr, which could otherwise land between the answer's words or in front of
    // them on the same line.
    return "r=webcast-ready; command -v tar >/dev/null 2>&1 && "
           "command -v perl >/dev/null 2>&1 && r=\"$r stream\"; "
           "dd iflag=fullblock,count_bytes count=0 </dev/null >/dev/null 2>&1 && "
           "r=\"$r counted\"; command -v zstd >/dev/null 2>&1 && r=\"$r zstd\"; "
           "printf '\\n%s\\n' \"$r\"";
}

void SftpTransport::applyProbe(const QByteArray &said)
{
    // Its own line: a login script may print something before it.
    QList<QByteArray> words;
    for (const QByteArray &line : said.split('\n'))
        if (line.startsWith("webcast-ready"))
            words = line.trimmed().split(' ');
    m_canExec = words.value(0) == "webcast-ready";
    m_canStream = m_canExec && m_options.useStream && words.contains("stream");
    m_hasGnuDd = m_canExec && words.contains("counted");
    m_canKeepHelper = m_canStream && m_options.useHelper && m_hasGnuDd;
    m_canZstd = m_canStream && m_options.useCompression && words.contains("zstd");
}

void SftpTransport::settleProbe() const
{
    auto *self = const_cast<SftpTransport *>(this);
    if (m_probe) {
        int code = -1;
        QByteArray out;
        self->finishCommand(m_probe, &code, &out);
        self->m_probe = nullptr;
        self->applyProbe(out);
    }
    if (!m_probePending)
        return;
    self->m_probePending = false;
    for (OpenSshCommand *early : {m_expectedCommand.get(), m_bulkHelper.get()}) {
        if (early && early->started("webcast-ready")) {
            self->applyProbe(early->readyLine());
            return;
        }
    }
    int code = -1;
    QByteArray out;
    if (self->exec(probeCommand(), &code, &out))
        self->applyProbe(out);
}
