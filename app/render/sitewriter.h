#pragma once

#include "app/render/siterenderer.h"
#include "models/result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

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

// A folder on this computer that files are written into and removed from
// without ever following a link inside it: every step goes through openat()
// with O_NOFOLLOW from the folder itself, temporary files are created
// exclusively (a planted file or link in their place is never opened), and
// a link where a folder or a file is expected is refused with its path. The
// folder itself may be a link: the user named it. Paths must be safe
// (isSafeRelativePath). Also the local publishing target's building block.
class SafeFolder
{
    Q_DECLARE_TR_FUNCTIONS(sitewriter::SafeFolder)

public:
    explicit SafeFolder(QString path);
    ~SafeFolder();
    SafeFolder(const SafeFolder &) = delete;
    SafeFolder &operator=(const SafeFolder &) = delete;

    // Opens the folder, making it (and its parents) first when `create`.
    Status open(bool create);
    const QString &path() const { return m_path; }

    // Fills an open file; false with `error` set to give up.
    using Filler = std::function<bool(int fd, QString *error)>;
    // Makes the folders on the way, fills a new temporary file beside `path`
    // and renames it over `path` (readers see the old or the new file).
    Status replace(const QString &path, const Filler &fill);
    Status replace(const QString &path, const QByteArray &data);
    // Makes a file that must not exist yet (a folder no reader sees).
    Status create(const QString &path, const QByteArray &data);
    // True when `path` is a plain file holding exactly `data`.
    bool holds(const QString &path, const QByteArray &data);
    // Removes a plain file; a missing one is fine. A link on the way or in
    // its place is refused, and nothing is removed through it.
    Status remove(const QString &path, bool *removed = nullptr);

private:
    // An open descriptor of the folder holding `path` (kept in a small
    // cache: most files share a folder with the one before); -1 with
    // `error` set. Missing folders are made when `create`.
    int folderOf(const QString &path, bool create, QString *error);
    void closeCache();

    QString m_path;
    int m_root = -1;
    int m_lastErrno = 0;
    QHash<QString, int> m_folders; // relative folder -> descriptor
};

} // namespace sitewriter
