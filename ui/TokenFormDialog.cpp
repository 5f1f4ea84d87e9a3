#include "TokenFormDialog.h"

#include "DialogParts.h"
#include "ScopePicker.h"
#include "models/ApiError.h"
#include "models/ErrorText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

TokenFormDialog::TokenFormDialog(TokenCore *core, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
{
}

TokenFormDialog::~TokenFormDialog()
{
    abandonRequest();
}

void TokenFormDialog::abandonRequest()
{
    if (std::exchange(m_waiting, false) && m_abandon)
        m_abandon();
    m_abandon = {};
}

void TokenFormDialog::reject()
{
    abandonRequest();
    QDialog::reject();
}

void TokenFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TokenFormDialog::addDescriptionField(QVBoxLayout *outer, const QString &text)
{
    m_description = new QLineEdit(text, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionLabel = DialogParts::sectionLabel(QString(), m_description, this);
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
}

void TokenFormDialog::addScopeField(QVBoxLayout *outer, QLabel *hint)
{
    m_scopes = new ScopePicker(this);
    m_scopes->setObjectName(QStringLiteral("scopePicker"));
    m_scopeLabel = DialogParts::sectionLabel(QString(), m_scopes->button(TokenScope::PublicRead), this);
    outer->addWidget(m_scopeLabel);
    if (hint)
        outer->addWidget(hint);
    outer->addWidget(m_scopes);
    m_scopeError = DialogParts::errorLabel(QString(), this);
    m_scopeError->setObjectName(QStringLiteral("scopeError"));
    outer->addWidget(m_scopeError);
}

void TokenFormDialog::addFormEnd(QVBoxLayout *outer, const QString &submitName, QDialogButtonBox::StandardButton cancel)
{
    outer->addSpacing(6);
    m_formError = DialogParts::errorLabel(QString(), this);
    m_formError->setObjectName(QStringLiteral("formError"));
    outer->addWidget(m_formError);
    outer->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_submit = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(submitName);
    m_submit->setDefault(true);
    m_cancel = m_buttons->addButton(cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TokenFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TokenFormDialog::reject);
}

void TokenFormDialog::retranslateFields()
{
    m_description->setAccessibleName(tr("Description"));
    m_descriptionLabel->setText(tr("&Description"));
    m_descriptionHint->setText(tr("Use something that indicates the use case or purpose of the token."));
    m_counter->setAccessibleName(tr("Description length"));
    m_descriptionError->setAccessibleName(tr("Description error"));
    m_scopes->setAccessibleName(tr("Access permissions"));
    m_scopeLabel->setText(tr("Access permissions"));
    m_scopeError->setAccessibleName(tr("Access permissions error"));
    m_formError->setAccessibleName(tr("Error"));
    // The standard button's text comes from Qt's own catalog.
    m_cancel->setAccessibleName(m_buttons->standardButton(m_cancel) == QDialogButtonBox::Close ? tr("Close")
                                                                                               : tr("Cancel"));
}

int TokenFormDialog::updateDescriptionCounter()
{
    const QString text = m_description->text().trimmed();
    DialogParts::updateCounter(m_counter, text);
    return DialogParts::characterCount(text);
}

QString TokenFormDialog::descriptionTooLongText()
{
    // A plain variable as the count: lupdate 6.4 can loop forever on anything more.
    const int max = DialogParts::MaxDescriptionLength;
    return tr("The description can be at most %n characters long.", nullptr, max);
}

void TokenFormDialog::startRequest(std::function<void()> abandon)
{
    m_waiting = true;
    m_abandon = std::move(abandon);
    setBusy(true);
}

bool TokenFormDialog::requestInFlight() const
{
    return m_waiting;
}

void TokenFormDialog::requestFinished()
{
    m_waiting = false;
    m_abandon = {};
    setBusy(false);
}

void TokenFormDialog::setBusy(bool busy)
{
    m_busy = busy;
    lockInputs(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateState();
}

void TokenFormDialog::showFailure(const ApiError &error, const QString &sessionExpiredText)
{
    switch (error.kind) {
    case ApiError::Kind::Cancelled: return;
    case ApiError::Kind::Validation: {
        QStringList other;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            const QString text = it.value().join(QLatin1Char(' '));
            Field field = Field::Other;
            if (it.key().contains(QLatin1String("label"), Qt::CaseInsensitive))
                field = Field::Description;
            else if (it.key().contains(QLatin1String("scope"), Qt::CaseInsensitive))
                field = Field::Scope;
            else if (it.key().contains(QLatin1String("expir"), Qt::CaseInsensitive))
                field = Field::Expiry;
            if (field == Field::Other || !showFieldError(field, text))
                other += text;
        }
        if (!other.isEmpty())
            DialogParts::setError(m_formError, other.join(QLatin1Char(' ')));
        else if (error.fieldErrors.isEmpty())
            DialogParts::setError(m_formError, ErrorText::message(error));
        break;
    }
    case ApiError::Kind::SessionExpired:
        DialogParts::setError(m_formError, sessionExpiredText);
        Q_EMIT sessionExpired();
        break;
    default: DialogParts::setError(m_formError, ErrorText::title(error), ErrorText::message(error)); break;
    }
}
