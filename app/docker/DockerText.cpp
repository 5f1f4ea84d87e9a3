#include "DockerText.h"

#include "models/ErrorText.h"

#include <QCoreApplication>

namespace {

// Gives the free functions below a tr() with the context "DockerText" (lupdate reads the macro).
struct Words {
    Q_DECLARE_TR_FUNCTIONS(DockerText)
public:
    static QString title(const DockerError &e);
    static QString message(const DockerError &e);
    static QString kindName(StoredLogin::Kind kind);
    static QString replaceQuestion(DockerLoginState::Replaces replaces, const QString &registry);
};

QString program(const DockerError &e)
{
    return QStringLiteral("docker-credential-") + e.helper;
}

QString Words::title(const DockerError &e)
{
    using K = DockerError::Kind;
    switch (e.kind) {
    case K::HelperMissing: return tr("Docker's credential helper is not installed");
    case K::HelperFailed: return tr("Docker's credential helper failed");
    case K::BadOutput: return tr("Docker's credential helper gave an unexpected answer");
    case K::TimedOut: return tr("Docker's credential helper didn't answer in time");
    case K::ConfigUnreadable: return tr("Docker's configuration can't be read");
    case K::ConfigInvalid: return tr("Docker's configuration is not valid");
    case K::ConfigNotWritten: return tr("Docker's configuration could not be saved");
    case K::NoCredentialStore: return tr("Docker has no credential store");
    case K::NotASession: return tr("Docker's sign-in can't be used");
    case K::NoSession: return tr("Docker is not signed in to Docker Hub");
    case K::SessionLapsed: return tr("Docker's sign-in has expired");
    }
    return {};
}

QString Words::message(const DockerError &e)
{
    using K = DockerError::Kind;
    switch (e.kind) {
    case K::HelperMissing:
        return tr("Docker is set to keep sign-ins with %1, but that program is not installed or not on the PATH. "
                  "Install it, or choose another credential store.")
            .arg(program(e));
    case K::HelperFailed: {
        const QString code = e.exitCode < 0 ? tr("%1 stopped unexpectedly.").arg(program(e))
                                            : tr("%1 failed with exit code %2.").arg(program(e)).arg(e.exitCode);
        if (e.detail.isEmpty())
            return code + QLatin1Char(' ') + tr("Check that the credential store is unlocked and try again.");
        return code + QLatin1Char(' ') + tr("It said: %1").arg(e.detail);
    }
    case K::BadOutput:
        return tr("%1 answered with something that is not what Docker's credential helpers send. Nothing was "
                  "changed.")
            .arg(program(e));
    case K::TimedOut: {
        // Computed before tr(): lupdate 6.4 loops on a '/' among its arguments.
        const int seconds = qMax(1, (e.timeoutMs + 999) / 1000);
        return tr("%1 did not finish within %n second(s) and was stopped. The credential store may be locked or "
                  "waiting for a password; unlock it and try again.",
                  nullptr, seconds)
            .arg(program(e));
    }
    case K::ConfigUnreadable: return tr("%1 exists but can't be read: %2").arg(e.path, e.detail);
    case K::ConfigInvalid:
        return tr("%1 is not a valid Docker configuration, so it was left as it is. Fix or remove it, then try "
                  "again. (%2)")
            .arg(e.path, e.detail);
    case K::ConfigNotWritten: return tr("%1 could not be saved; it was left as it was. %2").arg(e.path, e.detail);
    case K::NoCredentialStore:
        return tr("Docker keeps sign-ins in %1 itself, encoded but not encrypted, and this app never writes a secret "
                  "there. Choose a credential store (for example pass or the Secret Service) first.")
            .arg(e.path);
    case K::NotASession:
        return tr("What Docker keeps as its Docker Hub session is not one this app can use. Sign in to Docker "
                  "again (docker login, or Docker Desktop).");
    case K::NoSession:
        return tr("Docker keeps no Docker Hub session on this computer. Sign in with Docker Desktop, or with "
                  "docker login in the browser, then try again.");
    case K::SessionLapsed:
        return tr("Docker's Docker Hub session has expired. Sign in to Docker again (Docker Desktop, or docker "
                  "login), then continue with Docker's sign-in once more.");
    }
    return {};
}

QString Words::kindName(StoredLogin::Kind kind)
{
    switch (kind) {
    case StoredLogin::Kind::None: return tr("nothing");
    case StoredLogin::Kind::Token: return tr("a personal access token");
    case StoredLogin::Kind::Password: return tr("a password");
    case StoredLogin::Kind::Session: return tr("a Docker session");
    }
    return {};
}

QString Words::replaceQuestion(DockerLoginState::Replaces replaces, const QString &registry)
{
    using R = DockerLoginState::Replaces;
    switch (replaces) {
    case R::Nothing:
    case R::SameToken: return {};
    case R::AppToken:
        return tr("Docker is signed in to %1 with another token this app created. Replace it with this token?")
            .arg(registry);
    case R::OtherToken:
        return tr("Docker is signed in to %1 with a token this app did not create. Replace it with this token?")
            .arg(registry);
    case R::Password:
        return tr("Docker is signed in to %1 with a password. Replace it with this token? (A token is safer: it "
                  "can be limited and revoked.)")
            .arg(registry);
    case R::Session:
        return tr("Docker is signed in to %1 with its own session (Docker Desktop or docker login in the browser). "
                  "Replace it with this token?")
            .arg(registry);
    }
    return {};
}

} // namespace

namespace DockerText {

QString title(const DockerError &e)
{
    return Words::title(e);
}

QString message(const DockerError &e)
{
    return Words::message(e);
}

QString line(const DockerError &e)
{
    return ErrorText::line(Words::title(e), Words::message(e));
}

QString kindName(StoredLogin::Kind kind)
{
    return Words::kindName(kind);
}

QString replaceQuestion(DockerLoginState::Replaces replaces, const QString &registry)
{
    return Words::replaceQuestion(replaces, registry);
}

} // namespace DockerText
