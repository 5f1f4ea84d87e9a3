#include "EditTokenDialog.h"

#include "DialogParts.h"
#include "ScopePicker.h"
#include "app/tokens/TokenCore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

EditTokenDialog::EditTokenDialog(TokenCore *core, const AccessToken &token, QWidget *parent)
    : TokenFormDialog(core, parent)
    , m_token(token)
{
    setObjectName(QStringLiteral("editTokenDialog"));
    buildUi();
    retranslateUi();
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
        reason->setObjectName(QStringLiteral("editReason"));
        reason->setWordWrap(true);
        reason->setFrameShape(QFrame::StyledPanel);
        reason->setMargin(8);
        outer->addWidget(reason);
    }
    outer->addSpacing(8);

    addDescriptionField(outer, m_token.label);
    outer->addSpacing(10);

    if (m_token.isLegacy())
        m_legacyHint = DialogParts::hintLabel(QString(), this);
    addScopeField(outer, m_legacyHint);
    m_scopes->setScope(m_token.scope);
    outer->addSpacing(10);

    m_expiresLabel = DialogParts::sectionLabel(QString(), nullptr, this);
    outer->addWidget(m_expiresLabel);
    m_expires = DialogParts::selectableLabel(QString(), this, true);
    m_expires->setObjectName(QStringLiteral("expiresValue"));
    outer->addWidget(m_expires);
    m_expiresHint = DialogParts::hintLabel(QString(), this);
    outer->addWidget(m_expiresHint);

    addFormEnd(outer, QStringLiteral("saveButton"), isEditable() ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);

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
        m_submit->setVisible(false);
        m_cancel->setDefault(true);
    }

    setTabOrder(m_description, m_scopes->button(TokenScope::PublicRead));
    setTabOrder(m_scopes->button(TokenScope::PublicRead), m_submit);
    setTabOrder(m_submit, m_cancel);
    DialogParts::setPreferredWidth(this, 480);
    DialogParts::refitWhenShown(this);
    if (isEditable()) {
        m_description->setFocus();
        m_description->selectAll();
    } else {
        m_description->setCursorPosition(0);
        m_cancel->setFocus();
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
    retranslateFields();
    if (m_legacyHint)
        m_legacyHint->setText(tr("This token was made before access permissions existed and has full access. Choose "
                                 "a permission to restrict it."));
    m_expiresLabel->setText(tr("Expiration date"));
    m_expires->setText(m_token.neverExpires() ? tr("Never", "expires")
                                              : DialogParts::formatDateTime(m_token.expiresAt));
    m_expires->setAccessibleName(tr("Expiration date"));
    m_expiresHint->setText(tr("Expiration dates can't be changed. Generate a new token to set a new one."));
    m_submit->setText(isBusy() ? tr("Saving…") : tr("Save"));
    m_submit->setAccessibleName(tr("Save"));
    updateState();
    DialogParts::refit(this);
}

void EditTokenDialog::updateState()
{
    const QString label = m_description->text().trimmed();
    const int count = updateDescriptionCounter();
    const bool labelOk = count >= 1 && count <= DialogParts::MaxDescriptionLength;
    if (count > DialogParts::MaxDescriptionLength)
        DialogParts::setError(m_descriptionError, descriptionTooLongText());
    else if (count == 0 && isEditable())
        DialogParts::setError(m_descriptionError, tr("Enter a description."));
    else if (m_descriptionError->property("local").toBool())
        DialogParts::setError(m_descriptionError, QString());
    m_descriptionError->setProperty("local", count == 0 || count > DialogParts::MaxDescriptionLength);

    const bool changed = label != m_token.label || m_scopes->scope() != m_token.scope;
    m_submit->setEnabled(isEditable() && labelOk && changed && !isBusy());
}

void EditTokenDialog::lockInputs(bool busy)
{
    m_description->setReadOnly(busy || !isEditable());
    m_scopes->setReadOnly(busy || !isEditable());
    m_submit->setText(busy ? tr("Saving…") : tr("Save"));
}

void EditTokenDialog::submit()
{
    updateState();
    if (isBusy() || requestInFlight() || !m_submit->isEnabled() || !m_submit->isVisible())
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

    m_core->update(m_token.uuid, patch, this, [this](const ApiResult<AccessToken> &r) { onFinished(r); });
    startRequest();
}

bool EditTokenDialog::showFieldError(Field field, const QString &text)
{
    switch (field) {
    case Field::Description: DialogParts::setError(m_descriptionError, text); return true;
    case Field::Scope: DialogParts::setError(m_scopeError, text); return true;
    default: return false; // the expiry can't be changed here
    }
}

void EditTokenDialog::onFinished(const ApiResult<AccessToken> &result)
{
    requestFinished();
    if (result.ok()) {
        m_token = result.value;
        Q_EMIT tokenUpdated(result.value);
        accept();
        return;
    }
    showFailure(*result.error,
                tr("Your session expired. Sign in again, then select Save once more. "
                   "Your changes are kept."));
}
