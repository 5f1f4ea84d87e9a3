#include "RotateDialog.h"

#include "DialogParts.h"
#include "Prompter.h"
#include "TokenCreatedDialog.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerInspectJob.h"
#include "app/docker/DockerText.h"
#include "app/tokens/TokenCore.h"
#include "app/tokens/TokenRotation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The expiry choices, in the combo box's order.
enum Choice { SameLifetime, Days30, Days90, Never };

} // namespace

RotateDialog::RotateDialog(TokenCore *core, DockerCredentials *docker, const AccessToken &old, bool dockerUsesOld,
                           const QString &username, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_dockerCredentials(docker)
    , m_old(old)
    , m_dockerUsesOld(dockerUsesOld)
    , m_username(username)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("rotateDialog"));
    auto *outer = new QVBoxLayout(this);
    outer->setSpacing(8);
    m_title = DialogParts::titleLabel(QString(), this);
    outer->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);

    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("expiryCombo"));
    for (int i = 0; i <= Never; ++i)
        m_expiry->addItem(QString());
    m_expiryLabel = DialogParts::sectionLabel(QString(), m_expiry, this);
    outer->addWidget(m_expiryLabel);
    outer->addWidget(m_expiry);

    m_docker = new QCheckBox(this);
    m_docker->setObjectName(QStringLiteral("dockerCheck"));
    m_docker->setChecked(dockerUsesOld);
    m_docker->setEnabled(!dockerUsesOld);
    m_docker->setVisible(docker != nullptr);
    outer->addWidget(m_docker);
    m_dockerNote = DialogParts::hintLabel(QString(), this);
    m_dockerNote->setVisible(docker != nullptr && dockerUsesOld);
    outer->addWidget(m_dockerNote);
    m_deleteOld = new QCheckBox(this);
    m_deleteOld->setObjectName(QStringLiteral("deleteOldCheck"));
    outer->addWidget(m_deleteOld);

    for (TokenRotation::Step step : TokenRotation::steps()) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1").arg(int(step)));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
        m_steps.append(label);
        outer->addWidget(label);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rotateSummary"));
    m_summary->setWordWrap(true);
    {
        QFont f = m_summary->font();
        f.setBold(true);
        m_summary->setFont(f);
    }
    m_summary->hide();
    outer->addWidget(m_summary);
    outer->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_rotate = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setDefault(true);
    // Retry stays out of the button box, which would show it again whenever it lays its buttons out.
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_retry);
    buttonRow->addWidget(buttons, 1);
    outer->addLayout(buttonRow);
    connect(m_rotate, &QPushButton::clicked, this, &RotateDialog::rotate);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_rotation) {
            m_retry->setEnabled(false);
            m_rotation->retry();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    retranslateUi();
    DialogParts::setPreferredWidth(this, 460);
    DialogParts::refitWhenShown(this);
}

RotateDialog *RotateDialog::openFor(TokenCore *core, DockerCredentials *docker, const QString &uuid, bool dockerUsesOld,
                                    const QString &username, ClipboardGuard *clipboard, QWidget *parent)
{
    const std::optional<AccessToken> token = core->token(uuid);
    if (!token)
        return nullptr;
    auto *dialog = new RotateDialog(core, docker, *token, dockerUsesOld, username, clipboard, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RotateDialog::retranslateUi()
{
    setWindowTitle(tr("Rotate token"));
    m_title->setText(tr("Rotate “%1”").arg(m_old.label));
    m_intro->setText(tr("A new token with the same description and access permissions replaces this one. You see "
                        "the new token once; then the old one is deactivated."));
    m_expiryLabel->setText(tr("Expiration date of the new token"));
    const QDateTime same = TokenRotation::defaultExpiry(m_old);
    m_expiry->setItemText(SameLifetime,
                          same.isValid()
                              ? tr("Same lifetime as the old token (until %1)").arg(DialogParts::formatDateTime(same))
                              : tr("Same as the old token (never expires)"));
    m_expiry->setItemText(Days30, tr("30 days"));
    m_expiry->setItemText(Days90, tr("90 days"));
    m_expiry->setItemText(Never, tr("Never", "expires"));
    m_docker->setText(tr("Sign Docker in with the new token"));
    m_dockerNote->setText(tr("Docker on this computer uses the old token: it is switched to the new one before the "
                             "old one is deactivated."));
    m_deleteOld->setText(tr("Delete the old token (instead of only deactivating it)"));
    m_rotate->setText(tr("Rotate"));
    m_retry->setText(tr("Retry"));
    updateSteps();
}

void RotateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RotateDialog::rotate()
{
    if (m_rotation)
        return;
    DockerCredentials *docker = m_dockerCredentials;
    // Asked to sign Docker in though it does not use the old token: look at what it keeps, and ask first.
    if (!docker || !m_docker->isChecked() || m_dockerUsesOld) {
        begin();
        return;
    }
    m_rotate->setEnabled(false);
    DockerInspectJob *job = docker->inspect();
    connect(job, &DockerInspectJob::finished, this, [this](const DockerResult<DockerLoginState> &state) {
        if (state.ok()) {
            const QString question = state.value.tokenUuid == m_old.uuid
                ? QString()
                : DockerText::replaceQuestion(state.value.replaces(QString()), state.value.registry);
            if (!question.isEmpty()
                && Prompter::instance().confirm(this, tr("Replace Docker's sign-in?"), question, QString(),
                                                tr("Replace"))
                    != Prompter::Answer::Accept) {
                m_rotate->setEnabled(true);
                return;
            }
        }
        // A failed look is the Docker step's to report (it looks again).
        begin();
    });
}

void RotateDialog::begin()
{
    RotationOptions options;
    switch (m_expiry->currentIndex()) {
    case Days30:
        options.expiresGiven = true;
        options.expiresAt = QDateTime::currentDateTimeUtc().addDays(30);
        break;
    case Days90:
        options.expiresGiven = true;
        options.expiresAt = QDateTime::currentDateTimeUtc().addDays(90);
        break;
    case Never: options.expiresGiven = true; break;
    default: break;
    }
    options.dockerLogin = m_docker->isChecked();
    options.deleteOld = m_deleteOld->isChecked();
    m_rotation = new TokenRotation(m_core, m_dockerCredentials, m_old, options, this);
    connect(m_rotation, &TokenRotation::stepChanged, this, &RotateDialog::updateSteps);
    connect(m_rotation, &TokenRotation::created, this, &RotateDialog::showCreated);
    connect(m_rotation, &TokenRotation::finished, this, [this](bool ok) {
        m_retry->setVisible(!ok);
        m_retry->setEnabled(!ok);
        m_close->setText(tr("Close"));
        updateSteps();
    });
    for (QWidget *w :
         {static_cast<QWidget *>(m_expiry), static_cast<QWidget *>(m_docker), static_cast<QWidget *>(m_deleteOld)})
        w->setEnabled(false);
    m_rotate->hide();
    for (QLabel *label : std::as_const(m_steps))
        label->show();
    m_summary->show();
    m_rotation->start();
    updateSteps();
}

void RotateDialog::updateSteps()
{
    if (!m_rotation)
        return;
    const QList<TokenRotation::Step> steps = TokenRotation::steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const TokenRotation::Step step = steps.at(i);
        QString mark;
        QString text = TokenRotation::stepName(step);
        switch (m_rotation->state(step)) {
        case TokenRotation::State::Waiting: mark = QStringLiteral("○"); break;
        case TokenRotation::State::Running: mark = QStringLiteral("…"); break;
        case TokenRotation::State::Done: mark = QStringLiteral("✓"); break;
        case TokenRotation::State::Skipped:
            mark = QStringLiteral("–");
            text = tr("%1 (not needed)").arg(text);
            break;
        case TokenRotation::State::Failed:
            mark = QStringLiteral("✗");
            text = tr("%1 — failed: %2").arg(text, m_rotation->error(step));
            break;
        }
        m_steps.at(i)->setText(mark + QLatin1Char(' ') + text);
    }
    m_summary->setText(m_rotation->summary());
    DialogParts::refit(this);
}

void RotateDialog::showCreated(const CreatedToken &created)
{
    // A copy in a buffer of its own, which the shown-once dialog wipes when it closes.
    CreatedToken copy;
    copy.token = created.token;
    copy.secret = QString(created.secret.constData(), created.secret.size());
    auto *shown = new TokenCreatedDialog(std::move(copy), m_username, m_clipboard, this);
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->open();
}
