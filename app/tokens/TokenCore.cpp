#include "TokenCore.h"

#include "Account.h"
#include "BulkRun.h"
#include "TokensLogging.h"
#include "app/hub/CreateTokenRequest.h"
#include "app/hub/DeleteTokenRequest.h"
#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenRequest.h"
#include "app/session/Session.h"

#include <QRandomGenerator>
#include <QTimer>

TokenCore::TokenCore(Account *account, QObject *parent)
    : QObject(parent)
    , m_account(account)
{
    qRegisterMetaType<BulkReport>();
    qRegisterMetaType<CreateOutcome>();
    connect(m_account, &Account::accountSwitched, this, &TokenCore::clear);
}

TokenCore::~TokenCore()
{
    abandonRefresh();
}

HubClient *TokenCore::client() const
{
    return m_account->client();
}

void TokenCore::setMaxConcurrent(int n)
{
    m_maxConcurrent = qMax(1, n);
}

bool TokenCore::isLoading() const
{
    return m_listJob != nullptr;
}

bool TokenCore::isDeleting() const
{
    return m_deleteRun != nullptr;
}

std::optional<AccessToken> TokenCore::token(const QString &uuid) const
{
    const auto it = m_index.constFind(uuid);
    if (it == m_index.cend())
        return std::nullopt;
    return m_tokens.at(*it);
}

void TokenCore::clear()
{
    abandonRefresh();
    if (m_deleteRun) {
        m_deleteRun->disconnect(this);
        m_deleteRun->deleteLater();
        m_deleteRun = nullptr;
    }
    m_tokens.clear();
    m_index.clear();
    m_pending.clear();
    m_loaded = false;
    m_partial = false;
    m_listTotal = 0;
    Q_EMIT tokensReset();
}

void TokenCore::watch(ApiRequest *request)
{
    connect(request, &ApiRequest::retrying, this, &TokenCore::retrying);
}

void TokenCore::upsert(const AccessToken &token)
{
    m_seen.insert(token.uuid);
    const auto it = m_index.constFind(token.uuid);
    if (it != m_index.cend()) {
        if (m_tokens.at(*it) == token)
            return;
        m_tokens[*it] = token;
    } else {
        m_index.insert(token.uuid, int(m_tokens.size()));
        m_tokens.append(token);
    }
    Q_EMIT tokenChanged(token);
}

void TokenCore::drop(const QString &uuid)
{
    const auto it = m_index.constFind(uuid);
    if (it == m_index.cend())
        return;
    m_tokens.removeAt(*it);
    m_index.clear();
    for (int i = 0; i < m_tokens.size(); ++i)
        m_index.insert(m_tokens.at(i).uuid, i);
    setPending(uuid, false);
    Q_EMIT tokenRemoved(uuid);
}

void TokenCore::setPending(const QString &uuid, bool pending)
{
    if (pending == m_pending.contains(uuid))
        return;
    if (pending)
        m_pending.insert(uuid);
    else
        m_pending.remove(uuid);
    Q_EMIT pendingChanged(uuid, pending);
}

void TokenCore::afterSignIn(std::function<void()> again, std::function<void()> giveUp)
{
    m_account->sessionRefused();
    if (!m_account->requireSignIn(Account::SignInReason::SessionExpired, std::move(again), giveUp))
        giveUp();
}

// ---- List ------------------------------------------------------------------------------------------------------

void TokenCore::refresh()
{
    abandonRefresh();
    TokenListJob *job = client()->listAllTokens();
    watch(job);
    m_listJob = job;
    connect(job, &TokenListJob::pageReady, this,
            [this](int, const QList<AccessToken> &tokens, int total) { onListPage(tokens, total); });
    connect(job, &TokenListJob::progress, this, &TokenCore::listProgress);
    connect(job, &TokenListJob::finished, this, &TokenCore::onListFinished);
    qCDebug(lcCore) << "listing tokens";
    Q_EMIT listStarted();
}

void TokenCore::abandonRefresh()
{
    if (m_listJob) {
        m_listJob->disconnect(this);
        m_listJob->abort();
        m_listJob = nullptr;
    }
}

void TokenCore::addListed(const QList<AccessToken> &tokens)
{
    for (const AccessToken &t : tokens) {
        if (m_index.contains(t.uuid))
            continue;
        m_index.insert(t.uuid, int(m_tokens.size()));
        m_tokens.append(t);
        m_seen.insert(t.uuid);
    }
}

void TokenCore::onListPage(const QList<AccessToken> &tokens, int total)
{
    if (m_loaded)
        return; // a list is shown: it stays as it was until the new one is whole
    addListed(tokens); // a uuid already there: the list moved between pages, or a page came again after a failure
    m_partial = true;
    m_listTotal = total;
    Q_EMIT tokensReset();
}

void TokenCore::onListFinished(const ApiResult<TokenList> &result)
{
    m_listJob = nullptr;
    if (result.ok()) {
        m_partial = false;
        m_listTotal = int(result.value.tokens.size());
        const QSet<QString> pending = m_pending;
        m_tokens.clear();
        m_index.clear();
        addListed(result.value.tokens);
        // A call still under way keeps its token pending; one for a token that is gone has nothing to wait for.
        for (const QString &uuid : pending) {
            if (!m_index.contains(uuid))
                m_pending.remove(uuid);
        }
        m_loaded = true;
        const qsizetype listed = m_tokens.size();
        qCInfo(lcCore) << "listed" << listed;
        Q_EMIT tokensReset();
        Q_EMIT listFinished(std::nullopt);
        return;
    }
    const ApiError &error = *result.error;
    qCInfo(lcCore) << "list failed:" << error.toString();
    switch (error.kind) {
    case ApiError::Kind::SessionExpired: {
        // This list failed (said below); after signing in again, another one.
        QPointer<TokenCore> self(this);
        afterSignIn(
            [self] {
                if (self)
                    self->refresh();
            },
            [] {});
        break;
    }
    case ApiError::Kind::PatSessionForbidden: m_account->session()->markPatSession(); break;
    default: break;
    }
    Q_EMIT listFinished(error);
}

// ---- Create ----------------------------------------------------------------------------------------------------

CreateJob *TokenCore::create(const TokenDraft &draft)
{
    auto *job = new CreateJob(this, draft);
    QTimer::singleShot(0, job, &CreateJob::send);
    return job;
}

CreateJob::CreateJob(TokenCore *core, const TokenDraft &draft)
    : QObject(core)
    , m_core(core)
    , m_draft(draft)
{
}

void CreateJob::abandon()
{
    m_abandoned = true;
}

void CreateJob::send()
{
    if (m_tries++ == 0) { // tokens made by any try count from the first
        m_started = QDateTime::currentDateTimeUtc();
        m_sinceFirst.start();
    }
    qCInfo(lcCore) << "creating a token" << (m_tries > 1 ? "again" : "");
    CreateTokenRequest *request = m_core->client()->createToken(m_draft);
    connect(request, &CreateTokenRequest::finished, this, &CreateJob::onReply);
}

void CreateJob::onReply(const ApiResult<CreatedToken> &result)
{
    if (!m_core)
        return;
    if (result.ok()) {
        m_core->upsert(result.value.token);
        CreateOutcome outcome;
        outcome.created = result.value;
        complete(std::move(outcome));
        return;
    }
    const ApiError &error = *result.error;
    switch (error.kind) {
    case ApiError::Kind::SessionExpired: {
        // A 401 means nothing was done: after signing in, the same create is sent again.
        QPointer<CreateJob> self(this);
        m_core->afterSignIn(
            [self] {
                if (self)
                    self->send();
            },
            [self, error] {
                if (self)
                    self->complete(CreateOutcome{{}, {}, error});
            });
        return;
    }
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::MalformedReply:
        // The server may have created it and the answer went astray: look before saying anything.
        reconcile(error);
        return;
    default: complete(CreateOutcome{{}, {}, error}); return;
    }
}

void CreateJob::reconcile(const ApiError &error)
{
    qCInfo(lcCore) << "create answered" << error.toString() << "- listing to see whether it was done";
    TokenListJob *list = m_core->client()->listAllTokens();
    m_core->watch(list);
    connect(list, &TokenListJob::finished, this, [this, error](const ApiResult<TokenList> &listed) {
        if (!m_core)
            return;
        if (!listed.ok()) {
            complete(CreateOutcome{{}, {}, error});
            return;
        }
        const QDateTime since = m_started.addSecs(-TokenCore::ReconcileClockSkewSecs);
        std::optional<AccessToken> found;
        for (const AccessToken &t : listed.value.tokens) {
            if (t.label != m_draft.label || m_core->m_seen.contains(t.uuid))
                continue;
            if (t.createdAt.isValid() && t.createdAt < since)
                continue;
            if (!found || t.createdAt > found->createdAt)
                found = t;
        }
        if (found) {
            qCWarning(lcCore) << "a create whose reply was lost was done: token" << found->uuid;
            m_core->upsert(*found);
        } else if (retryLater(error)) {
            return;
        }
        complete(CreateOutcome{{}, found, error});
    });
}

bool CreateJob::retryLater(const ApiError &error)
{
    // The list, read after the failure, proves nothing was made: sending it again cannot make two. Under the same
    // tries and deadline as the client's other calls; not for a caller that stopped waiting.
    const RetryPolicy policy = m_core->client()->retryPolicy();
    if (m_abandoned || m_tries >= policy.maxTries)
        return false;
    const int wait = policy.backoffMs(m_tries + 1, QRandomGenerator::global()->generateDouble());
    if (m_sinceFirst.elapsed() + wait > policy.totalDeadlineMs)
        return false;
    qCInfo(lcCore) << "nothing was created: trying again in" << wait << "ms";
    Q_EMIT m_core->retrying(m_tries + 1, wait, error);
    QTimer::singleShot(wait, this, [this, error] {
        if (!m_core)
            return;
        if (m_abandoned)
            complete(CreateOutcome{{}, {}, error});
        else
            send();
    });
    return true;
}

void CreateJob::complete(CreateOutcome outcome)
{
    if (m_abandoned) {
        const std::optional<AccessToken> lost =
            outcome.created ? std::optional(outcome.created->token) : outcome.orphan;
        if (outcome.created)
            outcome.created->wipeSecret();
        if (lost && m_core)
            Q_EMIT m_core->secretLost(*lost);
    } else {
        Q_EMIT finished(outcome);
        if (outcome.created)
            outcome.created->wipeSecret();
    }
    deleteLater();
}

// ---- Edit ------------------------------------------------------------------------------------------------------

namespace {
// Whether `token` shows every field `patch` sets.
bool matches(const AccessToken &token, const TokenPatch &patch)
{
    return (!patch.label || token.label == *patch.label) && (!patch.active || token.active == *patch.active)
        && (!patch.scope || token.scope == patch.scope);
}
} // namespace

void TokenCore::update(const QString &uuid, const TokenPatch &patch, QObject *context,
                       std::function<void(const ApiResult<AccessToken> &)> done)
{
    QPointer<QObject> receiver(context);
    TokenRequest *request = client()->updateToken(uuid, patch);
    watch(request);
    connect(request, &TokenRequest::finished, this,
            [this, uuid, patch, receiver, done](const ApiResult<AccessToken> &r) {
                if (r.ok()) {
                    upsert(r.value);
                } else if (mayHaveBeenDone(*r.error)) {
                    confirm(
                        uuid, [patch](const AccessToken &t) { return matches(t, patch); },
                        [this, uuid, receiver, done, r](std::optional<AccessToken> t) {
                            if (!t) { // gone meanwhile
                                drop(uuid);
                                if (receiver)
                                    done(r);
                                return;
                            }
                            upsert(*t);
                            if (receiver)
                                done(ApiResult<AccessToken>::success(*t));
                        },
                        [receiver, done, r] {
                            if (receiver)
                                done(r);
                        });
                    return;
                } else if (r.error->kind == ApiError::Kind::SessionExpired) {
                    QPointer<TokenCore> self(this);
                    afterSignIn(
                        [self, uuid, patch, receiver, done] {
                            if (self)
                                self->update(uuid, patch, receiver, done);
                        },
                        [receiver, done, r] {
                            if (receiver)
                                done(r);
                        });
                    return;
                } else if (r.error->kind == ApiError::Kind::NotFound) {
                    drop(uuid);
                }
                if (receiver)
                    done(r);
            });
}

// ---- Activation ------------------------------------------------------------------------------------------------

bool TokenCore::toggleActive(const QString &uuid)
{
    const std::optional<AccessToken> t = token(uuid);
    return t && setActive({uuid}, !t->active) == 1;
}

int TokenCore::setActive(const QStringList &uuids, bool active)
{
    QList<QPair<QString, QString>> items;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &uuid : uuids) {
        std::optional<AccessToken> t = token(uuid);
        if (!t || isPending(uuid) || t->isExpired(now) || t->active == active)
            continue;
        // Acts at once: the switch moves, dimmed, while the server confirms.
        t->active = active;
        upsert(*t);
        setPending(uuid, true);
        items.append({uuid, t->label});
    }
    if (items.isEmpty())
        return 0;
    const auto action = active ? BulkReport::Action::Activate : BulkReport::Action::Deactivate;
    QPointer<TokenCore> self(this);
    auto *run = new BulkRun(
        action, m_account, m_maxConcurrent,
        [self, active](const QString &uuid, std::function<void(std::optional<ApiError>)> done) {
            if (self)
                self->sendActivation(uuid, active, std::move(done));
        },
        this);
    connect(run, &BulkRun::finished, this, [this, active](const BulkReport &report) {
        for (const ItemOutcome &o : report.items) {
            if (!o.ok()) {
                // Put back what the server refused.
                if (std::optional<AccessToken> t = token(o.uuid)) {
                    t->active = !active;
                    upsert(*t);
                }
            }
            setPending(o.uuid, false);
            Q_EMIT activationFinished(o.uuid, active, o.error);
        }
        Q_EMIT bulkFinished(report);
    });
    run->add(items);
    return int(items.size());
}

void TokenCore::sendActivation(const QString &uuid, bool active, std::function<void(std::optional<ApiError>)> done)
{
    TokenPatch patch;
    patch.active = active;
    TokenRequest *request = client()->updateToken(uuid, patch);
    watch(request);
    connect(request, &TokenRequest::finished, this, [this, uuid, active, done](const ApiResult<AccessToken> &r) {
        if (r.ok()) {
            upsert(r.value);
            done(std::nullopt);
            return;
        }
        if (mayHaveBeenDone(*r.error)) {
            const ApiError error = *r.error;
            confirm(
                uuid, [active](const AccessToken &t) { return t.active == active; },
                [this, uuid, done, error](std::optional<AccessToken> t) {
                    if (t)
                        upsert(*t);
                    else // gone meanwhile
                        drop(uuid);
                    done(t ? std::nullopt : std::optional(error));
                },
                [done, error] { done(error); });
            return;
        }
        noteRefusal(*r.error);
        done(r.error);
    });
}

// ---- Delete ----------------------------------------------------------------------------------------------------

void TokenCore::remove(const QStringList &uuids)
{
    QList<QPair<QString, QString>> items;
    for (const QString &uuid : uuids) {
        const std::optional<AccessToken> t = token(uuid);
        items.append({uuid, t ? t->label : uuid});
    }
    if (!m_deleteRun) {
        QPointer<TokenCore> self(this);
        m_deleteRun = new BulkRun(
            BulkReport::Action::Delete, m_account, m_maxConcurrent,
            [self](const QString &uuid, std::function<void(std::optional<ApiError>)> done) {
                if (self)
                    self->sendDelete(uuid, std::move(done));
            },
            this);
        connect(m_deleteRun, &BulkRun::finished, this, [this](const BulkReport &report) {
            m_deleteRun = nullptr;
            Q_EMIT bulkFinished(report);
        });
    }
    m_deleteRun->add(items);
}

void TokenCore::sendDelete(const QString &uuid, std::function<void(std::optional<ApiError>)> done)
{
    DeleteTokenRequest *request = client()->deleteToken(uuid);
    watch(request);
    connect(request, &DeleteTokenRequest::finished, this, [this, uuid, done](const ApiResult<Done> &r) {
        if (r.ok() || r.error->kind == ApiError::Kind::NotFound) { // gone either way
            drop(uuid);
            done(std::nullopt);
            return;
        }
        if (mayHaveBeenDone(*r.error)) {
            const ApiError error = *r.error;
            // Deleted is the one state in which the token cannot be read back.
            confirm(
                uuid, [](const AccessToken &) { return false; },
                [this, uuid, done](std::optional<AccessToken>) {
                    drop(uuid);
                    done(std::nullopt);
                },
                [done, error] { done(error); });
            return;
        }
        noteRefusal(*r.error);
        done(r.error);
    });
}

// ---- Confirming a change whose answer went astray ----------------------------------------------------------------

void TokenCore::noteRefusal(const ApiError &error)
{
    if (error.kind == ApiError::Kind::SessionExpired)
        m_account->sessionRefused(); // what was kept for this session is of no use any more
    else if (error.kind == ApiError::Kind::PatSessionForbidden)
        m_account->session()->markPatSession();
}

bool TokenCore::mayHaveBeenDone(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::NetworkUnreachable:
    case ApiError::Kind::MalformedReply: return true;
    default: return false;
    }
}

void TokenCore::confirm(const QString &uuid, std::function<bool(const AccessToken &)> happened,
                        std::function<void(std::optional<AccessToken>)> done, std::function<void()> failed)
{
    qCInfo(lcCore) << "a change to" << uuid << "failed in a way that may follow a done change: reading it back";
    TokenRequest *request = client()->getToken(uuid);
    connect(request, &TokenRequest::finished, this, [happened, done, failed](const ApiResult<AccessToken> &r) {
        if (r.ok() && happened(r.value)) {
            done(r.value);
        } else if (!r.ok() && r.error->kind == ApiError::Kind::NotFound) {
            done(std::nullopt);
        } else {
            failed();
        }
    });
}
