#include "SignInDialog.h"

#include "DialogParts.h"
#include "app/hub/SignInResult.h"
#include "app/session/SessionKeeper.h"
#include "app/session/SignInConversation.h"
#include "app/tokens/Account.h"
#include "models/ErrorText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int CodeLength = 6;

} // namespace

SignInDialog::SignInDialog(HubClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("signInDialog"));
    buildUi();
    retranslateUi();
    converse();
    updateButtons();
}

SignInDialog::~SignInDialog()
{
    delete m_conversation; // aborts a sign-in under way, before the prompt it asks goes
}

void SignInDialog::converse()
{
    if (m_conversation) {
        m_conversation->disconnect(this);
        m_conversation->cancel();
        m_conversation->deleteLater();
    }
    m_pending = {};
    m_conversation = new SignInConversation(m_client, this, this);
    SignInConversation::Policy policy;
    policy.codeTries = 0;
    policy.passwordTries = 0;
    policy.askAgainOnFailure = true;
    m_conversation->setPolicy(policy);
    connect(m_conversation, &SignInConversation::finished, this, &SignInDialog::onFinished);
    m_conversation->ask(m_username->text().trimmed(), false);
}

void SignInDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(12);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->hide();
    outer->addWidget(m_notice);

    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // Page 1: username and password.
    auto *credentials = new QWidget(m_pages);
    auto *credLayout = new QVBoxLayout(credentials);
    credLayout->setContentsMargins(0, 0, 0, 0);
    credLayout->setSpacing(8);
    m_title = DialogParts::titleLabel(QString(), credentials);
    credLayout->addWidget(m_title);
    m_server = DialogParts::hintLabel(QString(), credentials);
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->hide();
    credLayout->addWidget(m_server);
    m_passwordHint = DialogParts::hintLabel(QString(), credentials);
    credLayout->addWidget(m_passwordHint);

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_username = new QLineEdit(credentials);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(credentials);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    form->addRow(QStringLiteral("-"), m_username); // label texts: retranslateUi()
    form->addRow(QStringLiteral("-"), m_password);
    credLayout->addLayout(form);
    m_stay = new QCheckBox(credentials); // texts: retranslateUi()
    m_stay->setObjectName(QStringLiteral("staySignedInBox"));
    m_stay->hide();
    credLayout->addWidget(m_stay);
    m_keychainNote = DialogParts::hintLabel(QString(), credentials);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->hide();
    credLayout->addWidget(m_keychainNote);
    m_dockerButton = new QPushButton(credentials);
    m_dockerButton->setObjectName(QStringLiteral("continueDockerButton"));
    m_dockerButton->setAutoDefault(false);
    m_dockerButton->hide();
    credLayout->addWidget(m_dockerButton, 0, Qt::AlignLeft);
    m_dockerHelp = DialogParts::hintLabel(QString(), credentials);
    m_dockerHelp->setObjectName(QStringLiteral("dockerHelp"));
    m_dockerHelp->hide();
    credLayout->addWidget(m_dockerHelp);
    connect(m_dockerButton, &QPushButton::clicked, this, [this] {
        clearError();
        m_dockerButton->setEnabled(false);
        Q_EMIT continueWithDockerRequested();
    });
    credLayout->addStretch(1);
    m_pages->addWidget(credentials);

    // Page 2: the two-factor code.
    auto *twoFactor = new QWidget(m_pages);
    auto *tfLayout = new QVBoxLayout(twoFactor);
    tfLayout->setContentsMargins(0, 0, 0, 0);
    tfLayout->setSpacing(8);
    m_codeTitle = DialogParts::titleLabel(QString(), twoFactor);
    tfLayout->addWidget(m_codeTitle);
    m_codeIntro = new QLabel(twoFactor);
    m_codeIntro->setWordWrap(true);
    tfLayout->addWidget(m_codeIntro);
    auto *codeForm = m_codeForm = new QFormLayout;
    m_code = new QLineEdit(twoFactor);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_code->setMaxLength(CodeLength);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    m_code->setPlaceholderText(QStringLiteral("000000"));
    QFont codeFont = DialogParts::monospaceFont();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.4);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(codeFont);
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 24);
    codeForm->addRow(QStringLiteral("-"), m_code);
    tfLayout->addLayout(codeForm);
    tfLayout->addStretch(1);
    m_pages->addWidget(twoFactor);

    m_error = DialogParts::errorLabel(QString(), this);
    m_error->setObjectName(QStringLiteral("signInError"));
    outer->addWidget(m_error);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signInProgress"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);
    outer->addWidget(m_busy);

    m_buttons = new QDialogButtonBox(this);
    m_backButton = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    QPushButton *cancel = m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    outer->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_backButton, &QPushButton::clicked, this, &SignInDialog::goBack);
    connect(m_username, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_code, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);

    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_stay);
    setTabOrder(m_stay, m_signInButton);
    setTabOrder(m_signInButton, cancel);

    DialogParts::setPreferredWidth(this, 440);
    DialogParts::refitWhenShown(this);
    showPage(0);
    m_username->setFocus();
}

void SignInDialog::setDockerOffer(const QString &username)
{
    m_dockerUser = username;
    m_dockerButton->setVisible(!username.isEmpty());
    m_dockerHelp->setVisible(!username.isEmpty());
    retranslateUi();
}

void SignInDialog::dockerFailed(const QString &title, const QString &message)
{
    m_dockerButton->setEnabled(true);
    m_errorAgain = {};
    showError(title, message);
    DialogParts::refit(this);
}

void SignInDialog::dockerSignedIn(const QString &username, const QString &jwt)
{
    m_usedDocker = true;
    Q_EMIT signedIn(username, jwt);
    accept();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to Docker Hub"));
    m_dockerButton->setText(tr("Continue as %1 (from Docker)").arg(m_dockerUser));
    m_dockerHelp->setText(tr("Docker Desktop or docker login in the browser keeps a Docker Hub session on this "
                             "computer. Continuing with it is the way in for accounts whose organization enforces "
                             "single sign-on (SSO). Only this choice is remembered: the session stays in Docker's "
                             "credential store and is read from there each time."));
    m_notice->setAccessibleName(tr("Notice"));
    m_title->setText(tr("Sign in to Docker Hub"));
    m_title->setAccessibleName(m_title->text());
    m_server->setAccessibleName(tr("Server"));
    m_server->setText(m_serverText.isEmpty() ? QString() : tr("Server: %1").arg(m_serverText));
    m_passwordHint->setText(tr("Use your Docker account password. Docker Hub only allows managing access tokens "
                               "after signing in with your password, not with an access token."));
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("Docker ID"));
    m_password->setAccessibleName(tr("Password"));
    m_stay->setText(tr("S&tay signed in"));
    m_stay->setAccessibleName(tr("Stay signed in"));
    m_stay->setToolTip(tr("Keeps your session (never your password) in this computer's keychain until it expires "
                          "or you sign out."));
    m_keychainNote->setAccessibleName(tr("Keychain"));
    if (m_keychainUnavailable)
        m_keychainNote->setText(SessionKeeper::unavailableMessage());
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_username)))
        label->setText(tr("&Username:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_password)))
        label->setText(tr("&Password:"));
    m_codeTitle->setText(tr("Two-factor authentication"));
    m_codeTitle->setAccessibleName(m_codeTitle->text());
    if (!m_pendingUser.isEmpty())
        m_codeIntro->setText(
            tr("Enter the 6-digit code from your authenticator app to finish signing in as %1.").arg(m_pendingUser));
    m_code->setAccessibleName(tr("Authentication code"));
    if (auto *label = qobject_cast<QLabel *>(m_codeForm->labelForField(m_code)))
        label->setText(tr("&Code:"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_busy->setAccessibleName(tr("Signing in"));
    m_backButton->setText(tr("Back"));
    m_backButton->setAccessibleName(tr("Back"));
    m_backButton->setAccessibleDescription(tr("Go back to change the username"));
    m_signInButton->setText(isBusy() ? tr("Signing in…") : tr("Sign in"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    if (m_errorAgain)
        m_errorAgain();
    DialogParts::refit(this);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    DialogParts::refit(this);
}

void SignInDialog::setServerLabel(const QString &text)
{
    m_serverText = text;
    m_server->setText(text.isEmpty() ? QString() : tr("Server: %1").arg(text));
    m_server->setVisible(!text.isEmpty());
    DialogParts::refit(this);
}

void SignInDialog::setStaySignedInVisible(bool visible)
{
    m_stay->setVisible(visible);
    m_keychainNote->setVisible(visible && !m_keychainNote->text().isEmpty());
    DialogParts::refit(this);
}

void SignInDialog::setStaySignedIn(bool stay)
{
    m_stay->setChecked(stay && m_stay->isEnabled());
}

bool SignInDialog::staySignedIn() const
{
    // isHidden(), not isVisible(): on the code page the first page, and so the box, is not shown.
    return !m_stay->isHidden() && m_stay->isEnabled() && m_stay->isChecked();
}

void SignInDialog::setKeychainUnavailable(bool unavailable)
{
    m_keychainUnavailable = unavailable;
    m_stay->setEnabled(!unavailable);
    if (unavailable)
        m_stay->setChecked(false);
    m_keychainNote->setText(unavailable ? SessionKeeper::unavailableMessage() : QString());
    m_keychainNote->setVisible(unavailable && !m_stay->isHidden());
    DialogParts::refit(this);
}

void SignInDialog::updateButtons()
{
    const bool busy = isBusy();
    const bool onCode = m_pages->currentIndex() == 1;
    bool ready = false;
    if (onCode)
        ready = m_code->text().size() == CodeLength;
    else
        ready = !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    m_signInButton->setEnabled(ready && !busy);
    m_backButton->setVisible(onCode);
    m_backButton->setEnabled(!busy);
}

void SignInDialog::setBusy(bool busy)
{
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_busy->setVisible(busy);
    DialogParts::refit(this);
    m_signInButton->setText(busy ? tr("Signing in…") : tr("Sign in"));
    updateButtons();
}

void SignInDialog::showError(const QString &title, const QString &message)
{
    DialogParts::setError(m_error, title, message);
}

void SignInDialog::clearError()
{
    m_errorAgain = {};
    DialogParts::setError(m_error, QString());
}

void SignInDialog::submit()
{
    if (isBusy() || !m_signInButton->isEnabled())
        return;
    clearError();
    const bool onCode = m_pages->currentIndex() == 1;
    if (!onCode)
        m_pendingUser = m_username->text().trimmed();
    const Answer answer = std::exchange(m_pending, {});
    setBusy(true);
    // The username; the conversation then asks the password, which the same page answers at once.
    answer(onCode ? m_code->text() : m_pendingUser);
}

void SignInDialog::waitFor(Answer answer)
{
    m_pending = std::move(answer);
    setBusy(false);
}

void SignInDialog::askUsername(const QString &, Answer answer)
{
    waitFor(std::move(answer));
    if (m_pages->currentIndex() != 0) {
        m_code->clear();
        showPage(0);
        updateButtons();
    }
    if (m_errorAgain) { // asked again after a failure: the password is what to mend, most likely
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::askPassword(const QString &, Answer answer)
{
    answer(m_password->text()); // typed on the page that gave the username
}

void SignInDialog::askCode(const QString &username, Answer answer)
{
    waitFor(std::move(answer));
    if (m_pages->currentIndex() != 1) {
        m_pendingUser = username;
        m_password->setText(QString()); // not needed any more
        m_codeIntro->setText(
            tr("Enter the 6-digit code from your authenticator app to finish signing in as %1.").arg(username));
        m_code->clear();
        showPage(1);
        updateButtons();
        m_code->setFocus();
        return;
    }
    if (std::exchange(m_codeWasWrong, false))
        m_code->clear();
    else
        m_code->selectAll();
    m_code->setFocus();
}

void SignInDialog::tell(Notice notice)
{
    switch (notice) {
    case Notice::WrongCode:
        m_codeWasWrong = true;
        m_errorAgain = [this] {
            showError(tr("Wrong code"),
                      tr("Check the code in your authenticator app and try again. Codes change every 30 seconds."));
        };
        break;
    }
    m_errorAgain();
}

void SignInDialog::tellError(const ApiError &error)
{
    m_codeWasWrong = false;
    m_errorAgain = [this, error] { showError(ErrorText::title(error), ErrorText::message(error)); };
    m_errorAgain();
}

void SignInDialog::showPage(int index)
{
    // A stacked widget is as tall as its tallest page: let only the shown page count, then fit the window to it.
    for (int i = 0; i < m_pages->count(); ++i) {
        const QSizePolicy::Policy p = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(p, p);
    }
    m_pages->setCurrentIndex(index);
    m_pages->adjustSize();
    DialogParts::refit(this);
}

void SignInDialog::goBack()
{
    if (isBusy())
        return;
    clearError();
    m_conversation->startOver(); // asks the username again: the first page
    m_username->setFocus();
    m_username->selectAll();
}

void SignInDialog::onFinished(const SignInResult &result)
{
    // Only a sign-in or Cancel ends the conversation: every failure was told, and asked again.
    if (!result.ok())
        return;
    m_pending = {};
    setBusy(false);
    m_password->setText(QString());
    m_code->setText(QString());
    Q_EMIT signedIn(m_conversation->username(), result.value.jwt);
    accept();
}

void SignInDialog::reject()
{
    converse(); // gives up the sign-in under way; the dialog, if shown again, starts afresh
    m_password->setText(QString());
    m_code->setText(QString());
    QDialog::reject();
}
