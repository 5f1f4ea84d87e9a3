#include "CoreServices.h"

#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/hub/RetryPolicy.h"
#include "app/session/SessionKeeper.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"

CoreServices::CoreServices(CoreOptions options, QObject *parent)
    : QObject(parent)
    , m_settings(options.settings ? std::move(options.settings) : std::make_unique<AppSettings>())
    , m_languages(options.languages ? std::move(options.languages)
                                    : std::make_unique<LanguageManager>(m_settings.get()))
    , m_client(std::make_unique<HubClient>())
{
    if (!options.server.isEmpty())
        m_serverError = m_client->setBaseUrl(options.server).error.value_or(QString());
    if (options.tries >= 1) {
        RetryPolicy policy = m_client->retryPolicy();
        policy.maxTries = options.tries;
        m_client->setRetryPolicy(policy);
    }
    if (options.docker) {
        m_docker = std::make_unique<DockerCredentials>(m_settings.get());
        if (!options.dockerConfigPath.isEmpty())
            m_docker->setConfigPath(options.dockerConfigPath);
        if (!options.dockerRegistry.isEmpty())
            m_docker->setRegistry(options.dockerRegistry);
    }
    if (options.secretStore)
        m_keeper = std::make_unique<SessionKeeper>(options.secretStore, m_settings.get());
    m_account = std::make_unique<Account>(m_client.get(), options.accountUsesSettings ? m_settings.get() : nullptr);
    m_account->setKeeper(m_keeper.get());
    m_account->setDocker(m_docker.get());
    m_core = std::make_unique<TokenCore>(m_account.get());
}

CoreServices::~CoreServices()
{
    // The reverse of their making: what uses a service goes before it.
    m_core.reset();
    m_account.reset();
    m_keeper.reset();
    m_docker.reset();
    m_client.reset();
    m_languages.reset();
    m_settings.reset();
}
