#pragma once

#include "result.h"
#include "siterenderer.h"

// Writes a rendered site into a local folder: every file replaced atomically
// (written beside, then renamed), no path can leave the folder, and files a
// previous write made that are no longer part of the site are removed (only
// those: a manifest records what this app wrote).
namespace sitewriter {

struct WriteSummary
{
    int written = 0;   // new or changed
    int unchanged = 0; // same bytes already there
    int removed = 0;
};

// True for a relative '/'-separated path with no empty, "." or ".." parts.
bool isSafeRelativePath(const QString &path);

Result<WriteSummary> write(const RenderedSite &site, const QString &folder);

// Building blocks, also used by the local publishing target.
// Writes beside `target` and renames over it (atomic for readers).
bool replaceFile(const QByteArray &target, const QByteArray &data, QString *error);
// Makes a folder whose parent exists; refuses a link or file in its place.
bool makeDirectory(const QByteArray &dir, QString *error);

} // namespace sitewriter
