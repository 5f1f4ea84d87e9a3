#include "GenerateTokenDialog.h"

#include "ClipboardGuard.h"
#include "DialogParts.h"
#include "ScopePicker.h"
#include "TokenCreatedDialog.h"
#include "app/tokens/TokenCore.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace {

enum ExpiryChoice { ExpiryNone, Expiry30, Expiry90, ExpiryCustom };

} // namespace

GenerateTokenDialog::GenerateTokenDialog(TokenCore *core, DockerCredentials *docker, const QString &username,
                                         ClipboardGuard *clipboard, QWidget *parent)
    : TokenFormDialog(core, parent)
    , m_docker(docker)
    , m_username(username)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("generateTokenDialog"));
    buildUi();
    retranslateUi();
}

void GenerateTokenDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(6);
    m_title = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_title);
    m_intro = DialogParts::hintLabel(QString(), this);
    outer->addWidget(m_intro);
    outer->addSpacing(8);

    addDescriptionField(outer);
    outer->addSpacing(10);

    // Expiration date
    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("expiryCombo"));
    m_expiry->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int choice : {ExpiryNone, Expiry30, Expiry90, ExpiryCustom})
        m_expiry->addItem(QString(), choice); // texts: retranslateUi()
    m_expiry->setCurrentIndex(Expiry30);
    m_expiryLabel = DialogParts::sectionLabel(QString(), m_expiry, this);
    outer->addWidget(m_expiryLabel);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    m_customRow = new QWidget(this);
    auto *customLayout = new QHBoxLayout(m_customRow);
    customLayout->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDate::currentDate();
    m_customDate = new QDateEdit(m_customRow);
    m_customDate->setObjectName(QStringLiteral("expiryDate"));
    m_customDate->setCalendarPopup(true);
    m_customDate->setDateRange(today, today.addYears(1));
    greyOutOfRangeDays();
    m_customDate->setDate(today.addDays(30));
    m_customHour = new QComboBox(m_customRow);
    m_customHour->setObjectName(QStringLiteral("expiryHour"));
    m_customHour->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int h = 0; h < 24; ++h)
        m_customHour->addItem(QString(), h); // the locale's times: retranslateUi()
    m_customHour->setCurrentIndex(QTime::currentTime().hour());
    // A label of its own for the hour (no words glued between the two pickers).
    m_customHourLabel = new QLabel(m_customRow);
    m_customHourLabel->setBuddy(m_customHour);
    customLayout->addWidget(m_customDate);
    customLayout->addSpacing(6);
    customLayout->addWidget(m_customHourLabel);
    customLayout->addWidget(m_customHour);
    expiryRow->addWidget(m_customRow);
    expiryRow->addStretch(1);
    outer->addLayout(expiryRow);
    m_expiryHint = DialogParts::hintLabel(QString(), this);
    m_expiryHint->setObjectName(QStringLiteral("expirySummary"));
    outer->addWidget(m_expiryHint);
    m_expiryError = DialogParts::errorLabel(QString(), this);
    m_expiryError->setObjectName(QStringLiteral("expiryError"));
    outer->addWidget(m_expiryError);
    outer->addSpacing(10);

    // Access permissions
    addScopeField(outer);
    addFormEnd(outer, QStringLiteral("generateButton"), QDialogButtonBox::Cancel);

    // A server message about a field no longer applies once that field is edited.
    connect(m_description, &QLineEdit::textChanged, this, [this] {
        m_serverDescriptionError.clear();
        updateState();
    });
    const auto expiryEdited = [this] {
        m_serverExpiryError.clear();
        updateState();
    };
    connect(m_expiry, &QComboBox::currentIndexChanged, this, expiryEdited);
    connect(m_customDate, &QDateEdit::dateChanged, this, expiryEdited);
    connect(m_customHour, &QComboBox::currentIndexChanged, this, expiryEdited);
    connect(m_scopes, &ScopePicker::scopeChanged, this, [this] {
        m_serverScopeError.clear();
        updateState();
    });

    setTabOrder(m_description, m_expiry);
    setTabOrder(m_expiry, m_customDate);
    setTabOrder(m_customDate, m_customHour);
    setTabOrder(m_customHour, m_scopes->button(TokenScope::PublicRead));
    setTabOrder(m_scopes->button(TokenScope::PublicRead), m_submit);
    setTabOrder(m_submit, m_cancel);

    DialogParts::setPreferredWidth(this, 500);
    DialogParts::refitWhenShown(this);
    m_description->setFocus();
}

void GenerateTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Generate new token"));
    m_title->setText(tr("Generate new token"));
    m_title->setAccessibleName(m_title->text());
    m_intro->setText(
        tr("A personal access token can be used instead of your password when you sign in with the Docker CLI."));
    retranslateFields();
    m_description->setPlaceholderText(tr("e.g. CI pipeline on build server"));

    m_expiry->setAccessibleName(tr("Expiration date"));
    m_expiry->setItemText(ExpiryNone, tr("None"));
    m_expiry->setItemText(Expiry30, tr("30 days"));
    m_expiry->setItemText(Expiry90, tr("90 days"));
    m_expiry->setItemText(ExpiryCustom, tr("Custom"));
    m_expiryLabel->setText(tr("&Expiration date"));
    m_customDate->setAccessibleName(tr("Expiration day"));
    m_customDate->setDisplayFormat(DialogParts::dateFormat());
    m_customHour->setAccessibleName(tr("Expiration hour"));
    for (int h = 0; h < m_customHour->count(); ++h)
        m_customHour->setItemText(h, DialogParts::formatTime(QTime(h, 0)));
    //: The label of the hour picker beside the custom expiry date
    m_customHourLabel->setText(tr("Time:"));
    m_expiryHint->setAccessibleName(tr("Expiry summary"));
    m_expiryError->setAccessibleName(tr("Expiration date error"));
    m_submit->setText(isBusy() ? tr("Generating…") : tr("Generate"));
    m_submit->setAccessibleName(tr("Generate"));
    updateState(); // the counter, the expiry summary and local errors
}

bool GenerateTokenDialog::descriptionValid() const
{
    const QString text = m_description->text().trimmed();
    return !text.isEmpty() && DialogParts::characterCount(text) <= DialogParts::MaxDescriptionLength;
}

QDateTime GenerateTokenDialog::chosenExpiry() const
{
    switch (m_expiry->currentData().toInt()) {
    case Expiry30: return QDateTime::currentDateTimeUtc().addDays(30);
    case Expiry90: return QDateTime::currentDateTimeUtc().addDays(90);
    case ExpiryCustom: return QDateTime(m_customDate->date(), QTime(m_customHour->currentData().toInt(), 0)).toUTC();
    default: return {};
    }
}

std::optional<QString> GenerateTokenDialog::expiryProblem() const
{
    if (m_expiry->currentData().toInt() != ExpiryCustom)
        return std::nullopt;
    const QDateTime chosen = chosenExpiry();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chosen <= now)
        return tr("Choose a time in the future.");
    if (chosen > now.addYears(1))
        return tr("Choose a date at most one year ahead.");
    return std::nullopt;
}

void GenerateTokenDialog::updateState()
{
    const int count = updateDescriptionCounter();
    if (count > DialogParts::MaxDescriptionLength) {
        DialogParts::setError(m_descriptionError, descriptionTooLongText());
    } else {
        DialogParts::setError(m_descriptionError, m_serverDescriptionError);
    }
    DialogParts::setError(m_scopeError, m_serverScopeError);

    const bool custom = m_expiry->currentData().toInt() == ExpiryCustom;
    m_customRow->setVisible(custom);
    const std::optional<QString> problem = expiryProblem();
    const bool expiryOk = !problem;
    DialogParts::setError(m_expiryError, expiryOk ? m_serverExpiryError : *problem);
    if (!expiryOk) {
        m_expiryHint->hide();
    } else {
        const QDateTime expiry = chosenExpiry();
        m_expiryHint->setText(expiry.isValid()
                                  ? tr("The token will expire on %1.").arg(DialogParts::formatDateTime(expiry))
                                  : tr("The token will never expire."));
        m_expiryHint->show();
    }

    const bool valid = descriptionValid() && expiryOk && m_scopes->scope().has_value();
    m_submit->setEnabled(valid && !isBusy());
    // Generate waits for a description: say so where the description's hint is, and on the button.
    const bool noDescription = count == 0;
    const QString needed = tr("Enter a description to generate the token.");
    m_descriptionHint->setText(
        noDescription ? needed + QLatin1Char(' ')
                + TokenFormDialog::tr("Use something that indicates the use case or purpose of the token.")
                      : TokenFormDialog::tr("Use something that indicates the use case or purpose of the token."));
    m_submit->setToolTip(noDescription ? needed : QString());
    m_submit->setAccessibleDescription(noDescription ? needed : QString());
    DialogParts::refit(this);
}

void GenerateTokenDialog::lockInputs(bool busy)
{
    m_description->setReadOnly(busy);
    m_expiry->setEnabled(!busy);
    m_customRow->setEnabled(!busy);
    m_scopes->setReadOnly(busy);
    m_submit->setText(busy ? tr("Generating…") : tr("Generate"));
}

void GenerateTokenDialog::submit()
{
    updateState();
    if (isBusy() || requestInFlight() || !m_submit->isEnabled())
        return; // one click = one token
    DialogParts::setError(m_formError, QString());
    m_serverDescriptionError.clear();
    m_serverExpiryError.clear();
    m_serverScopeError.clear();

    TokenDraft draft;
    draft.label = m_description->text().trimmed();
    draft.scope = m_scopes->scope().value_or(TokenScope::PublicRead);
    draft.expiresAt = chosenExpiry();
    CreateJob *job = m_core->create(draft);
    connect(job, &CreateJob::finished, this, &GenerateTokenDialog::onFinished);
    startRequest([job = QPointer<CreateJob>(job)] {
        if (job)
            job->abandon();
    });
}

bool GenerateTokenDialog::showFieldError(Field field, const QString &text)
{
    switch (field) {
    case Field::Description: m_serverDescriptionError = text; return true;
    case Field::Scope: m_serverScopeError = text; return true;
    case Field::Expiry: m_serverExpiryError = text; return true;
    case Field::Other: break;
    }
    return false;
}

void GenerateTokenDialog::onFinished(const CreateOutcome &outcome)
{
    requestFinished();

    if (outcome.created) {
        // Our own copy in a buffer of its own, which the created dialog wipes when it closes.
        CreatedToken created;
        created.token = outcome.created->token;
        created.secret = QString(outcome.created->secret.constData(), outcome.created->secret.size());
        Q_EMIT tokenCreated(created.token);
        auto *shown = new TokenCreatedDialog(std::move(created), m_username, m_clipboard, parentWidget());
        shown->setDocker(m_docker);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
        accept();
        return;
    }

    if (outcome.orphan) {
        Q_EMIT secretLost(*outcome.orphan);
        accept();
        return;
    }
    const ApiError error = outcome.error.value_or(ApiError{});
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    showFailure(error,
                tr("Your session expired. Sign in again, then select Generate once more. "
                   "What you entered is kept."));
    if (error.kind == ApiError::Kind::Validation && !m_serverDescriptionError.isEmpty())
        m_description->setFocus();
    updateState();
}

void GenerateTokenDialog::greyOutOfRangeDays()
{
    // The calendar refuses days outside its range but paints them like the others: past days (and those more than a
    // year ahead) get the palette's disabled text colour, so they no longer look clickable.
    QCalendarWidget *calendar = m_customDate->calendarWidget();
    QTextCharFormat disabled;
    disabled.setForeground(calendar->palette().brush(QPalette::Disabled, QPalette::Text));
    constexpr int ShownDays = 6 * 7; // the most a month page shows
    const QDate first = m_customDate->minimumDate();
    const QDate last = m_customDate->maximumDate();
    for (int d = 1; d <= ShownDays; ++d) {
        calendar->setDateTextFormat(first.addDays(-d), disabled);
        calendar->setDateTextFormat(last.addDays(d), disabled);
    }
}
