#include "ReminderPreferences.h"

#include "DialogParts.h"
#include "app/reminders/AutostartEntry.h"
#include "app/settings/AppSettings.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

ReminderPreferences::ReminderPreferences(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("reminderPreferences"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    m_title = DialogParts::titleLabel(QString(), this);
    layout->addWidget(m_title);
    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(QStringLiteral("remindersEnabledBox"));
    layout->addWidget(m_enabled);

    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_thresholds = new QLineEdit(this);
    m_thresholds->setObjectName(QStringLiteral("reminderThresholdsEdit"));
    m_thresholdsLabel = new QLabel(this);
    m_thresholdsLabel->setBuddy(m_thresholds);
    form->addRow(m_thresholdsLabel, m_thresholds);
    layout->addLayout(form);
    m_error = DialogParts::errorLabel(QString(), this);
    layout->addWidget(m_error);

    m_whenClosed = new QCheckBox(this);
    m_whenClosed->setObjectName(QStringLiteral("remindWhenClosedBox"));
    layout->addWidget(m_whenClosed);
    m_whenClosedHint = DialogParts::hintLabel(QString(), this);
    layout->addWidget(m_whenClosedHint);

    if (m_settings) {
        m_enabled->setChecked(m_settings->remindersEnabled());
        m_thresholds->setText(thresholdsText(m_settings->reminderThresholds()));
        m_whenClosed->setChecked(m_settings->remindWhenClosed());
    }
    connect(m_enabled, &QCheckBox::toggled, this, &ReminderPreferences::updateEnabled);
    connect(m_thresholds, &QLineEdit::textEdited, this, [this] { DialogParts::setError(m_error, QString()); });
    retranslateUi();
    updateEnabled();
}

std::optional<QList<int>> ReminderPreferences::parseThresholds(const QString &text)
{
    QList<int> days;
    static const QRegularExpression separators(QStringLiteral("[,;\\s、，]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1 || n > AppSettings::MaxReminderThresholdDays)
            return std::nullopt;
        days.append(n);
    }
    days = AppSettings::normalizeReminderThresholds(days);
    if (days.isEmpty())
        return std::nullopt;
    return days;
}

QString ReminderPreferences::thresholdsText(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts.append(QString::number(d));
    return parts.join(QLatin1String(", "));
}

void ReminderPreferences::setStaySignedIn(bool on)
{
    m_staySignedIn = on;
    updateEnabled();
}

void ReminderPreferences::setAutostartTarget(const QString &program, const QString &configHome)
{
    m_program = program;
    m_configHome = configHome;
}

void ReminderPreferences::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_thresholds->setEnabled(on);
    m_whenClosed->setEnabled(on && m_staySignedIn);
}

QString ReminderPreferences::check()
{
    if (!m_enabled->isChecked() || parseThresholds(m_thresholds->text()))
        return QString();
    const QString why = tr("Give whole days from 1 to %1, separated by commas, e.g. 30, 7, 1.")
                            .arg(AppSettings::MaxReminderThresholdDays);
    DialogParts::setError(m_error, why);
    return why;
}

QString ReminderPreferences::save()
{
    if (!m_settings)
        return QString();
    m_settings->setRemindersEnabled(m_enabled->isChecked());
    if (const std::optional<QList<int>> days = parseThresholds(m_thresholds->text()))
        m_settings->setReminderThresholds(*days);
    // Only while reminders are on and a session is kept; otherwise the entry would check nothing.
    const bool whenClosed = m_whenClosed->isChecked() && m_whenClosed->isEnabled();
    const bool changed = whenClosed != m_settings->remindWhenClosed();
    m_settings->setRemindWhenClosed(whenClosed);
    if (!changed)
        return QString();
    const AutostartEntry entry(QLatin1String(AutostartEntry::DefaultDesktopId), m_configHome);
    const std::optional<AutostartError> error = whenClosed
        ? entry.install(m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program)
        : entry.remove();
    return error ? error->message() : QString();
}

void ReminderPreferences::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReminderPreferences::retranslateUi()
{
    m_title->setText(tr("Expiry reminders"));
    m_title->setAccessibleName(m_title->text());
    m_enabled->setText(tr("&Remind me before my tokens expire"));
    m_thresholdsLabel->setText(tr("&Days before:"));
    m_thresholds->setAccessibleName(tr("Days before expiry to remind"));
    m_thresholds->setPlaceholderText(QStringLiteral("30, 7, 1"));
    m_error->setAccessibleName(tr("Reminder days problem"));
    m_whenClosed->setText(tr("Remind me even when Hub Tokens is &closed"));
    m_whenClosedHint->setText(tr("Checks once at login, quietly. Needs “Stay signed in”, so that the check never "
                                 "asks for your password."));
}
