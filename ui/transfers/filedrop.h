#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

#include <functional>

class QWidget;

// Lets a widget take files dragged from a file manager: only local files the
// `accepts` predicate takes, and only where `targetAt` names something (an
// id > 0) under the pointer; a drop calls `dropped` with that id and the
// files. Install once per widget (for item views: on the viewport).
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    using Accepts = std::function<bool(const QString &path)>;
    using TargetAt = std::function<qint64(const QPoint &pos)>;
    using Dropped = std::function<void(qint64 id, const QStringList &files)>;

    static FileDropFilter *install(QWidget *widget, Accepts accepts, TargetAt targetAt,
                                   Dropped dropped);

    // Archive videos and slides, by their extension.
    static bool isVideoFile(const QString &path);
    static bool isSlideFile(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FileDropFilter(QWidget *widget, Accepts accepts, TargetAt targetAt, Dropped dropped);
    QStringList filesIn(const class QMimeData *mime) const;

    Accepts m_accepts;
    TargetAt m_targetAt;
    Dropped m_dropped;
};
