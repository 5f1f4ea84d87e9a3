#include "TokenCreatedDialog.h"

#include "ClipboardGuard.h"
#include "DialogParts.h"
#include "DockerLoginPanel.h"
#include "ElidedLabel.h"
#include "Prompter.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Used only if the caller passes no guard: one for the whole app, so closing a dialog doesn't clear the clipboard.
ClipboardGuard *fallbackGuard()
{
    static QPointer<ClipboardGuard> guard;
    if (!guard)
        guard = new ClipboardGuard(QCoreApplication::instance());
    return guard;
}

QLabel *commandLabel(const QString &command, QWidget *parent)
{
    auto *label = DialogParts::selectableLabel(command, parent);
    label->setFont(DialogParts::monospaceFont());
    label->setWordWrap(false);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setBackgroundRole(QPalette::Base);
    label->setAutoFillBackground(true);
    return label;
}

} // namespace

TokenCreatedDialog::TokenCreatedDialog(CreatedToken created, const QString &username, ClipboardGuard *clipboard,
                                       QWidget *parent)
    : QDialog(parent)
    , m_created(std::move(created))
    , m_username(username)
    , m_clipboard(clipboard ? clipboard : fallbackGuard())
{
    setObjectName(QStringLiteral("tokenCreatedDialog"));
    auto *outer = m_outer = new QVBoxLayout(this);
    outer->setSpacing(8);
    m_title = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_title);

    auto *warning = m_warning = new QLabel(this);
    warning->setWordWrap(true);
    {
        QFont f = warning->font();
        f.setBold(true);
        warning->setFont(f);
    }
    outer->addWidget(warning);
    outer->addSpacing(4);

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Up to 100 characters, perhaps without a space: cut in the middle rather than widening the dialog past the screen.
    m_description = new ElidedLabel(m_created.token.label, this);
    m_description->setObjectName(QStringLiteral("createdDescription"));
    form->addRow(QStringLiteral("-"), m_description); // label texts: retranslateUi()
    m_scope = DialogParts::selectableLabel(QString(), this);
    form->addRow(QStringLiteral("-"), m_scope);
    m_expires = DialogParts::selectableLabel(QString(), this);
    form->addRow(QStringLiteral("-"), m_expires);
    outer->addLayout(form);
    outer->addSpacing(4);

    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(this);
    m_secret->setReadOnly(true);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setFont(DialogParts::monospaceFont());
    m_secret->setText(m_created.secret);
    m_secret->setCursorPosition(0);
    // Every way to copy the secret goes through the guard: Ctrl+C (eventFilter) and the field's own menu.
    m_secret->installEventFilter(this);
    m_secret->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_secret, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(m_secret);
        menu.addAction(tr("Copy"), this, &TokenCreatedDialog::copy);
        menu.exec(m_secret->mapToGlobal(pos));
    });
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(QString(38, QLatin1Char('M'))));
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyButton->setDefault(true);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copyButton);
    outer->addLayout(secretRow);
    m_copyStatus = DialogParts::hintLabel(QString(), this);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));
    m_copyStatus->hide(); // until the first copy
    outer->addWidget(m_copyStatus);
    outer->addSpacing(8);

    m_howTo = new QLabel(this);
    m_howTo->setWordWrap(true);
    outer->addWidget(m_howTo);
    m_command = commandLabel(QStringLiteral("docker login --username %1").arg(m_username), this);
    outer->addWidget(m_command);
    m_howToStdin = new QLabel(this);
    m_howToStdin->setWordWrap(true);
    outer->addWidget(m_howToStdin);
    m_commandStdin =
        commandLabel(QStringLiteral("echo $TOKEN | docker login --username %1 --password-stdin").arg(m_username), this);
    outer->addWidget(m_commandStdin);
    m_keepSecret = DialogParts::hintLabel(QString(), this);
    outer->addWidget(m_keepSecret);
    outer->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = m_close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    outer->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &TokenCreatedDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &TokenCreatedDialog::reject);
    connect(m_clipboard, &ClipboardGuard::countdown, this, &TokenCreatedDialog::showCountdown);
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (!m_copied)
            return;
        m_copyState = CopyState::Cleared;
        updateCopyStatus();
    });
    connect(m_clipboard, &ClipboardGuard::released, this, [this] {
        if (!m_copied)
            return;
        m_copyState = CopyState::Released;
        updateCopyStatus();
    });

    setTabOrder(m_secret, m_copyButton);
    setTabOrder(m_copyButton, close);
    retranslateUi();
    DialogParts::refitWhenShown(this);
    m_copyButton->setFocus();
}

void TokenCreatedDialog::retranslateUi()
{
    setWindowTitle(tr("Copy access token"));
    m_title->setText(tr("Copy access token"));
    m_title->setAccessibleName(m_title->text());
    m_warning->setText(tr("Copy the token now and store it somewhere safe, such as a credential manager. "
                          "You won't be able to retrieve it again once you close this window."));
    m_warning->setAccessibleName(tr("Warning"));
    const auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    m_description->setAccessibleName(tr("Description"));
    setLabel(m_description, tr("Description:"));
    m_scope->setText(TokenScopes::displayName(m_created.token.scope));
    m_scope->setAccessibleName(tr("Access permissions"));
    setLabel(m_scope, tr("Access permissions:"));
    m_expires->setText(m_created.token.neverExpires() ? tr("Never", "expires")
                                                      : DialogParts::formatDateTime(m_created.token.expiresAt));
    m_expires->setAccessibleName(tr("Expiration date"));
    setLabel(m_expires, tr("Expiration date:"));
    m_secret->setAccessibleName(tr("Access token"));
    m_copyButton->setAccessibleName(tr("Copy"));
    m_copyButton->setAccessibleDescription(tr("Copy the access token to the clipboard"));
    m_copyStatus->setAccessibleName(tr("Clipboard status"));
    m_howTo->setText(tr("To use it, sign in with the Docker CLI and enter the token when asked for a password:"));
    m_command->setAccessibleName(tr("Sign-in command"));
    m_howToStdin->setText(tr("Or pass it on standard input, for example in a script:"));
    m_commandStdin->setAccessibleName(tr("Sign-in command for scripts"));
    m_keepSecret->setText(tr("Treat access tokens like your password and keep them secret."));
    m_close->setAccessibleName(tr("Close"));
    updateCopyStatus();
    DialogParts::refit(this);
}

void TokenCreatedDialog::updateCopyStatus()
{
    switch (m_copyState) {
    case CopyState::None: m_copyButton->setText(tr("Copy")); return;
    case CopyState::Copied:
        m_copyButton->setText(tr("Copied"));
        m_copyStatus->setText(tr("Copied to the clipboard."));
        return;
    case CopyState::Counting:
        m_copyButton->setText(tr("Copied"));
        m_copyStatus->setText(tr("Copied. Clipboard clears in %n s.", nullptr, m_secondsLeft));
        return;
    case CopyState::Cleared:
        m_copyButton->setText(tr("Copy"));
        m_copyStatus->setText(tr("Clipboard cleared."));
        return;
    case CopyState::Released:
        m_copyButton->setText(tr("Copy"));
        m_copyStatus->setText(tr("Copied. The clipboard now holds something else."));
        return;
    }
}

void TokenCreatedDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

TokenCreatedDialog::~TokenCreatedDialog()
{
    wipe();
}

bool TokenCreatedDialog::hasCopied() const
{
    return m_copied;
}

void TokenCreatedDialog::setDocker(DockerCredentials *docker)
{
    if (!docker || m_dockerPanel)
        return;
    m_dockerPanel = new DockerLoginPanel(
        docker, m_username, m_created.token.uuid, [this] { return m_created.secret; }, this);
    m_outer->insertWidget(m_outer->indexOf(m_copyStatus) + 1, m_dockerPanel);
    setTabOrder(m_copyButton, m_dockerPanel);
    setTabOrder(m_dockerPanel, m_close);
    DialogParts::refit(this);
}

void TokenCreatedDialog::copy()
{
    if (m_created.secret.isEmpty())
        return;
    m_clipboard->copySecret(m_created.secret);
    m_copied = true;
    m_copyState = CopyState::Copied;
    m_copyStatus->show();
    updateCopyStatus();
    if (m_clipboard->clearDelay() > 0)
        showCountdown(m_clipboard->secondsLeft());
    DialogParts::refit(this);
}

void TokenCreatedDialog::showCountdown(int secondsLeft)
{
    if (!m_copied)
        return;
    if (secondsLeft > 0) {
        m_copyState = CopyState::Counting;
        m_secondsLeft = secondsLeft;
        updateCopyStatus();
    }
}

bool TokenCreatedDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_secret && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copy();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool TokenCreatedDialog::clipboardHoldsSecret() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard || m_created.secret.isEmpty())
        return false;
    if (clipboard->text(QClipboard::Clipboard) == m_created.secret)
        return true;
    return clipboard->supportsSelection() && clipboard->text(QClipboard::Selection) == m_created.secret;
}

bool TokenCreatedDialog::mayClose()
{
    if (m_copied || clipboardHoldsSecret() || (m_dockerPanel && m_dockerPanel->isSignedIn()))
        return true;
    const auto answer = Prompter::instance().confirm(
        this, tr("Close without copying?"), tr("Close without copying?"),
        tr("You haven't copied the access token. You won't be able to retrieve it again once you close this window."),
        tr("Close without copying"), true);
    return answer == Prompter::Answer::Accept;
}

void TokenCreatedDialog::done(int result)
{
    // Close, Esc and the window's X all end here.
    if (!m_created.secret.isEmpty() && !mayClose())
        return;
    wipe();
    QDialog::done(result);
}

void TokenCreatedDialog::wipe()
{
    // The line edit first (setText, unlike clear(), leaves nothing in its undo history), so that our string is the
    // only one left referring to the characters; then overwrite them in place.
    if (m_secret)
        m_secret->setText(QString());
    m_created.wipeSecret();
}
