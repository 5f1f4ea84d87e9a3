#include "DockerSessionJob.h"

DockerSessionJob::DockerSessionJob(const DockerContext &context, QObject *parent)
    : DockerJob(context, parent)
{
    lookup();
}

void DockerSessionJob::onEntries(const DockerResult<DockerEntries> &entries)
{
    const DockerResult<DockerSession> result =
        entries.ok() ? DockerSession::from(entries.value) : DockerResult<DockerSession>::failure(*entries.error);
    finishLater([this, result] { Q_EMIT finished(result); });
}
