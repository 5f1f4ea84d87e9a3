#include "DockerSignInJob.h"

#include "HelperCall.h"
#include "app/settings/AppSettings.h"

DockerResult<DockerSignedIn> DockerSignInJob::prepare(const DockerContext &context, const QString &secret)
{
    QString helper;
    const DockerResult<DockerConfig> config = context.loadConfig(&helper);
    if (!config.ok())
        return DockerResult<DockerSignedIn>::failure(*config.error);
    if (helper.isEmpty()) {
        DockerError e;
        e.kind = DockerError::Kind::NoCredentialStore;
        e.path = config.value.path();
        return DockerResult<DockerSignedIn>::failure(e);
    }
    return DockerResult<DockerSignedIn>::success(
        DockerSignedIn{context.effectiveRegistry(), helper, StoredLogin::fingerprintOf(secret)});
}

void DockerSignInJob::remember(AppSettings *settings, const DockerSignedIn &done, const QString &tokenUuid)
{
    if (settings && !tokenUuid.isEmpty())
        settings->rememberDockerToken(done.fingerprint, tokenUuid);
}

DockerSignInJob::DockerSignInJob(const DockerContext &context, const QString &username, const QString &secret,
                                 const QString &tokenUuid, AppSettings *settings, QObject *parent)
    : DockerJob(context, parent)
{
    const DockerResult<DockerSignedIn> prepared = prepare(context, secret);
    if (!prepared.ok()) {
        finishLater([this, prepared] { Q_EMIT finished(prepared); });
        return;
    }
    const DockerSignedIn done = prepared.value;
    const CredentialHelper helper(done.helper, context.helperTimeoutMs);
    HelperCall *call = helper.store(DockerCredential{done.registry, username, secret}, this);
    connect(call, &HelperCall::finished, this, [this, done, tokenUuid, settings](const HelperReply &reply) {
        if (!reply.ok()) {
            const DockerError error = *reply.error;
            finishLater([this, error] { Q_EMIT finished(DockerResult<DockerSignedIn>::failure(error)); });
            return;
        }
        remember(settings, done, tokenUuid);
        finishLater([this, done] { Q_EMIT finished(DockerResult<DockerSignedIn>::success(done)); });
    });
}

DockerResult<DockerSignedIn> DockerSignInJob::runNow(const DockerContext &context, const QString &username,
                                                     const QString &secret, const QString &tokenUuid,
                                                     AppSettings *settings)
{
    const DockerResult<DockerSignedIn> prepared = prepare(context, secret);
    if (!prepared.ok())
        return prepared;
    const CredentialHelper helper(prepared.value.helper, context.helperTimeoutMs);
    const HelperReply reply = helper.storeNow(DockerCredential{prepared.value.registry, username, secret});
    if (!reply.ok())
        return DockerResult<DockerSignedIn>::failure(*reply.error);
    remember(settings, prepared.value, tokenUuid);
    return prepared;
}
