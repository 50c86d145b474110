#include "ui/transfers/filedrop.h"

#include "models/entities.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QWidget>

FileDropFilter::FileDropFilter(QWidget *widget, Accepts accepts, TargetAt targetAt, Dropped dropped)
    : QObject(widget)
    , m_accepts(std::move(accepts))
    , m_targetAt(std::move(targetAt))
    , m_dropped(std::move(dropped))
{
}

FileDropFilter *FileDropFilter::install(QWidget *widget, Accepts accepts, TargetAt targetAt,
                                        Dropped dropped)
{
    auto *filter =
        new FileDropFilter(widget, std::move(accepts), std::move(targetAt), std::move(dropped));
    widget->setAcceptDrops(true);
    widget->installEventFilter(filter);
    return filter;
}

bool FileDropFilter::isVideoFile(const QString &path)
{
    static const QStringList suffixes{
        QStringLiteral("mov"), QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("mkv"),
        QStringLiteral("avi"), QStringLiteral("ts"),  QStringLiteral("webm")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

bool FileDropFilter::isSlideFile(const QString &path)
{
    return !Attachment::kindForFile(QFileInfo(path).fileName()).isEmpty();
}

QStringList FileDropFilter::filesIn(const QMimeData *mime) const
{
    QStringList files;
    if (mime && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls)
            if (url.isLocalFile() && m_accepts(url.toLocalFile()))
                files << url.toLocalFile();
    }
    return files;
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (m_targetAt(drag->position().toPoint()) > 0 && !filesIn(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const qint64 id = m_targetAt(drop->position().toPoint());
        const QStringList files = filesIn(drop->mimeData());
        if (id <= 0 || files.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        m_dropped(id, files);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
