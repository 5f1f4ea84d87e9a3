#pragma once

#include "TokenOutcome.h"
#include "models/AccessToken.h"
#include "models/ApiResult.h"
#include "models/TokenDraft.h"
#include "models/TokenPage.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class Account;
class ApiRequest;
class BulkRun;
class CreateJob;
class HubClient;
class TokenListJob;

// The signed-in account's tokens and every operation on them, for the window, the command line and the tests alike:
// list (all pages), create, edit, activate / deactivate and delete — one or many, at most maxConcurrent() calls at
// a time — and carrying on after the person signs in again when a call meets an expired session (through Account).
//
// It keeps the list as the server last said it was, with the changes its own calls made since, and tells about every
// change (tokensReset, tokenChanged, tokenRemoved, pendingChanged), so a view can mirror it. Results are typed:
// ApiResult, CreateOutcome, BulkReport. QtCore only.
class TokenCore : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultMaxConcurrent = 4;
    // A token found by a re-list after a lost create counts if it was created at most this long before the request
    // began (the server's clock may be behind ours).
    static constexpr int ReconcileClockSkewSecs = 300;

    explicit TokenCore(Account *account, QObject *parent = nullptr);
    ~TokenCore() override;

    Account *account() const { return m_account; }
    HubClient *client() const;

    void setMaxConcurrent(int n);
    int maxConcurrent() const { return m_maxConcurrent; }

    // ---- State ------------------------------------------------------------------------------------------------
    const QList<AccessToken> &tokens() const { return m_tokens; }
    std::optional<AccessToken> token(const QString &uuid) const;
    // A list has arrived since the last clear().
    bool isLoaded() const { return m_loaded; }
    // The tokens are the first pages of the account's first list, shown as they came: that list is still under way,
    // or it failed before it was whole. listTotal() is how many the server said there are.
    bool isPartial() const { return m_partial; }
    int listTotal() const { return m_listTotal; }
    bool isLoading() const;
    // A call about this token is under way (its activation switch waits for the server).
    bool isPending(const QString &uuid) const { return m_pending.contains(uuid); }
    bool isDeleting() const;
    // Forgets the tokens and stops the list under way (signing out, another account).
    void clear();

    // ---- Operations -------------------------------------------------------------------------------------------
    // Lists every token (abandoning a list under way): listStarted, listProgress…, then listFinished. Until a list has
    // arrived (isLoaded), each page joins tokens() as it comes (tokensReset, isPartial), so a window shows page 1 at
    // once; after that, a refresh keeps the list as it was until the new one is whole.
    void refresh();
    // Stops the list under way, if any, without a listFinished.
    void abandonRefresh();

    // Creates a token. Never repeated blindly: when the reply is lost or an error that may follow a done create, the
    // list is read again and a token with the same description created since the request began is reported as an
    // orphan (CreateOutcome::orphan). Returns the job; its finished() comes once, later.
    CreateJob *create(const TokenDraft &draft);

    // Changes a token (description, scope, activation). `done` runs once with the server's answer, unless `context`
    // is gone by then.
    void update(const QString &uuid, const TokenPatch &patch, QObject *context,
                std::function<void(const ApiResult<AccessToken> &)> done);

    // Activates or deactivates tokens, each shown at once as asked and pending until the server answers (put back if
    // it refuses). Tokens that are expired, unknown, pending or already so are left out. activationFinished() per
    // token, then bulkFinished() with the report. Returns how many were started.
    int setActive(const QStringList &uuids, bool active);
    // The switch of one token: the other state.
    bool toggleActive(const QString &uuid);

    // Deletes tokens; while a deletion runs, more join it. A token already gone (404) counts as deleted.
    // bulkFinished() with the report once every one has an outcome.
    void remove(const QStringList &uuids);

Q_SIGNALS:
    void tokensReset();
    void tokenChanged(const AccessToken &token);
    void tokenRemoved(const QString &uuid);
    void pendingChanged(const QString &uuid, bool pending);

    void listStarted();
    void listProgress(int loaded, int total);
    // error: none when the list arrived.
    void listFinished(const std::optional<ApiError> &error);

    void activationFinished(const QString &uuid, bool active, const std::optional<ApiError> &error);
    void bulkFinished(const BulkReport &report);

    // A call about the tokens failed for a reason that may pass and will be tried again in `delayMs` (try number
    // `attempt` next). Its result still comes once, later: until then nothing has failed.
    void retrying(int attempt, int delayMs, const ApiError &reason);

    // A token was created for a caller that had stopped waiting (CreateJob::abandon()), so nobody saw its secret;
    // or a lost reply was reconciled for such a caller. It exists without a usable secret: deactivate or delete it.
    void secretLost(const AccessToken &token);

private:
    friend class CreateJob;

    // What a refusal says about the session: a 401 forgets the kept JWT; a 403 for a PAT session marks it so.
    void noteRefusal(const ApiError &error);
    // Passes on the request's retries (retrying()).
    void watch(ApiRequest *request);
    void upsert(const AccessToken &token);
    void drop(const QString &uuid);
    void setPending(const QString &uuid, bool pending);
    // Appends the listed tokens not there yet (by uuid), each seen from the server.
    void addListed(const QList<AccessToken> &tokens);
    void onListPage(const QList<AccessToken> &tokens, int total);
    void onListFinished(const ApiResult<TokenList> &result);
    void sendActivation(const QString &uuid, bool active, std::function<void(std::optional<ApiError>)> done);
    void sendDelete(const QString &uuid, std::function<void(std::optional<ApiError>)> done);
    // A change failed in a way that may follow a change that was done (a 5xx, a lost reply, a timeout: the server may
    // have committed it and the answer went astray, on every try). Reads the token back: `done(token)` with the
    // server's copy if `happened(token)`, `done(nullopt)` if the token is gone, else (or if it cannot be read)
    // `failed()` — the change did not happen as far as can be told.
    void confirm(const QString &uuid, std::function<bool(const AccessToken &)> happened,
                 std::function<void(std::optional<AccessToken>)> done, std::function<void()> failed);
    static bool mayHaveBeenDone(const ApiError &error);
    // A call was answered SessionExpired: forget the kept session, ask to sign in, then `again`; or `giveUp`.
    void afterSignIn(std::function<void()> again, std::function<void()> giveUp);

    Account *m_account;
    int m_maxConcurrent = DefaultMaxConcurrent;
    QList<AccessToken> m_tokens;
    QHash<QString, int> m_index; // uuid → row in m_tokens
    QSet<QString> m_pending;
    QSet<QString> m_seen; // every uuid this core has seen from the server (not an orphan of a lost create)
    bool m_loaded = false;
    bool m_partial = false;
    int m_listTotal = 0;
    QPointer<TokenListJob> m_listJob;
    QPointer<BulkRun> m_deleteRun;
};

// One create under way (TokenCore::create).
class CreateJob : public QObject {
    Q_OBJECT
public:
    // The caller stops waiting (a dialog cancelled mid-flight): the call is not aborted — the server may already have
    // done it — but its result goes to TokenCore::secretLost() if a token came of it, instead of finished().
    void abandon();
    bool isAbandoned() const { return m_abandoned; }
    const TokenDraft &draft() const { return m_draft; }

Q_SIGNALS:
    void finished(const CreateOutcome &outcome);

private:
    friend class TokenCore;
    CreateJob(TokenCore *core, const TokenDraft &draft);
    void send();
    void onReply(const ApiResult<CreatedToken> &result);
    void reconcile(const ApiError &error);
    // After a failure the list proved did nothing: sends the create again later (TokenCore::retrying) if the client's
    // RetryPolicy has a try and time left; false otherwise.
    bool retryLater(const ApiError &error);
    void complete(CreateOutcome outcome);

    QPointer<TokenCore> m_core;
    TokenDraft m_draft;
    QDateTime m_started; // the first try's
    QElapsedTimer m_sinceFirst;
    int m_tries = 0;
    bool m_abandoned = false;
};
