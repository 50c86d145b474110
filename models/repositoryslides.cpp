// The repository's slides: their bytes kept once by SHA-256, the talks'
// attachments that name them, and the tidying of bytes nothing names.
#include "models/database.h"
#include "models/repository.h"
#include "models/repositoryinternal.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using repositoryinternal::text;

namespace {

Attachment readAttachment(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.presentationId = q.value(1).toLongLong();
    a.label = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.kind = q.value(4).toString();
    a.sha256 = q.value(5).toByteArray();
    a.size = q.value(6).toLongLong();
    return a;
}

} // namespace

QList<Attachment> WebcastRepository::attachments(qint64 presentationId) const
{
    QList<Attachment> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, presentation_id, label, local_file, kind, sha256, size "
                             "FROM attachment WHERE presentation_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), presentationId);
    if (q.exec()) {
        while (q.next())
            result.append(readAttachment(q));
    }
    return result;
}

QHash<qint64, QList<Attachment>> WebcastRepository::attachmentsOfWorkshop(qint64 workshopId) const
{
    QHash<qint64, QList<Attachment>> result;
    static const QString sql = QStringLiteral(
        "SELECT a.id, a.presentation_id, a.label, a.local_file, a.kind, a.sha256, a.size "
        "FROM attachment a "
        "JOIN presentation p ON p.id = a.presentation_id WHERE p.workshop_id = :w ORDER BY a.id");
    const std::shared_ptr<QSqlQuery> q = preparedLookup(sql);
    q->bindValue(QStringLiteral(":w"), workshopId);
    if (q->exec()) {
        while (q->next()) {
            const Attachment a = readAttachment(*q);
            result[a.presentationId].append(a);
        }
    }
    q->finish();
    return result;
}

Result<QByteArray> WebcastRepository::storeAttachmentContent(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return fail(tr("file: the slides are empty"), QStringLiteral("file"));
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO attachment_content (sha256, size, bytes) "
                             "VALUES (:sha, :size, :bytes) ON CONFLICT (sha256) DO NOTHING"));
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(sha256));
    q.bindValue(QStringLiteral(":size"), bytes.size());
    q.bindValue(QStringLiteral(":bytes"), bytes);
    if (Status s = exec(q, tr("keep the slides")); !s)
        return s;
    return sha256;
}

Result<QByteArray> WebcastRepository::attachmentContent(const QByteArray &sha256) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bytes FROM attachment_content WHERE sha256 = :sha"));
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(sha256));
    if (!q.exec() || !q.next())
        return Status::failure(tr("The slides' bytes are not in the database."));
    return q.value(0).toByteArray();
}

Result<qint64> WebcastRepository::addAttachment(const Attachment &a)
{
    if (a.label.trimmed().isEmpty())
        return fail(tr("label: is required"), QStringLiteral("label"));
    const QString kind = Attachment::kindForFile(a.fileName);
    if (kind.isEmpty())
        return fail(tr("file: slides must be a .pdf, .ppt, .pptx, .key or .odp file"),
                    QStringLiteral("file"));
    if (!presentation(a.presentationId))
        return fail(tr("The presentation no longer exists."));
    QSqlQuery q(m_db.connection());
    // Only bytes that were stored on purpose (storeAttachmentContent).
    q.prepare(QStringLiteral("SELECT size FROM attachment_content WHERE sha256 = :sha"));
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(a.sha256));
    if (a.sha256.isEmpty() || !q.exec() || !q.next())
        return fail(tr("file: the slides' bytes are not in the database"), QStringLiteral("file"));
    const qint64 size = q.value(0).toLongLong();
    q.prepare(insertSql(QStringLiteral("attachment"),
                        QStringLiteral("presentation_id, label, local_file, kind, sha256, size"),
                        a.id > 0));
    if (a.id > 0)
        q.bindValue(QStringLiteral(":id"), a.id);
    q.bindValue(QStringLiteral(":presentation_id"), a.presentationId);
    q.bindValue(QStringLiteral(":label"), text(a.label));
    q.bindValue(QStringLiteral(":local_file"), text(QFileInfo(a.fileName).fileName()));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":sha256"), QString::fromLatin1(a.sha256));
    q.bindValue(QStringLiteral(":size"), size);
    const Result<qint64> added =
        insertedId(q, QStringLiteral("attachment"), a.id, tr("add the slides"));
    if (added && !inBatch())
        emit attachmentsChanged(a.presentationId);
    return added;
}

QList<Attachment> WebcastRepository::attachmentsWithoutContent() const
{
    QList<Attachment> result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, presentation_id, label, local_file, kind, sha256, size "
                              "FROM attachment WHERE sha256 = '' ORDER BY id"))) {
        while (q.next())
            result.append(readAttachment(q));
    }
    return result;
}

Status WebcastRepository::adoptAttachmentContent(qint64 id, const QByteArray &bytes)
{
    const Result<QByteArray> sha256 = storeAttachmentContent(bytes);
    if (!sha256)
        return sha256.status();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT presentation_id, local_file FROM attachment WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return fail(tr("The slides no longer exist."));
    const qint64 presentationId = q.value(0).toLongLong();
    const QString name = QFileInfo(q.value(1).toString()).fileName();
    q.prepare(QStringLiteral("UPDATE attachment SET sha256 = :sha, size = :size, local_file = "
                             ":file WHERE id = :id"));
    q.bindValue(QStringLiteral(":sha"), QString::fromLatin1(sha256.value()));
    q.bindValue(QStringLiteral(":size"), bytes.size());
    q.bindValue(QStringLiteral(":file"), name);
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = exec(q, tr("keep the slides")); !s)
        return s;
    if (!inBatch())
        emit attachmentsChanged(presentationId);
    return {};
}

Result<int> WebcastRepository::dropUnusedAttachmentContent()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM attachment_content WHERE sha256 NOT IN "
                               "(SELECT sha256 FROM attachment)")))
        return Status::failure(
            tr("Could not %1: %2").arg(tr("tidy the kept slides"), q.lastError().text()));
    return q.numRowsAffected();
}

Status WebcastRepository::removeAttachment(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT presentation_id FROM attachment WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return fail(tr("The slides no longer exist."));
    const qint64 presentationId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("DELETE FROM attachment WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (Status s = exec(q, tr("remove the slides")); !s)
        return s;
    if (!inBatch())
        emit attachmentsChanged(presentationId);
    return {};
}

// ---------------------------------------------------------------- rooms
