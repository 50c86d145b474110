#include "app/render/templateset.h"

#include <kainjow/mustache.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {

QString readAll(const QString &path, bool *ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

const QStringList &TemplateSet::names()
{
    static const QStringList list{QStringLiteral("_head.mustache"),
                                  QStringLiteral("_foot.mustache"),
                                  QStringLiteral("_player.mustache"),
                                  QStringLiteral("index.html.mustache"),
                                  QStringLiteral("workshop.html.mustache"),
                                  QStringLiteral("presentation.html.mustache"),
                                  QStringLiteral("style.css"),
                                  QStringLiteral("htaccess")};
    return list;
}

QStringList TemplateSet::allTexts() const
{
    QStringList texts;
    for (const QString &name : names())
        texts << name << text(name);
    return texts;
}

TemplateSet TemplateSet::builtIn()
{
    TemplateSet set;
    for (const QString &name : names()) {
        bool ok = false;
        const QString path = QStringLiteral(":/templates/") + name;
        set.m_texts.insert(name, readAll(path, &ok));
        set.m_origins.insert(name, path);
    }
    return set;
}

QString TemplateSet::expanded(const QString &name) const
{
    static const QRegularExpression partial(QStringLiteral("\\{\\{>\\s*([a-z_]+)\\s*\\}\\}"));
    static const QHash<QString, QString> files{
        {QStringLiteral("head"), QStringLiteral("_head.mustache")},
        {QStringLiteral("foot"), QStringLiteral("_foot.mustache")},
        {QStringLiteral("player_markup"), QStringLiteral("_player.mustache")}};
    QString source = text(name);
    // Two rounds: a partial may include another one.
    for (int round = 0; round < 2; ++round) {
        QString out;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = partial.globalMatch(source);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(source).mid(last, m.capturedStart() - last);
            const QString file = files.value(m.captured(1));
            out += file.isEmpty() ? m.captured(0) : text(file);
            last = m.capturedEnd();
        }
        out += QStringView(source).mid(last);
        source = out;
    }
    return source;
}

Result<TemplateSet> TemplateSet::load(const QString &folder)
{
    TemplateSet set = builtIn();
    if (folder.isEmpty())
        return set;
    const QDir dir(folder);
    if (!dir.exists())
        return Status::failure(
            QCoreApplication::translate("TemplateSet", "The template folder %1 does not exist.")
                .arg(folder));
    for (const QString &name : names()) {
        const QString path = dir.filePath(name);
        if (!QFile::exists(path))
            continue;
        bool ok = false;
        const QString text = readAll(path, &ok);
        if (!ok)
            return Status::failure(
                QCoreApplication::translate("TemplateSet", "Cannot read the template %1.")
                    .arg(path));
        if (name.endsWith(QLatin1String(".mustache"))) {
            const kainjow::mustache::mustache parsed(text.toStdString());
            if (!parsed.is_valid())
                return Status::failure(
                    QCoreApplication::translate("TemplateSet", "The template %1 is broken: %2")
                        .arg(path, QString::fromStdString(parsed.error_message())));
        }
        set.m_texts.insert(name, text);
        set.m_origins.insert(name, path);
    }
    return set;
}
