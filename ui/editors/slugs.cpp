#include "ui/editors/slugs.h"

#include "models/validation.h"

#include <QLineEdit>

#include <memory>

void suggestSlugWhileTyping(QLineEdit *title, QLineEdit *slug, bool slugChosen)
{
    auto chosen = std::make_shared<bool>(slugChosen);
    QObject::connect(title, &QLineEdit::textEdited, slug, [slug, chosen](const QString &text) {
        if (!*chosen)
            slug->setText(validation::slugFromTitle(text));
    });
    QObject::connect(slug, &QLineEdit::textEdited, slug, [chosen] { *chosen = true; });
}
