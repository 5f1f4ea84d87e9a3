#pragma once

#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class Account;
class DockerCredentials;
class HubClient;
class SecretStore;
class SessionKeeper;
class TokenCore;

// What the core's services are built from. Every field has a default that suits a program; tests pick theirs.
struct CoreOptions {
    // The settings every program shares (AppSettings()), unless given (a test's file; a program that had to read
    // its settings before its command line, for the language).
    std::unique_ptr<AppSettings> settings;
    // The language manager on those settings, unless given (a program that started the language before its command
    // line, so that --help is in it).
    std::unique_ptr<LanguageManager> languages;
    // The Hub API's address; empty: HubClient's default. Checked: a bad one leaves the default (see error()).
    QUrl server;
    // How many tries a call that may pass gets in all; 0: the client's default (RetryPolicy{}).
    int tries = 0;
    // The account remembers in the settings (the last username, the choice of Docker's session). Off: the run
    // leaves the settings alone (signing in from the environment, scripted dialogs).
    bool accountUsesSettings = true;
    // Docker's credential store takes part: "Continue with Docker's sign-in", "Sign Docker in with this token",
    // rotation's Docker step. Off in demo mode: a demo token must never reach Docker's real credential store.
    bool docker = true;
    // Docker's config.json, if not Docker's own (tests); empty: Docker's.
    QString dockerConfigPath;
    // The registry Docker signs in to, for this run only (--registry); empty: the one in the settings.
    QString dockerRegistry;
    // "Stay signed in": with a store, a SessionKeeper on it is the account's keeper; without, nothing is kept or
    // restored (demo mode, signing in from the environment, most tests). Not owned: it must outlive the services.
    SecretStore *secretStore = nullptr;
};

// The one composition root: builds the core's services from CoreOptions and wires them, in one place, for the window,
// hubtokens-cli, the tests and the screenshot tool. Nothing needs setting afterwards:
//   settings → languages; HubClient (server, tries) → Account (settings, keeper, Docker) → TokenCore;
//   DockerCredentials (settings, config path, registry); SessionKeeper (the store, the settings).
// It owns them all and deletes them in the reverse order. QtCore only.
class CoreServices : public QObject {
    Q_OBJECT
public:
    explicit CoreServices(CoreOptions options = {}, QObject *parent = nullptr);
    ~CoreServices() override;

    AppSettings *settings() const { return m_settings.get(); }
    LanguageManager *languages() const { return m_languages.get(); }
    HubClient *client() const { return m_client.get(); }
    Account *account() const { return m_account.get(); }
    TokenCore *core() const { return m_core.get(); }
    // Null when Docker takes no part (CoreOptions::docker off).
    DockerCredentials *docker() const { return m_docker.get(); }
    // Null without a secret store.
    SessionKeeper *keeper() const { return m_keeper.get(); }

    // Why CoreOptions::server could not be used; empty if it could (or none was given).
    QString serverError() const { return m_serverError; }

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<DockerCredentials> m_docker;
    std::unique_ptr<SessionKeeper> m_keeper;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<TokenCore> m_core;
    QString m_serverError;
};
