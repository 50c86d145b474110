#pragma once

#include "models/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The page templates (Mustache) and static files of the public site: the
// built-in ones from the resources, each replaceable by a file of the same
// name in a user-chosen folder.
class TemplateSet
{
public:
    // All names a folder may override.
    static const QStringList &names();
    // Built-ins only.
    static TemplateSet builtIn();
    // Built-ins with overrides from `folder` (empty: none). A template that
    // does not parse is refused with its file name and the parser's message.
    static Result<TemplateSet> load(const QString &folder);

    QString text(const QString &name) const { return m_texts.value(name); }
    // The template with its partials ({{> head}}, {{> foot}},
    // {{> player_markup}}) written in, so it is parsed once, not once per
    // use of a partial.
    QString expanded(const QString &name) const;
    QString origin(const QString &name) const { return m_origins.value(name); }
    // Every template's text, in a fixed order: part of a publish's input.
    QStringList allTexts() const;

private:
    QHash<QString, QString> m_texts;
    QHash<QString, QString> m_origins; // file path or resource path, for messages
};
