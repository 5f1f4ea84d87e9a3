#include "AboutDialog.h"

#include "DialogParts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

AboutDialog::AboutDialog(Facts facts, QWidget *parent)
    : QDialog(parent)
    , m_facts(std::move(facts))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(8);
    m_title = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_title);

    const auto line = [this, outer](const char *name) {
        QLabel *label = DialogParts::selectableLabel(QString(), this, true);
        label->setObjectName(QLatin1String(name));
        outer->addWidget(label);
        return label;
    };
    m_version = line("aboutVersion");
    m_qt = line("aboutQt");
    m_licence = line("aboutLicence");
    m_server = line("aboutServer");
    outer->addSpacing(4);
    m_storage = line("aboutStorage");
    outer->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    // Wide enough that the sentences read as lines, not as a column of words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    retranslateUi();
    DialogParts::refitWhenShown(this);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Hub Tokens"));
    m_title->setText(tr("Hub Tokens"));
    m_version->setText(tr("Version %1").arg(m_facts.version));
    m_version->setAccessibleName(tr("Version"));
    // The Qt this copy runs on, and the one it was built with when they differ.
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    m_qt->setText(running == built ? tr("Qt %1").arg(running) : tr("Qt %1 (built with %2)").arg(running, built));
    m_qt->setAccessibleName(tr("Qt version"));
    m_licence->setText(tr("Licence: Apache License 2.0. You may use, change and share Hub Tokens under its terms. "
                          "Hub Tokens is not a product of Docker, Inc."));
    m_licence->setAccessibleName(tr("Licence"));
    m_server->setText(tr("Server: %1").arg(m_facts.server));
    m_server->setAccessibleName(tr("Server"));
    m_storage->setText(
        tr("Stored: your sign-in (a session token) in the system keychain, only when “Stay signed in” is "
           "on; the settings in %1; a token you sign Docker in with, in Docker's own credential store. "
           "Nothing else.")
            .arg(m_facts.settingsFile));
    m_storage->setAccessibleName(tr("What is stored"));
    m_close->setAccessibleName(tr("Close"));
    DialogParts::refit(this);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::qtText() const
{
    return m_qt->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

QString AboutDialog::serverText() const
{
    return m_server->text();
}

QString AboutDialog::storageText() const
{
    return m_storage->text();
}
