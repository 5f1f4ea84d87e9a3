#include "PreferencesDialog.h"

#include "ClipboardGuard.h"
#include "DialogParts.h"
#include "Prompter.h"
#include "ReminderPreferences.h"
#include "app/docker/DockerConfig.h"
#include "app/settings/AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(AppSettings *settings, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboard(clipboard)
{
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(8);
    m_title = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_title);

    m_autoClear = new QCheckBox(this);
    m_autoClear->setObjectName(QStringLiteral("autoClearBox"));
    outer->addWidget(m_autoClear);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("clearDelaySpin"));
    m_seconds->setRange(AppSettings::MinClipboardDelaySecs, AppSettings::MaxClipboardDelaySecs);
    m_seconds->setSingleStep(5);
    m_afterLabel = new QLabel(this);
    m_afterLabel->setBuddy(m_seconds);
    form->addRow(m_afterLabel, m_seconds);
    outer->addLayout(form);

    m_hint = DialogParts::hintLabel(QString(), this);
    outer->addWidget(m_hint);
    m_reminders = new ReminderPreferences(m_settings, this);
    outer->addWidget(m_reminders);

    // Docker: the registry key "Sign Docker in with this token" stores tokens under (the CLI's --registry).
    m_dockerTitle = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_dockerTitle);
    auto *dockerForm = new QFormLayout;
    m_registry = new QLineEdit(this);
    m_registry->setObjectName(QStringLiteral("registryEdit"));
    m_registry->setPlaceholderText(DockerConfig::defaultRegistry());
    m_registry->setText(m_settings ? m_settings->dockerRegistry() : QString());
    m_registryLabel = new QLabel(this);
    m_registryLabel->setBuddy(m_registry);
    dockerForm->addRow(m_registryLabel, m_registry);
    outer->addLayout(dockerForm);
    m_registryError = DialogParts::errorLabel(QString(), this);
    m_registryError->setObjectName(QStringLiteral("registryError"));
    outer->addWidget(m_registryError);
    m_registryHint = DialogParts::hintLabel(QString(), this);
    outer->addWidget(m_registryHint);
    connect(m_registry, &QLineEdit::textEdited, m_registryError,
            [this] { DialogParts::setError(m_registryError, {}); });
    outer->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_autoClear, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);

    setClearDelay(m_settings ? m_settings->clipboardClearDelay() : ClipboardGuard::DefaultClearDelaySecs);
    retranslateUi();
    DialogParts::setPreferredWidth(this, 420);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_title->setText(tr("Clipboard"));
    m_title->setAccessibleName(m_title->text());
    m_autoClear->setText(tr("&Clear the clipboard after copying a token"));
    m_autoClear->setAccessibleName(tr("Clear the clipboard automatically"));
    m_afterLabel->setText(tr("&After:"));
    m_seconds->setSuffix(tr(" seconds"));
    m_seconds->setAccessibleName(tr("Seconds before the clipboard is cleared"));
    m_hint->setText(tr("From 10 seconds to 5 minutes. The token is removed only if the clipboard still holds it; "
                       "clipboard managers are asked not to keep it."));
    m_dockerTitle->setText(tr("Docker"));
    m_dockerTitle->setAccessibleName(m_dockerTitle->text());
    m_registryLabel->setText(tr("&Registry key:"));
    m_registry->setAccessibleName(tr("Docker registry key"));
    m_registryHint->setText(tr("Where “Sign Docker in with this token” stores a token in Docker's credential store, "
                               "and which entry the table's Docker mark reads. Empty: Docker Hub's key, whatever "
                               "server Hub Tokens uses."));
    m_registryError->setAccessibleName(tr("Registry key problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

int PreferencesDialog::clearDelay() const
{
    return m_autoClear->isChecked() ? m_seconds->value() : AppSettings::NeverClearClipboard;
}

void PreferencesDialog::setClearDelay(int seconds)
{
    const int delay = AppSettings::clampClipboardDelay(seconds);
    m_autoClear->setChecked(delay != AppSettings::NeverClearClipboard);
    m_seconds->setValue(delay != AppSettings::NeverClearClipboard ? delay : ClipboardGuard::DefaultClearDelaySecs);
    updateEnabled();
}

void PreferencesDialog::updateEnabled()
{
    m_seconds->setEnabled(m_autoClear->isChecked());
}

void PreferencesDialog::setStaySignedIn(bool on)
{
    m_reminders->setStaySignedIn(on);
}

void PreferencesDialog::accept()
{
    if (!m_reminders->check().isEmpty())
        return;
    if (const QString why = registryProblem(m_registry->text()); !why.isEmpty()) {
        DialogParts::setError(m_registryError, why);
        m_registry->setFocus();
        return;
    }
    if (const QString why = m_reminders->save(); !why.isEmpty())
        Prompter::instance().inform(this, tr("Couldn't change what starts at login"), why);
    if (m_settings) {
        m_settings->setClipboardClearDelay(clearDelay());
        m_settings->setDockerRegistry(m_registry->text().trimmed());
        m_settings->sync();
    }
    if (m_clipboard)
        m_clipboard->setClearDelay(m_settings ? m_settings->clipboardClearDelay()
                                              : AppSettings::clampClipboardDelay(clearDelay()));
    QDialog::accept();
}

QString PreferencesDialog::registryProblem(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return QString(); // Docker Hub's key
    for (const QChar c : k) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("A registry key has no spaces: e.g. %1 or ghcr.io.").arg(DockerConfig::defaultRegistry());
    }
    if (k.size() > 255)
        return tr("A registry key is at most 255 characters long.");
    return QString();
}
