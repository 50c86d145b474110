#pragma once

#include <QString>

// Markdown (bio, summary, description) to an HTML fragment through md4c-html,
// with raw HTML turned off, and links and images limited to http(s),
// mailto and relative addresses, so typed text can never run a script.
// The fragment is well-formed XHTML.
QString markdownToHtml(const QString &markdown);
