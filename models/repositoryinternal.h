#pragma once

// What the repository's files (repository.cpp, repositoryslides.cpp,
// repositoryrooms.cpp, edithistory.cpp) share about storing values.
#include <QString>

namespace repositoryinternal {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT ''.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace repositoryinternal
