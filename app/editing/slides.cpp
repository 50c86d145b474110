#include "app/editing/slides.h"

#include "models/repository.h"

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

} // namespace

Result<QByteArray> read(const QString &file)
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
    if (source.size() > maximumBytes)
        return Status::failure(tr("%1 is %2; slides can be at most %3.")
                                   .arg(source.fileName(),
                                        QLocale().formattedDataSize(source.size()),
                                        QLocale().formattedDataSize(maximumBytes)));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(file, in.errorString()));
    QByteArray bytes = in.readAll();
    if (bytes.size() != source.size())
        return Status::failure(tr("Cannot read %1: %2").arg(file, in.errorString()));
    return bytes;
}

int tidy(WebcastRepository &repository, bool dropUnused)
{
    const QString kept = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/attachments"))
                             .canonicalPath();
    int without = 0;
    const QList<Attachment> old = repository.attachmentsWithoutContent();
    for (const Attachment &a : old) {
        // Before schema 7 the row named a file. Only a copy an earlier
        // version made in its own folder is taken; any other path (an
        // imported record could name any file) is never read.
        const QString file = QFileInfo(a.fileName).canonicalFilePath();
        const bool ours = !kept.isEmpty() && file.startsWith(kept + QLatin1Char('/'));
        const Result<QByteArray> bytes = ours ? read(file) : Result<QByteArray>(QByteArray());
        if (ours && bytes && repository.adoptAttachmentContent(a.id, bytes.value()).ok()) {
            QFile::remove(file);
            continue;
        }
        ++without;
    }
    if (dropUnused)
        (void)repository.dropUnusedAttachmentContent();
    return without;
}

QString describe(const Attachment &attachment)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("slides", "PDF")},
        {QStringLiteral("ppt"), QT_TRANSLATE_NOOP("slides", "PowerPoint")},
        {QStringLiteral("pptx"), QT_TRANSLATE_NOOP("slides", "PowerPoint")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("slides", "Keynote")},
        {QStringLiteral("odp"), QT_TRANSLATE_NOOP("slides", "OpenDocument")}};
    const QString kind = tr(names.value(attachment.kind, "slides"));
    if (attachment.sha256.isEmpty())
        return tr("%1 (%2, not kept: add the file again)").arg(attachment.label, kind);
    return tr("%1 (%2, %3)")
        .arg(attachment.label, kind, QLocale().formattedDataSize(attachment.size));
}

} // namespace slides
