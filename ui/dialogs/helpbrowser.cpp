#include "ui/dialogs/helpbrowser.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Webcast Admin — User Guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/doc")});
    m_browser->setSource(QUrl(QStringLiteral("qrc:/doc/user-guide.md")),
                         QTextDocument::MarkdownResource);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 760);
}
