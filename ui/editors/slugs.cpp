#include "ui/editors/slugs.h"

#include <QLineEdit>

#include <memory>

QString slugFromTitle(const QString &title)
{
    // Decompose accents (é -> e + ´) and keep only a-z and 0-9.
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingHyphen = false;
    for (QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingHyphen && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingHyphen = false;
            slug += c;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingHyphen = true;
        }
        if (slug.size() >= 60)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

void suggestSlugWhileTyping(QLineEdit *title, QLineEdit *slug, bool slugChosen)
{
    auto chosen = std::make_shared<bool>(slugChosen);
    QObject::connect(title, &QLineEdit::textEdited, slug, [slug, chosen](const QString &text) {
        if (!*chosen)
            slug->setText(slugFromTitle(text));
    });
    QObject::connect(slug, &QLineEdit::textEdited, slug, [chosen] { *chosen = true; });
}
