#pragma once

#include "DockerJob.h"

#include <QHash>

// What this computer's Docker keeps for the registry key and for its Hub session, classified (DockerLoginState:
// no secrets). Made by DockerCredentials::inspect(); see DockerJob for how it finishes.
class DockerInspectJob : public DockerJob {
    Q_OBJECT
public:
    // `fingerprints` (fingerprint → token uuid, from AppSettings) name a token this app put there.
    DockerInspectJob(const DockerContext &context, const QHash<QString, QString> &fingerprints,
                     QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const DockerResult<DockerLoginState> &result);

protected:
    void onEntries(const DockerResult<DockerEntries> &entries) override;

private:
    QHash<QString, QString> m_fingerprints;
};
