#include "app/render/markdown.h"

#include <md4c-html.h>

#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <string>

namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    // md4c hands over many small pieces: std::string appends them cheaply.
    static_cast<std::string *>(userdata)->append(text, size);
}

bool isSafeLink(const QString &value, bool image)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return false;
    const QUrl url(v);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return !image && !v.startsWith(QLatin1String("//")); // relative link
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return true;
    return !image && scheme == QLatin1String("mailto");
}

bool isAllowedAttribute(QStringView name)
{
    return name == u"href" || name == u"src" || name == u"alt" || name == u"title" ||
           name == u"align" || name == u"start" || name == u"class";
}

// Rewrites md4c's XHTML, keeping its elements but only safe attributes.
QString sanitize(const QByteArray &xhtml)
{
    QString out;
    QXmlStreamWriter writer(&out);
    QXmlStreamReader reader(QByteArrayLiteral("<root>") + xhtml + QByteArrayLiteral("</root>"));
    int depth = 0;
    int skipDepth = 0; // > 0 while inside a dropped element
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 1 || skipDepth)
                continue;
            const QStringView name = reader.name();
            if (name == u"script" || name == u"style" || name == u"iframe") {
                skipDepth = depth;
                continue;
            }
            if (name == u"img") {
                // No <img> on the public pages (markdown.h): a link to a
                // web image, the description of any other.
                const QString src = reader.attributes().value(QLatin1String("src")).toString();
                const QString alt = reader.attributes().value(QLatin1String("alt")).toString();
                if (isSafeLink(src, true)) {
                    writer.writeStartElement(QStringLiteral("a"));
                    writer.writeAttribute(QStringLiteral("href"), src);
                    writer.writeAttribute(QStringLiteral("class"), QStringLiteral("image-link"));
                    writer.writeCharacters(alt.isEmpty() ? src : alt);
                    writer.writeEndElement();
                } else {
                    writer.writeCharacters(alt);
                }
                skipDepth = depth;
                continue;
            }
            writer.writeStartElement(name.toString());
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (!isAllowedAttribute(a.name()))
                    continue;
                if ((a.name() == u"href" || a.name() == u"src") &&
                    !isSafeLink(a.value().toString(), false))
                    continue;
                writer.writeAttribute(a.name().toString(), a.value().toString());
            }
        } else if (reader.isEndElement()) {
            if (skipDepth == depth)
                skipDepth = 0;
            else if (depth > 1 && !skipDepth)
                writer.writeEndElement();
            --depth;
        } else if (reader.isCharacters() && !skipDepth && depth >= 1) {
            writer.writeCharacters(reader.text().toString());
        }
    }
    if (reader.hasError()) {
        // md4c's XHTML should always parse; if not, show the text as text.
        return QString::fromUtf8(xhtml).toHtmlEscaped();
    }
    return out;
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    const QByteArray input = markdown.toUtf8();
    std::string html;
    html.reserve(std::size_t(input.size()) * 2);
    const unsigned parserFlags =
        MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS;
    const unsigned rendererFlags = MD_HTML_FLAG_XHTML | MD_HTML_FLAG_SKIP_UTF8_BOM;
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &html, parserFlags,
                rendererFlags) != 0)
        return markdown.toHtmlEscaped();
    // With raw HTML off, md4c escapes everything it did not make itself; the
    // only values that can carry a script are link and image addresses. A
    // text without either is already safe as md4c wrote it, and most
    // summaries and bios are such texts: they skip the rewrite.
    if (html.find("<a ") == std::string::npos && html.find("<img ") == std::string::npos)
        return QString::fromUtf8(html.data(), qsizetype(html.size()));
    return sanitize(QByteArray(html.data(), qsizetype(html.size())));
}
