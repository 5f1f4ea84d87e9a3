#include "DockerCredentials.h"

#include "DockerInspectJob.h"
#include "DockerSessionJob.h"
#include "DockerSignInJob.h"
#include "app/settings/AppSettings.h"

DockerCredentials::DockerCredentials(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (m_settings) {
        m_context.registry = m_settings->dockerRegistry();
        // The window's Preferences may change the key while the app runs; a key given to setRegistry() (the CLI's
        // --registry) stays.
        connect(m_settings, &AppSettings::changed, this, [this](const QString &key) {
            if (key == AppSettings::DockerRegistry.key && !m_registryGiven)
                m_context.registry = m_settings->dockerRegistry();
        });
    }
}

void DockerCredentials::setConfigPath(const QString &path)
{
    m_context.configPath = path;
}

QString DockerCredentials::configPath() const
{
    return m_context.effectiveConfigPath();
}

void DockerCredentials::setRegistry(const QString &key)
{
    m_context.registry = key.trimmed();
    m_registryGiven = true;
}

QString DockerCredentials::registry() const
{
    return m_context.effectiveRegistry();
}

void DockerCredentials::setHelperTimeout(int ms)
{
    m_context.helperTimeoutMs = ms > 0 ? ms : CredentialHelper::DefaultTimeoutMs;
}

int DockerCredentials::helperTimeout() const
{
    return m_context.helperTimeoutMs;
}

DockerResult<DockerConfig> DockerCredentials::loadConfig() const
{
    return DockerConfig::load(configPath());
}

QStringList DockerCredentials::installedStores()
{
    return CredentialHelper::installed(CredentialHelper::offeredStores());
}

DockerResult<DockerConfig> DockerCredentials::setCredsStore(const QString &helper) const
{
    return DockerConfig::setCredsStore(configPath(), helper);
}

QHash<QString, QString> DockerCredentials::fingerprints() const
{
    return m_settings ? m_settings->dockerTokenFingerprints() : QHash<QString, QString>();
}

DockerInspectJob *DockerCredentials::inspect()
{
    return new DockerInspectJob(m_context, fingerprints(), this);
}

DockerResult<DockerLoginState> DockerCredentials::inspectNow() const
{
    const DockerResult<DockerEntries> entries = m_context.lookupNow();
    if (!entries.ok())
        return DockerResult<DockerLoginState>::failure(*entries.error);
    return DockerResult<DockerLoginState>::success(DockerLoginState::from(entries.value, fingerprints()));
}

DockerSignInJob *DockerCredentials::signIn(const QString &username, const QString &secret, const QString &tokenUuid)
{
    return new DockerSignInJob(m_context, username, secret, tokenUuid, m_settings, this);
}

DockerResult<DockerSignedIn> DockerCredentials::signInNow(const QString &username, const QString &secret,
                                                          const QString &tokenUuid) const
{
    return DockerSignInJob::runNow(m_context, username, secret, tokenUuid, m_settings);
}

DockerSessionJob *DockerCredentials::readSession()
{
    return new DockerSessionJob(m_context, this);
}

DockerResult<DockerSession> DockerCredentials::readSessionNow() const
{
    const DockerResult<DockerEntries> entries = m_context.lookupNow();
    if (!entries.ok())
        return DockerResult<DockerSession>::failure(*entries.error);
    return DockerSession::from(entries.value);
}
