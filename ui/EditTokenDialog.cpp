#include "EditTokenDialog.h"

#include "DialogParts.h"
#include "ErrorText.h"
#include "HubClient.h"
#include "ScopePicker.h"
#include "TokenRequest.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

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

EditTokenDialog::EditTokenDialog(HubClient *client, const AccessToken &token, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_token(token)
{
    setObjectName(QStringLiteral("editTokenDialog"));
    buildUi();
    retranslateUi();
}

EditTokenDialog::~EditTokenDialog()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
    }
}

bool EditTokenDialog::isEditable() const
{
    return !m_token.isExpired();
}

void EditTokenDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(6);
    m_title = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_title);

    if (!isEditable()) {
        auto *reason = m_reason = new QLabel(this);
        reason->setWordWrap(true);
        reason->setFrameShape(QFrame::StyledPanel);
        reason->setMargin(8);
        outer->addWidget(reason);
    }
    outer->addSpacing(8);

    m_description = new QLineEdit(m_token.label, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionLabel = sectionLabel(QString(), m_description, this);
    outer->addWidget(m_descriptionLabel);
    outer->addWidget(m_description);
    auto *descRow = new QHBoxLayout;
    m_descriptionHint = DialogParts::hintLabel(QString(), this);
    descRow->addWidget(m_descriptionHint, 1);
    m_counter = DialogParts::hintLabel(QString(), this);
    m_counter->setObjectName(QStringLiteral("descriptionCounter"));
    m_counter->setWordWrap(false);
    descRow->addWidget(m_counter, 0, Qt::AlignTop);
    outer->addLayout(descRow);
    m_descriptionError = DialogParts::errorLabel(QString(), this);
    m_descriptionError->setObjectName(QStringLiteral("descriptionError"));
    outer->addWidget(m_descriptionError);
    outer->addSpacing(10);

    m_scopes = new ScopePicker(this);
    m_scopes->setObjectName(QStringLiteral("scopePicker"));
    m_scopes->setScope(m_token.scope);
    m_scopeLabel = sectionLabel(QString(), m_scopes->button(TokenScope::PublicRead), this);
    outer->addWidget(m_scopeLabel);
    if (m_token.isLegacy()) {
        m_legacyHint = DialogParts::hintLabel(QString(), this);
        outer->addWidget(m_legacyHint);
    }
    outer->addWidget(m_scopes);
    m_scopeError = DialogParts::errorLabel(QString(), this);
    m_scopeError->setObjectName(QStringLiteral("scopeError"));
    outer->addWidget(m_scopeError);
    outer->addSpacing(10);

    m_expiresLabel = sectionLabel(QString(), nullptr, this);
    outer->addWidget(m_expiresLabel);
    m_expires = DialogParts::selectableLabel(QString(), this, true);
    m_expires->setObjectName(QStringLiteral("expiresValue"));
    outer->addWidget(m_expires);
    m_expiresHint = DialogParts::hintLabel(QString(), this);
    outer->addWidget(m_expiresHint);

    outer->addSpacing(6);
    m_formError = DialogParts::errorLabel(QString(), this);
    m_formError->setObjectName(QStringLiteral("formError"));
    outer->addWidget(m_formError);
    outer->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = m_cancel
        = m_buttons->addButton(isEditable() ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditTokenDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditTokenDialog::reject);
    connect(m_description, &QLineEdit::textChanged, this, [this] {
        DialogParts::setError(m_descriptionError, QString());
        updateState();
    });
    connect(m_scopes, &ScopePicker::scopeChanged, this, [this] {
        DialogParts::setError(m_scopeError, QString());
        updateState();
    });

    if (!isEditable()) {
        m_description->setReadOnly(true);
        m_scopes->setReadOnly(true);
        m_save->setVisible(false);
        cancel->setDefault(true);
    }

    setTabOrder(m_description, m_scopes->button(TokenScope::PublicRead));
    setTabOrder(m_scopes->button(TokenScope::PublicRead), m_save);
    setTabOrder(m_save, cancel);
    DialogParts::setPreferredWidth(this, 480);
    DialogParts::refitWhenShown(this);
    if (isEditable()) {
        m_description->setFocus();
        m_description->selectAll();
    } else {
        m_description->setCursorPosition(0);
        cancel->setFocus();
    }
}

void EditTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Edit access token"));
    m_title->setText(tr("Edit access token"));
    m_title->setAccessibleName(m_title->text());
    if (m_reason) {
        m_reason->setText(tr("This token expired on %1. Expired tokens can't be changed; they can only be deleted.")
                              .arg(DialogParts::formatDateTime(m_token.expiresAt)));
        m_reason->setAccessibleName(tr("Why this token can't be edited"));
    }
    m_description->setAccessibleName(tr("Description"));
    m_descriptionLabel->setText(tr("&Description"));
    m_descriptionHint->setText(tr("Use something that indicates the use case or purpose of the token."));
    m_counter->setAccessibleName(tr("Description length"));
    m_descriptionError->setAccessibleName(tr("Description error"));
    m_scopes->setAccessibleName(tr("Access permissions"));
    m_scopeLabel->setText(tr("Access permissions"));
    if (m_legacyHint)
        m_legacyHint->setText(tr("This token was made before access permissions existed and has full access. Choose "
                                 "a permission to restrict it."));
    m_scopeError->setAccessibleName(tr("Access permissions error"));
    m_expiresLabel->setText(tr("Expiration date"));
    m_expires->setText(m_token.neverExpires() ? tr("Never") : DialogParts::formatDateTime(m_token.expiresAt));
    m_expires->setAccessibleName(tr("Expiration date"));
    m_expiresHint->setText(tr("Expiration dates can't be changed. Generate a new token to set a new one."));
    m_formError->setAccessibleName(tr("Error"));
    m_save->setText(m_busy ? tr("Saving…") : tr("Save"));
    m_save->setAccessibleName(tr("Save"));
    // The standard button's text comes from Qt's own catalog.
    m_cancel->setAccessibleName(isEditable() ? tr("Cancel") : tr("Close"));
    updateState();
    DialogParts::refit(this);
}

void EditTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EditTokenDialog::updateState()
{
    const QString label = m_description->text().trimmed();
    DialogParts::updateCounter(m_counter, label);
    const int count = DialogParts::characterCount(label);
    const bool labelOk = count >= 1 && count <= DialogParts::MaxDescriptionLength;
    if (count > DialogParts::MaxDescriptionLength)
        DialogParts::setError(m_descriptionError, tr("The description can be at most %n characters long.", nullptr,
                                                     DialogParts::MaxDescriptionLength));
    else if (count == 0 && isEditable())
        DialogParts::setError(m_descriptionError, tr("Enter a description."));
    else if (m_descriptionError->property("local").toBool())
        DialogParts::setError(m_descriptionError, QString());
    m_descriptionError->setProperty("local", count == 0 || count > DialogParts::MaxDescriptionLength);

    const bool changed = label != m_token.label || m_scopes->scope() != m_token.scope;
    m_save->setEnabled(isEditable() && labelOk && changed && !m_busy);
}

void EditTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_description->setReadOnly(busy || !isEditable());
    m_scopes->setReadOnly(busy || !isEditable());
    m_save->setText(busy ? tr("Saving…") : tr("Save"));
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateState();
}

void EditTokenDialog::submit()
{
    updateState();
    if (m_busy || m_request || !m_save->isEnabled() || !m_save->isVisible())
        return;
    DialogParts::setError(m_formError, QString());

    TokenPatch patch;
    const QString label = m_description->text().trimmed();
    if (label != m_token.label)
        patch.label = label;
    const std::optional<TokenScope> scope = m_scopes->scope();
    if (scope && scope != m_token.scope)
        patch.scope = scope;
    if (patch.isEmpty())
        return;

    setBusy(true);
    m_request = m_client->updateToken(m_token.uuid, patch);
    connect(m_request, &TokenRequest::finished, this, &EditTokenDialog::onFinished);
}

void EditTokenDialog::onFinished(const ApiResult<AccessToken> &result)
{
    m_request = nullptr;
    setBusy(false);
    if (result.ok()) {
        m_token = result.value;
        Q_EMIT tokenUpdated(result.value);
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
                DialogParts::setError(m_descriptionError, text);
            else if (it.key().contains(QLatin1String("scope"), Qt::CaseInsensitive))
                DialogParts::setError(m_scopeError, text);
            else
                other += text;
        }
        if (!other.isEmpty())
            DialogParts::setError(m_formError, other.join(QLatin1Char(' ')));
        else if (error.fieldErrors.isEmpty())
            DialogParts::setError(m_formError, ErrorText::message(error));
        break;
    }
    case ApiError::Kind::SessionExpired:
        DialogParts::setError(m_formError, tr("Your session expired. Sign in again, then select Save once more. "
                                              "Your changes are kept."));
        Q_EMIT sessionExpired();
        break;
    default:
        DialogParts::setError(m_formError, tr("%1. %2").arg(ErrorText::title(error), ErrorText::message(error)));
        break;
    }
}

void EditTokenDialog::reject()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort();
        m_request = nullptr;
    }
    QDialog::reject();
}
