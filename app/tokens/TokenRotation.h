#pragma once

#include "app/docker/DockerError.h"
#include "models/AccessToken.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class DockerCredentials;
class TokenCore;

// What a rotation is asked to do besides the defaults.
struct RotationOptions {
    QDateTime expiresAt; // the new token's expiry when expiresGiven (invalid: never)
    bool expiresGiven = false; // else: the old token's lifetime from now (never if it had none)
    bool dockerLogin = false; // sign Docker in with the new token even if Docker did not use the old one
    bool deleteOld = false; // delete the old token after deactivating it
};

// Rotate: replaces a token with a new one, step by step, each step reported:
//  1. Create a token with the old one's description and scope and the chosen expiry; created() carries its secret
//     this once, for the shown-once display.
//  2. Docker: if the old token is what Docker's store holds (or dockerLogin), sign Docker in with the new one.
//  3. Deactivate the old token (if it is active).
//  4. Delete it, only with deleteOld.
// A failure stops there: the step is Failed with its words, summary() says exactly what was done and what not, and
// retry() runs that step again and carries on. The rotation keeps the new secret only while the Docker step may
// still need it (until finished, or until it is destroyed), and wipes it then.
class TokenRotation : public QObject {
    Q_OBJECT
public:
    enum class Step { Create, Docker, Deactivate, Delete };
    Q_ENUM(Step)
    enum class State { Waiting, Running, Done, Skipped, Failed };
    Q_ENUM(State)

    TokenRotation(TokenCore *core, DockerCredentials *docker, const AccessToken &old,
                  const RotationOptions &options = {}, QObject *parent = nullptr);
    ~TokenRotation() override; // wipes the secret

    // The expiry a rotation gives by default: now + the old token's lifetime (at most a year), or never.
    static QDateTime defaultExpiry(const AccessToken &old, const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QList<Step> steps() { return {Step::Create, Step::Docker, Step::Deactivate, Step::Delete}; }
    // The step as a line in a list ("Create the new token"), translated.
    static QString stepName(Step step);

    const AccessToken &oldToken() const { return m_old; }
    QDateTime newExpiry() const { return m_expiry; }
    // The new token, once created.
    std::optional<AccessToken> newToken() const { return m_new; }

    void start();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    bool hasFailed() const { return m_failed.has_value(); }
    std::optional<Step> failedStep() const { return m_failed; }
    // The failed step again, then the rest.
    void retry();

    State state(Step step) const { return m_states.value(int(step), State::Waiting); }
    // Why the step failed (translated), empty otherwise.
    QString error(Step step) const { return m_errors.value(int(step)); }
    // What was done and what not, in a sentence or two (translated); also while it runs.
    QString summary() const;

Q_SIGNALS:
    void stepChanged(TokenRotation::Step step, TokenRotation::State state);
    // The new token with its secret, once: show it, then wipe the copy.
    void created(const CreatedToken &created);
    // Every step is Done or Skipped (ok), or one Failed.
    void finished(bool ok);

private:
    void run(Step step);
    void set(Step step, State state, const QString &error = QString());
    void next(Step after);
    void fail(Step step, const QString &error);
    void create();
    void docker();
    void deactivate();
    void remove();
    void wipe();

    QPointer<TokenCore> m_core;
    QPointer<DockerCredentials> m_docker;
    AccessToken m_old;
    RotationOptions m_options;
    QDateTime m_expiry;
    std::optional<AccessToken> m_new;
    QString m_secret;
    QHash<int, State> m_states;
    QHash<int, QString> m_errors;
    std::optional<Step> m_failed;
    bool m_dockerUsedOld = false;
    bool m_finished = false;
};
