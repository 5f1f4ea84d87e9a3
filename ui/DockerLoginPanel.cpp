#include "DockerLoginPanel.h"

#include "DialogParts.h"
#include "Prompter.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerInspectJob.h"
#include "app/docker/DockerSignInJob.h"
#include "app/docker/DockerText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DockerLoginPanel::DockerLoginPanel(DockerCredentials *docker, const QString &username, const QString &tokenUuid,
                                   std::function<QString()> secret, QWidget *parent)
    : QWidget(parent)
    , m_docker(docker)
    , m_username(username)
    , m_tokenUuid(tokenUuid)
    , m_secret(std::move(secret))
{
    setObjectName(QStringLiteral("dockerLoginPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("dockerLoginButton"));
    m_button->setAutoDefault(false);
    m_button->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    row->addWidget(m_button);
    row->addStretch(1);
    layout->addLayout(row);
    m_status = DialogParts::hintLabel(QString(), this);
    m_status->setObjectName(QStringLiteral("dockerLoginStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    connect(m_button, &QPushButton::clicked, this, &DockerLoginPanel::start);
    retranslateUi();
}

void DockerLoginPanel::retranslateUi()
{
    m_button->setText(tr("Sign Docker in with this token"));
    m_button->setToolTip(tr("Store the token in Docker's credential store, as docker login does, so that the Docker "
                            "CLI on this computer uses it."));
}

void DockerLoginPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DockerLoginPanel::showResult(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->show();
    m_button->setEnabled(!ok);
    DialogParts::refit(window());
}

void DockerLoginPanel::showFailure(const DockerError &error)
{
    showResult(DockerText::title(error) + QStringLiteral(". ") + DockerText::message(error), false);
}

void DockerLoginPanel::start()
{
    if (!m_docker)
        return;
    m_button->setEnabled(false);
    DockerInspectJob *job = m_docker->inspect();
    connect(job, &DockerInspectJob::finished, this, [this](const DockerResult<DockerLoginState> &state) {
        if (!state.ok()) {
            showFailure(*state.error);
            return;
        }
        if (!state.value.hasCredentialStore() && !offerStore(state.value.configPath))
            return;
        const QString secret = m_secret ? m_secret() : QString();
        const QString question =
            DockerText::replaceQuestion(state.value.replaces(StoredLogin::fingerprintOf(secret)), state.value.registry);
        if (!question.isEmpty()) {
            const QString who = state.value.entry.username.isEmpty()
                ? QString()
                : tr("It is signed in as %1.").arg(state.value.entry.username);
            const auto answer = Prompter::instance().confirm(this, tr("Replace Docker's sign-in?"), question, who,
                                                             tr("Replace"), false);
            if (answer != Prompter::Answer::Accept) {
                showResult(tr("Docker's sign-in was left as it was."), false);
                return;
            }
        }
        store();
    });
}

bool DockerLoginPanel::offerStore(const QString &configPath)
{
    DockerError none;
    none.kind = DockerError::Kind::NoCredentialStore;
    none.path = configPath;
    const QStringList stores = DockerCredentials::installedStores();
    if (stores.isEmpty()) {
        showFailure(none);
        return false;
    }
    // With consent: Docker's own setting, changed in its config.json (every other key kept).
    const QString helper = stores.constFirst();
    const auto answer = Prompter::instance().confirm(
        this, tr("Choose a credential store for Docker?"), DockerText::title(none),
        tr("Docker keeps sign-ins in %1 itself, and this app never writes a secret there. Set Docker to keep them "
           "with docker-credential-%2 instead? This changes credsStore in that file, for every program that uses "
           "Docker.")
            .arg(configPath, helper),
        tr("Use %1").arg(helper), false);
    if (answer != Prompter::Answer::Accept) {
        showResult(DockerText::message(none), false);
        return false;
    }
    const DockerResult<DockerConfig> set = m_docker->setCredsStore(helper);
    if (!set.ok()) {
        showFailure(*set.error);
        return false;
    }
    return true;
}

void DockerLoginPanel::store()
{
    QString secret = m_secret ? m_secret() : QString();
    if (!m_docker || secret.isEmpty()) {
        showResult(tr("The token is no longer here to store."), false);
        return;
    }
    DockerSignInJob *job = m_docker->signIn(m_username, secret, m_tokenUuid);
    connect(job, &DockerSignInJob::finished, this, [this](const DockerResult<DockerSignedIn> &done) {
        if (!done.ok()) {
            showFailure(*done.error);
            return;
        }
        m_signedIn = true;
        showResult(tr("Docker is signed in to %1 as %2 with this token (docker-credential-%3).")
                       .arg(done.value.registry, m_username, done.value.helper),
                   true);
        Q_EMIT signedIn();
    });
}
