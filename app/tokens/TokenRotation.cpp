#include "TokenRotation.h"

#include "Account.h"
#include "TokenCore.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerInspectJob.h"
#include "app/docker/DockerSignInJob.h"
#include "app/docker/DockerText.h"
#include "models/ErrorText.h"
#include "models/SecretWipe.h"

#include <memory>

TokenRotation::TokenRotation(TokenCore *core, DockerCredentials *docker, const AccessToken &old,
                             const RotationOptions &options, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_docker(docker)
    , m_old(old)
    , m_options(options)
    , m_expiry(options.expiresGiven ? options.expiresAt : defaultExpiry(old))
{
}

TokenRotation::~TokenRotation()
{
    wipe();
}

QDateTime TokenRotation::defaultExpiry(const AccessToken &old, const QDateTime &now)
{
    if (old.neverExpires() || !old.createdAt.isValid() || old.expiresAt <= old.createdAt)
        return QDateTime();
    const qint64 lifetime = old.createdAt.secsTo(old.expiresAt);
    const QDateTime latest = now.addYears(1).addSecs(-60); // the Hub allows at most a year
    const QDateTime when = now.addSecs(lifetime);
    return when > latest ? latest : when;
}

QString TokenRotation::stepName(Step step)
{
    switch (step) {
    case Step::Create: return tr("Create the new token");
    case Step::Docker: return tr("Sign Docker in with the new token");
    case Step::Deactivate: return tr("Deactivate the old token");
    case Step::Delete: return tr("Delete the old token");
    }
    return {};
}

bool TokenRotation::isRunning() const
{
    for (Step s : steps()) {
        if (state(s) == State::Running)
            return true;
    }
    return false;
}

void TokenRotation::start()
{
    if (isRunning() || m_finished || m_failed)
        return;
    run(Step::Create);
}

void TokenRotation::retry()
{
    if (!m_failed || isRunning())
        return;
    const Step step = *m_failed;
    m_failed.reset();
    run(step);
}

void TokenRotation::set(Step step, State state, const QString &error)
{
    m_states.insert(int(step), state);
    if (error.isEmpty())
        m_errors.remove(int(step));
    else
        m_errors.insert(int(step), error);
    Q_EMIT stepChanged(step, state);
}

void TokenRotation::run(Step step)
{
    if (!m_core) {
        fail(step, tr("The list of tokens is gone."));
        return;
    }
    set(step, State::Running);
    switch (step) {
    case Step::Create: create(); break;
    case Step::Docker: docker(); break;
    case Step::Deactivate: deactivate(); break;
    case Step::Delete: remove(); break;
    }
}

void TokenRotation::next(Step after)
{
    const QList<Step> all = steps();
    const qsizetype i = all.indexOf(after);
    if (i + 1 < all.size()) {
        run(all.at(i + 1));
        return;
    }
    m_finished = true;
    wipe();
    Q_EMIT finished(true);
}

void TokenRotation::fail(Step step, const QString &error)
{
    m_failed = step;
    set(step, State::Failed, error);
    Q_EMIT finished(false);
}

void TokenRotation::create()
{
    TokenDraft draft;
    draft.label = m_old.label;
    // The old token's permission. A legacy token (made before scopes) has full access: Read, Write, Delete is the
    // new scope that keeps what it could do, so whatever used it keeps working with the new one.
    draft.scope = m_old.scope.value_or(TokenScope::Admin);
    draft.expiresAt = m_expiry;
    CreateJob *job = m_core->create(draft);
    connect(job, &CreateJob::finished, this, [this](const CreateOutcome &outcome) {
        if (!outcome.created) {
            QString why = ErrorText::line(outcome.error.value_or(ApiError{}));
            if (outcome.orphan)
                why = tr("A token “%1” (%2) was created but the reply with its secret was lost; deactivate or delete "
                         "it. %3")
                          .arg(outcome.orphan->label, outcome.orphan->uuid, why);
            fail(Step::Create, why);
            return;
        }
        m_new = outcome.created->token;
        m_secret = outcome.created->secret;
        set(Step::Create, State::Done);
        Q_EMIT created(*outcome.created);
        next(Step::Create);
    });
}

void TokenRotation::docker()
{
    if (!m_docker) {
        set(Step::Docker, State::Skipped);
        next(Step::Docker);
        return;
    }
    DockerInspectJob *inspect = m_docker->inspect();
    connect(inspect, &DockerInspectJob::finished, this, [this](const DockerResult<DockerLoginState> &state) {
        if (!state.ok()) {
            // Without knowing what Docker uses, the old token is not deactivated: Docker might still need it.
            fail(Step::Docker, DockerText::line(*state.error));
            return;
        }
        m_dockerUsedOld = m_dockerUsedOld || state.value.tokenUuid == m_old.uuid;
        if (!m_dockerUsedOld && !m_options.dockerLogin) {
            set(Step::Docker, State::Skipped);
            next(Step::Docker);
            return;
        }
        if (m_secret.isEmpty()) {
            fail(Step::Docker, tr("The new token's secret is no longer here, so Docker can't be signed in with it."));
            return;
        }
        const QString username = m_core ? m_core->account()->username() : QString();
        DockerSignInJob *signIn = m_docker->signIn(username, m_secret, m_new ? m_new->uuid : QString());
        connect(signIn, &DockerSignInJob::finished, this, [this](const DockerResult<DockerSignedIn> &done) {
            if (!done.ok()) {
                fail(Step::Docker, DockerText::line(*done.error));
                return;
            }
            set(Step::Docker, State::Done);
            next(Step::Docker);
        });
    });
}

void TokenRotation::deactivate()
{
    const std::optional<AccessToken> now = m_core->token(m_old.uuid);
    const AccessToken current = now.value_or(m_old);
    if (current.status(QDateTime::currentDateTimeUtc()) != AccessToken::Status::Active) {
        set(Step::Deactivate, State::Skipped);
        next(Step::Deactivate);
        return;
    }
    TokenPatch patch;
    patch.active = false;
    m_core->update(m_old.uuid, patch, this, [this](const ApiResult<AccessToken> &result) {
        if (!result.ok()) {
            fail(Step::Deactivate, ErrorText::line(*result.error));
            return;
        }
        set(Step::Deactivate, State::Done);
        next(Step::Deactivate);
    });
}

void TokenRotation::remove()
{
    if (!m_options.deleteOld) {
        set(Step::Delete, State::Skipped);
        next(Step::Delete);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_core, &TokenCore::bulkFinished, this, [this, connection](const BulkReport &report) {
        if (report.action != BulkReport::Action::Delete)
            return;
        for (const ItemOutcome &item : report.items) {
            if (item.uuid != m_old.uuid)
                continue;
            disconnect(*connection);
            if (item.error) {
                fail(Step::Delete, ErrorText::line(*item.error));
                return;
            }
            set(Step::Delete, State::Done);
            next(Step::Delete);
            return;
        }
    });
    m_core->remove({m_old.uuid});
}

QString TokenRotation::summary() const
{
    const auto done = [this](Step s) { return state(s) == State::Done; };
    if (m_finished) {
        QString out = tr("The token “%1” was rotated: the new token replaces it.").arg(m_old.label);
        if (done(Step::Docker))
            out += QLatin1Char(' ') + tr("Docker uses the new token.");
        if (done(Step::Delete))
            out += QLatin1Char(' ') + tr("The old token was deleted.");
        else if (done(Step::Deactivate))
            out += QLatin1Char(' ') + tr("The old token was deactivated.");
        return out;
    }
    if (!m_failed)
        return isRunning() ? tr("Rotating…") : QString();
    switch (*m_failed) {
    case Step::Create: return tr("Nothing was changed: the new token could not be created. The old token still works.");
    case Step::Docker:
        return m_dockerUsedOld
            ? tr("The new token exists, but Docker still uses the old one. The old token was left active.")
            : tr("The new token exists, but Docker was not signed in with it. The old token was left active.");
    case Step::Deactivate:
        return done(Step::Docker) ? tr("The new token exists and Docker uses it, but the old token is still active.")
                                  : tr("The new token exists, but the old token is still active.");
    case Step::Delete: return tr("The new token exists and the old one was deactivated, but it was not deleted.");
    }
    return {};
}

void TokenRotation::wipe()
{
    SecretWipe::wipe(m_secret);
}
