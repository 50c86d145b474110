#pragma once

// Shared by the files that make up SftpTransport.

#include <QCoreApplication>
#include <QString>

namespace sftpinternal {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("SftpTransport", text);
}

// Large writes let libssh2 pipeline (see FACTS.md).
constexpr qsizetype writeChunk = 8 * 1024 * 1024;

} // namespace sftpinternal
