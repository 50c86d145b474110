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

} // namespace sitewriter
