#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "ClipboardGuard.h"
#include "DialogParts.h"
#include "Prompter.h"
#include "ReminderPreferences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
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
    if (const QString why = m_reminders->save(); !why.isEmpty())
        Prompter::instance().inform(this, tr("Couldn't change what starts at login"), why);
    if (m_settings) {
        m_settings->setClipboardClearDelay(clearDelay());
        m_settings->sync();
    }
    if (m_clipboard)
        m_clipboard->setClearDelay(m_settings ? m_settings->clipboardClearDelay()
                                              : AppSettings::clampClipboardDelay(clearDelay()));
    QDialog::accept();
}
