#pragma once

#include "app/docker/DockerLoginState.h"

#include <QObject>
#include <QPointer>
#include <QString>

class AppSettings;
class DockerCredentials;
class DockerInspectJob;
class TokenCore;

// "Used by this computer's Docker CLI": which of the account's tokens Docker's credential store holds, recognised by
// the fingerprint the app kept when it put it there. Looks again after every list and whenever the app's Docker
// settings change (a token was put into Docker's store), and says so with inUseChanged().
class DockerTokenWatch : public QObject {
    Q_OBJECT
public:
    // `docker` and `settings` may be null; all must outlive this object. Does nothing without `docker`.
    DockerTokenWatch(TokenCore *core, DockerCredentials *docker, AppSettings *settings, QObject *parent = nullptr);

    // The uuid of the token Docker uses, if it is one the app put there; empty otherwise.
    QString inUse() const { return m_uuid; }
    // What Docker holds now (no secrets), as last looked at; nullopt before the first look or if it failed.
    const std::optional<DockerLoginState> &state() const { return m_state; }

    // Looks again (now, or after the look under way).
    void refresh();

Q_SIGNALS:
    void inUseChanged(const QString &uuid);
    // Every look that ended, with what it found.
    void looked();

private:
    DockerCredentials *m_docker;
    QPointer<DockerInspectJob> m_job;
    bool m_again = false;
    QString m_uuid;
    std::optional<DockerLoginState> m_state;
};
