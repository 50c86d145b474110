#pragma once

#include <QUrl>

#include <functional>

// Opens a URL in the user's browser; tests replace the handler so nothing
// is launched and they can see what would have been opened.
class UrlOpener
{
public:
    static bool open(const QUrl &url);
    static void setHandler(std::function<bool(const QUrl &)> handler);

private:
    static std::function<bool(const QUrl &)> s_handler;
};
