#pragma once

// Shared by the files that make up SftpTransport.

#include <QCoreApplication>
#include <QString>

namespace sftpinternal {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("SftpTransport", text);
}

// Large writes let libssh2 pipeline its SFTP requests: 8 MiB writes ran at
// 0.90x OpenSSH's time at 20 ms RTT here, 2 MiB writes at 0.77x.
constexpr qsizetype writeChunk = 8 * 1024 * 1024;

} // namespace sftpinternal
