#include "ui/editors/fielderrors.h"

#include "models/result.h"

#include <QLabel>
#include <QStringList>
#include <QWidget>

FieldErrors::FieldErrors(QLabel *banner)
    : m_banner(banner)
{
    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #7a1a0f; border: 1px solid #e0a39b;"
                       " border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
}

void FieldErrors::bind(const QString &field, QWidget *widget, const QString &label)
{
    m_fields.insert(field, widget);
    m_labels.insert(field, label);
}

void FieldErrors::clear()
{
    for (const QPointer<QWidget> &w : std::as_const(m_fields)) {
        if (w) {
            w->setStyleSheet(QString());
            w->setToolTip(w->accessibleDescription());
        }
    }
    if (m_banner) {
        m_banner->clear();
        m_banner->hide();
    }
}

void FieldErrors::show(const Status &status)
{
    clear();
    if (status.ok())
        return;
    // The repository joins several field errors as "field: message; ...".
    const QStringList parts = status.error().split(QStringLiteral("; "));
    QWidget *first = nullptr;
    QStringList lines;
    for (const QString &part : parts) {
        const QString field = part.section(QStringLiteral(": "), 0, 0);
        QWidget *w = m_fields.value(field);
        if (!w) {
            lines << part;
            continue;
        }
        lines << m_labels.value(field) + QStringLiteral(": ") +
                     part.section(QStringLiteral(": "), 1);
        w->setStyleSheet(QStringLiteral("border: 2px solid #c5221f; border-radius: 3px;"));
        w->setToolTip(part.section(QStringLiteral(": "), 1));
        if (!first)
            first = w;
    }
    if (!first)
        first = m_fields.value(status.field());
    if (m_banner) {
        m_banner->setText(lines.join(QLatin1Char('\n')));
        m_banner->show();
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void describe(QWidget *widget, const QString &text)
{
    widget->setToolTip(text);
    widget->setAccessibleDescription(text);
}
