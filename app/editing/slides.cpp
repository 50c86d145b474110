#include "slides.h"

#include "repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStandardPaths>

namespace slides {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("slides", text);
}

QString keptFolder(qint64 presentationId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/attachments/%1").arg(presentationId);
}

} // namespace

Result<qint64> add(WebcastRepository &repository, qint64 presentationId, const QString &file)
{
    const QFileInfo source(file);
    if (!source.isFile())
        return Status::failure(tr("The file %1 does not exist.").arg(file));
    const QString kind = Attachment::kindForFile(source.fileName());
    if (kind.isEmpty())
        return Status::failure(
            tr("%1 is not slides: PDF, PowerPoint (.ppt, .pptx), Keynote or OpenDocument "
               "(.odp) files can be added.")
                .arg(source.fileName()));
    if (source.size() == 0)
        return Status::failure(tr("%1 is empty.").arg(source.fileName()));
    const QString dir = keptFolder(presentationId);
    QDir().mkpath(dir);
    const QString copy = dir + QLatin1Char('/') + source.fileName();
    if (QFileInfo(copy).absoluteFilePath() != source.absoluteFilePath()) {
        QFile::remove(copy);
        if (!QFile::copy(file, copy))
            return Status::failure(
                tr("Cannot copy the slides %1 to %2.").arg(source.fileName(), dir));
    }
    Attachment a;
    a.presentationId = presentationId;
    a.label = source.completeBaseName();
    a.localFile = copy;
    a.kind = kind;
    return repository.addAttachment(a);
}

Status remove(WebcastRepository &repository, const Attachment &attachment)
{
    if (Status s = repository.removeAttachment(attachment.id); !s)
        return s;
    // Only a copy we keep is deleted, never a file somewhere else.
    const QString kept = QDir(keptFolder(attachment.presentationId)).absolutePath();
    if (QFileInfo(attachment.localFile).absolutePath() == kept)
        QFile::remove(attachment.localFile);
    return {};
}

QString describe(const Attachment &attachment)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("slides", "PDF")},
        {QStringLiteral("ppt"), QT_TRANSLATE_NOOP("slides", "PowerPoint")},
        {QStringLiteral("pptx"), QT_TRANSLATE_NOOP("slides", "PowerPoint")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("slides", "Keynote")},
        {QStringLiteral("odp"), QT_TRANSLATE_NOOP("slides", "OpenDocument")}};
    const QFileInfo file(attachment.localFile);
    const QString kind = tr(names.value(attachment.kind, "slides"));
    if (!file.exists())
        return tr("%1 (%2, the file is missing)").arg(attachment.label, kind);
    return tr("%1 (%2, %3)").arg(attachment.label, kind, QLocale().formattedDataSize(file.size()));
}

} // namespace slides
