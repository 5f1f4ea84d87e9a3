#include "GenerateTokenDialog.h"

#include "ClipboardGuard.h"
#include "CreateTokenRequest.h"
#include "DialogParts.h"
#include "ErrorText.h"
#include "HubClient.h"
#include "ScopePicker.h"
#include "TokenCreatedDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

enum ExpiryChoice { ExpiryNone, Expiry30, Expiry90, ExpiryCustom };

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(buddy);
    return label;
}

} // namespace

GenerateTokenDialog::GenerateTokenDialog(HubClient *client, const QString &username, ClipboardGuard *clipboard,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_username(username)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("generateTokenDialog"));
    buildUi();
    retranslateUi();
}

GenerateTokenDialog::~GenerateTokenDialog()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
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

    // Description
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionLabel = sectionLabel(QString(), m_description, this);
    outer->addWidget(m_descriptionLabel);
    outer->addWidget(m_description);
    auto *descRow = new QHBoxLayout;
    m_descriptionHint = DialogParts::hintLabel(QString(), this);
    descRow->addWidget(m_descriptionHint, 1);
    m_counter = DialogParts::hintLabel(QString(), this);
    m_counter->setObjectName(QStringLiteral("descriptionCounter"));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_counter->setWordWrap(false);
    descRow->addWidget(m_counter, 0, Qt::AlignTop);
    outer->addLayout(descRow);
    m_descriptionError = DialogParts::errorLabel(QString(), this);
    m_descriptionError->setObjectName(QStringLiteral("descriptionError"));
    outer->addWidget(m_descriptionError);
    outer->addSpacing(10);

    // Expiration date
    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("expiryCombo"));
    m_expiry->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int choice : {ExpiryNone, Expiry30, Expiry90, ExpiryCustom})
        m_expiry->addItem(QString(), choice); // texts: retranslateUi()
    m_expiry->setCurrentIndex(Expiry30);
    m_expiryLabel = sectionLabel(QString(), m_expiry, this);
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
    m_customDate->setDate(today.addDays(30));
    m_customHour = new QComboBox(m_customRow);
    m_customHour->setObjectName(QStringLiteral("expiryHour"));
    m_customHour->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int h = 0; h < 24; ++h)
        m_customHour->addItem(QString(), h); // the locale's times: retranslateUi()
    m_customHour->setCurrentIndex(QTime::currentTime().hour());
    auto *at = m_at = new QLabel(m_customRow);
    customLayout->addWidget(m_customDate);
    customLayout->addWidget(at);
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
    m_scopes = new ScopePicker(this);
    m_scopes->setObjectName(QStringLiteral("scopePicker"));
    m_scopeLabel = sectionLabel(QString(), m_scopes->button(TokenScope::PublicRead), this);
    outer->addWidget(m_scopeLabel);
    outer->addWidget(m_scopes);
    m_scopeError = DialogParts::errorLabel(QString(), this);
    m_scopeError->setObjectName(QStringLiteral("scopeError"));
    outer->addWidget(m_scopeError);

    outer->addSpacing(6);
    m_formError = DialogParts::errorLabel(QString(), this);
    m_formError->setObjectName(QStringLiteral("formError"));
    outer->addWidget(m_formError);
    outer->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_generate = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    QPushButton *cancel = m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenerateTokenDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GenerateTokenDialog::reject);
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
    setTabOrder(m_scopes->button(TokenScope::PublicRead), m_generate);
    setTabOrder(m_generate, cancel);

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
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("e.g. CI pipeline on build server"));
    m_descriptionLabel->setText(tr("&Description"));
    m_descriptionHint->setText(tr("Use something that indicates the use case or purpose of the token."));
    m_counter->setAccessibleName(tr("Description length"));
    m_descriptionError->setAccessibleName(tr("Description error"));

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
    //: Between the custom expiry date and hour: "[date] at [hour]"
    m_at->setText(tr("at"));
    m_expiryHint->setAccessibleName(tr("Expiry summary"));
    m_expiryError->setAccessibleName(tr("Expiration date error"));

    m_scopes->setAccessibleName(tr("Access permissions"));
    m_scopeLabel->setText(tr("Access permissions"));
    m_scopeError->setAccessibleName(tr("Access permissions error"));
    m_formError->setAccessibleName(tr("Error"));
    m_generate->setText(m_busy ? tr("Generating…") : tr("Generate"));
    m_generate->setAccessibleName(tr("Generate"));
    m_cancel->setAccessibleName(tr("Cancel"));
    updateState(); // the counter, the expiry summary and local errors
}

void GenerateTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool GenerateTokenDialog::descriptionValid() const
{
    const QString text = m_description->text().trimmed();
    return !text.isEmpty() && DialogParts::characterCount(text) <= DialogParts::MaxDescriptionLength;
}

QDateTime GenerateTokenDialog::chosenExpiry() const
{
    switch (m_expiry->currentData().toInt()) {
    case Expiry30:
        return QDateTime::currentDateTimeUtc().addDays(30);
    case Expiry90:
        return QDateTime::currentDateTimeUtc().addDays(90);
    case ExpiryCustom:
        return QDateTime(m_customDate->date(), QTime(m_customHour->currentData().toInt(), 0)).toUTC();
    default:
        return {};
    }
}

bool GenerateTokenDialog::expiryValid(QString *why) const
{
    if (m_expiry->currentData().toInt() != ExpiryCustom)
        return true;
    const QDateTime chosen = chosenExpiry();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (chosen <= now) {
        if (why)
            *why = tr("Choose a time in the future.");
        return false;
    }
    if (chosen > now.addYears(1)) {
        if (why)
            *why = tr("Choose a date at most one year ahead.");
        return false;
    }
    return true;
}

void GenerateTokenDialog::updateState()
{
    DialogParts::updateCounter(m_counter, m_description->text().trimmed());
    const int count = DialogParts::characterCount(m_description->text().trimmed());
    if (count > DialogParts::MaxDescriptionLength) {
        DialogParts::setError(m_descriptionError, tr("The description can be at most %n characters long.", nullptr,
                                                     DialogParts::MaxDescriptionLength));
    } else {
        DialogParts::setError(m_descriptionError, m_serverDescriptionError);
    }
    DialogParts::setError(m_scopeError, m_serverScopeError);

    const bool custom = m_expiry->currentData().toInt() == ExpiryCustom;
    m_customRow->setVisible(custom);
    QString why;
    const bool expiryOk = expiryValid(&why);
    DialogParts::setError(m_expiryError, expiryOk ? m_serverExpiryError : why);
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
    m_generate->setEnabled(valid && !m_busy);
    DialogParts::refit(this);
}

void GenerateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_description->setReadOnly(busy);
    m_expiry->setEnabled(!busy);
    m_customRow->setEnabled(!busy);
    m_scopes->setReadOnly(busy);
    m_generate->setText(busy ? tr("Generating…") : tr("Generate"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateState();
}

void GenerateTokenDialog::submit()
{
    updateState();
    if (m_busy || m_request || !m_generate->isEnabled())
        return; // one click = one token
    DialogParts::setError(m_formError, QString());
    m_serverDescriptionError.clear();
    m_serverExpiryError.clear();
    m_serverScopeError.clear();

    TokenDraft draft;
    draft.label = m_description->text().trimmed();
    draft.scope = m_scopes->scope().value_or(TokenScope::PublicRead);
    draft.expiresAt = chosenExpiry();
    setBusy(true);
    m_request = m_client->createToken(draft);
    connect(m_request, &CreateTokenRequest::finished, this, &GenerateTokenDialog::onFinished);
}

void GenerateTokenDialog::onFinished(const ApiResult<CreatedToken> &result)
{
    m_request = nullptr;
    setBusy(false);

    if (result.ok()) {
        // Our own copy in a buffer of its own, which the created dialog wipes when it closes.
        CreatedToken created;
        created.token = result.value.token;
        created.secret = QString(result.value.secret.constData(), result.value.secret.size());
        Q_EMIT tokenCreated(created.token);
        auto *shown = new TokenCreatedDialog(std::move(created), m_username, m_clipboard, parentWidget());
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
        accept();
        return;
    }

    const ApiError error = *result.error;
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::Validation: {
        QStringList other;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            const QString text = it.value().join(QLatin1Char(' '));
            if (it.key().contains(QLatin1String("label"), Qt::CaseInsensitive))
                m_serverDescriptionError = text;
            else if (it.key().contains(QLatin1String("scope"), Qt::CaseInsensitive))
                m_serverScopeError = text;
            else if (it.key().contains(QLatin1String("expir"), Qt::CaseInsensitive))
                m_serverExpiryError = text;
            else
                other += text;
        }
        if (!other.isEmpty())
            DialogParts::setError(m_formError, other.join(QLatin1Char(' ')));
        else if (error.fieldErrors.isEmpty())
            DialogParts::setError(m_formError, ErrorText::message(error));
        if (!m_serverDescriptionError.isEmpty())
            m_description->setFocus();
        break;
    }
    case ApiError::Kind::SessionExpired:
        DialogParts::setError(m_formError,
                              tr("Your session expired. Sign in again, then select Generate once more. "
                                 "What you entered is kept."));
        Q_EMIT sessionExpired();
        break;
    default:
        DialogParts::setError(m_formError,
                              tr("%1. %2").arg(ErrorText::title(error), ErrorText::message(error)));
        break;
    }
    updateState();
}

void GenerateTokenDialog::reject()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request = nullptr;
    }
    QDialog::reject();
}
