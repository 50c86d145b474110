#pragma once

#include <QString>

// Markdown (bio, summary, description) to an HTML fragment through md4c-html,
// with raw HTML turned off and links limited to http(s), mailto and relative
// addresses, so typed text can never run a script. Images are never kept as
// <img>: a picture from another server would be fetched by every visitor's
// browser (a tracking pixel in a talk's summary), so an http(s) image
// becomes a link to it with its description, any other only its
// description. The fragment is well-formed XHTML.
QString markdownToHtml(const QString &markdown);
