#include "TokenCreatedDialog.h"

#include "ClipboardGuard.h"
#include "DialogParts.h"
#include "Prompter.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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

QLabel *commandLabel(const QString &command, const QString &accessibleName, QWidget *parent)
{
    auto *label = DialogParts::selectableLabel(command, parent);
    label->setFont(DialogParts::monospaceFont());
    label->setWordWrap(false);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setBackgroundRole(QPalette::Base);
    label->setAutoFillBackground(true);
    label->setAccessibleName(accessibleName);
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
    setWindowTitle(tr("Copy access token"));
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(8);
    outer->addWidget(DialogParts::titleLabel(tr("Copy access token"), this));

    auto *warning = new QLabel(
        tr("Copy the token now and store it somewhere safe, such as a credential manager. "
           "You won't be able to retrieve it again once you close this window."),
        this);
    warning->setWordWrap(true);
    warning->setAccessibleName(tr("Warning"));
    {
        QFont f = warning->font();
        f.setBold(true);
        warning->setFont(f);
    }
    outer->addWidget(warning);
    outer->addSpacing(4);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *description = DialogParts::selectableLabel(m_created.token.label, this, true);
    description->setAccessibleName(tr("Description"));
    form->addRow(tr("Description:"), description);
    auto *scope = DialogParts::selectableLabel(TokenScopes::displayName(m_created.token.scope), this);
    scope->setAccessibleName(tr("Access permissions"));
    form->addRow(tr("Access permissions:"), scope);
    auto *expires = DialogParts::selectableLabel(m_created.token.neverExpires()
                                                     ? tr("Never")
                                                     : DialogParts::formatDateTime(m_created.token.expiresAt),
                                                 this);
    expires->setAccessibleName(tr("Expiration date"));
    form->addRow(tr("Expiration date:"), expires);
    outer->addLayout(form);
    outer->addSpacing(4);

    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(this);
    m_secret->setReadOnly(true);
    m_secret->setFont(DialogParts::monospaceFont());
    m_secret->setAccessibleName(tr("Access token"));
    m_secret->setText(m_created.secret);
    m_secret->setCursorPosition(0);
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(QString(38, QLatin1Char('M'))));
    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setAccessibleName(tr("Copy"));
    m_copyButton->setAccessibleDescription(tr("Copy the access token to the clipboard"));
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyButton->setDefault(true);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copyButton);
    outer->addLayout(secretRow);
    m_copyStatus = DialogParts::hintLabel(QString(), this);
    m_copyStatus->setAccessibleName(tr("Clipboard status"));
    m_copyStatus->hide(); // until the first copy
    outer->addWidget(m_copyStatus);
    outer->addSpacing(8);

    auto *howTo = new QLabel(tr("To use it, sign in with the Docker CLI and enter the token when asked for a password:"),
                             this);
    howTo->setWordWrap(true);
    outer->addWidget(howTo);
    outer->addWidget(commandLabel(QStringLiteral("docker login --username %1").arg(m_username),
                                  tr("Sign-in command"), this));
    auto *howToStdin = new QLabel(tr("Or pass it on standard input, for example in a script:"), this);
    howToStdin->setWordWrap(true);
    outer->addWidget(howToStdin);
    outer->addWidget(
        commandLabel(QStringLiteral("echo $TOKEN | docker login --username %1 --password-stdin").arg(m_username),
                     tr("Sign-in command for scripts"), this));
    outer->addWidget(DialogParts::hintLabel(
        tr("Treat access tokens like your password and keep them secret."), this));
    outer->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);
    outer->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &TokenCreatedDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &TokenCreatedDialog::reject);
    connect(m_clipboard, &ClipboardGuard::countdown, this, &TokenCreatedDialog::showCountdown);
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this] {
        if (!m_copied)
            return;
        m_copyStatus->setText(tr("Clipboard cleared."));
        m_copyButton->setText(tr("Copy"));
    });
    connect(m_clipboard, &ClipboardGuard::released, this, [this] {
        if (!m_copied)
            return;
        m_copyStatus->setText(tr("Copied. The clipboard now holds something else."));
        m_copyButton->setText(tr("Copy"));
    });

    setTabOrder(m_secret, m_copyButton);
    setTabOrder(m_copyButton, close);
    m_copyButton->setFocus();
}

TokenCreatedDialog::~TokenCreatedDialog()
{
    wipe();
}

bool TokenCreatedDialog::hasCopied() const
{
    return m_copied;
}

void TokenCreatedDialog::copy()
{
    if (m_created.secret.isEmpty())
        return;
    m_clipboard->copySecret(m_created.secret);
    m_copied = true;
    m_copyButton->setText(tr("Copied"));
    m_copyStatus->show();
    DialogParts::refit(this);
    if (m_clipboard->clearDelay() > 0)
        showCountdown(m_clipboard->secondsLeft());
    else
        m_copyStatus->setText(tr("Copied to the clipboard."));
}

void TokenCreatedDialog::showCountdown(int secondsLeft)
{
    if (!m_copied)
        return;
    if (secondsLeft > 0)
        m_copyStatus->setText(tr("Copied. Clipboard clears in %n s.", nullptr, secondsLeft));
}

bool TokenCreatedDialog::mayClose()
{
    if (m_copied)
        return true;
    const auto answer = Prompter::instance().confirm(
        this, tr("Close without copying?"),
        tr("Close without copying?"),
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
