#include "DockerInspectJob.h"

DockerInspectJob::DockerInspectJob(const DockerContext &context, const QHash<QString, QString> &fingerprints,
                                   QObject *parent)
    : DockerJob(context, parent)
    , m_fingerprints(fingerprints)
{
    lookup();
}

void DockerInspectJob::onEntries(const DockerResult<DockerEntries> &entries)
{
    const DockerResult<DockerLoginState> result = entries.ok()
        ? DockerResult<DockerLoginState>::success(DockerLoginState::from(entries.value, m_fingerprints))
        : DockerResult<DockerLoginState>::failure(*entries.error);
    finishLater([this, result] { Q_EMIT finished(result); });
}
