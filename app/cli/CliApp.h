#pragma once

#include "CliCommand.h"

#include <QObject>
#include <QStringList>

#include <memory>

class AppSettings;
class CliStatus;
class CoreServices;
class KeychainSecretStore;
class LanguageManager;

// hubtokens-cli: reads the command line, builds the core through CoreServices (HubClient, Account, TokenCore, Docker,
// the keychain through SessionKeeper, the shared settings) and runs one command. QtCore only: no display needed.
class CliApp : public QObject {
    Q_OBJECT
public:
    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Runs the command line (as QCoreApplication::arguments()). Returns the exit status when it is done at once
    // (--help, --version, a usage error); otherwise CliExit::Running, and finished(exit status) comes later.
    int start(const QStringList &arguments);

    // Whether this run signs in with HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD; an empty string when the
    // environment is usable, else the usage error to print.
    static QString checkEnvironment(const QString &username, const QString &password, bool passwordSet);

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Once the command is done and the keychain has answered every call (a session being kept or forgotten).
    void end(int exitCode);

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    CliContext m_ctx;
    KeychainSecretStore *m_keychain = nullptr;
    std::unique_ptr<CliStatus> m_status;
    std::unique_ptr<CoreServices> m_services; // the core (CoreServices: the one composition root)
    CliCommand *m_command = nullptr;
};
