#pragma once

#include "app/render/siterenderer.h"

#include <QStringList>
#include <QUrl>

// After publishing: fetch what changed from the public site and check that
// the server answers 200, with the same bytes, and the right Content-Type.
// Each problem comes back as one sentence a person can act on.
namespace publishverifier {

QStringList verify(const QUrl &publicBase, const QStringList &paths, const RenderedSite &site,
                   int timeoutSeconds = 20);

} // namespace publishverifier
