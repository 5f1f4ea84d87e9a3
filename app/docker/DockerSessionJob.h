#pragma once

#include "DockerJob.h"

// Reads Docker's own Hub session (the JWT Docker Desktop or `docker login`'s browser flow keeps under
// https://index.docker.io/v1/access-token) for one use. Call it each time a session is needed — the app keeps no
// copy, so it follows Docker's renewals. A result with no JWT means Docker keeps no session (not an error); a
// session whose expiresAt has passed means "sign in to Docker again". Made by DockerCredentials::readSession().
class DockerSessionJob : public DockerJob {
    Q_OBJECT
public:
    explicit DockerSessionJob(const DockerContext &context, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const DockerResult<DockerSession> &result);

protected:
    void onEntries(const DockerResult<DockerEntries> &entries) override;
};
