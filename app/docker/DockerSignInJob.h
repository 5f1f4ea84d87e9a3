#pragma once

#include "DockerJob.h"

class AppSettings;

// "Sign Docker in with this token": stores {ServerURL: registry, Username, Secret} through the helper that serves
// the registry, as `docker login` does, then remembers the token's fingerprint (never the secret) with its uuid in
// AppSettings. Replaces whatever is stored: ask first (DockerLoginState::replaces). Fails with NoCredentialStore
// when no helper is configured — the secret is never written into config.json. Made by DockerCredentials::signIn().
class DockerSignInJob : public DockerJob {
    Q_OBJECT
public:
    // `settings` (may be null) must outlive the job. The secret is handed to the helper and not kept.
    DockerSignInJob(const DockerContext &context, const QString &username, const QString &secret,
                    const QString &tokenUuid, AppSettings *settings, QObject *parent = nullptr);

    // The same, blocking on the helper (no event loop): for hubtokens-cli.
    static DockerResult<DockerSignedIn> runNow(const DockerContext &context, const QString &username,
                                               const QString &secret, const QString &tokenUuid, AppSettings *settings);

Q_SIGNALS:
    void finished(const DockerResult<DockerSignedIn> &result);

private:
    // The helper to store with, or the error that stops it.
    static DockerResult<DockerSignedIn> prepare(const DockerContext &context, const QString &secret);
    static void remember(AppSettings *settings, const DockerSignedIn &done, const QString &tokenUuid);
};
