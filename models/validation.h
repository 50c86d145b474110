#pragma once

#include "models/entities.h"

#include <QList>
#include <QString>

// A mistake in one field: `field` is the name used in the JSON format and the
// editors ("slug", "starts_at"), `message` says what is wrong in plain words.
struct FieldError
{
    QString field;
    QString message;
};

class ValidationResult
{
public:
    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    bool hasErrorFor(const QString &field) const;
    // "slug: use only ...; title: is required"
    QString summary() const;

private:
    QList<FieldError> m_errors;
};

namespace validation {

constexpr int maxSlugLength = 80;
constexpr int maxTitleLength = 300;
constexpr int maxTextLength = 100000;

bool isValidSlug(const QString &slug);
// Tabs, line breaks and other control characters: not in one-line names.
bool hasControlCharacters(const QString &s);
// "Opening Remarks: Day 1!" -> "opening-remarks-day-1": a slug suggested
// from a title (the editors, schedule imports); may be empty.
QString slugFromTitle(const QString &title);
bool isKnownTimeZone(const QString &ianaName);

// The field rules only; the rules that depend on the webcast state live in
// staterules.h and are applied by the repository together with these.
ValidationResult checkWorkshop(const Workshop &w);
ValidationResult checkPresentation(const Presentation &p);

// A URL that a user typed: absolute, one of `schemes`, with a host, no spaces
// or control characters. Empty is allowed (fields are optional).
bool isAcceptableUrl(const QString &url, const QStringList &schemes);

} // namespace validation
