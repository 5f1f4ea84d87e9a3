#include "DockerTokenWatch.h"

#include "TokenCore.h"
#include "app/docker/DockerCredentials.h"
#include "app/docker/DockerInspectJob.h"
#include "app/settings/AppSettings.h"

DockerTokenWatch::DockerTokenWatch(TokenCore *core, DockerCredentials *docker, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_docker(docker)
{
    connect(core, &TokenCore::listFinished, this, [this](const std::optional<ApiError> &error) {
        if (!error)
            refresh();
    });
    if (settings) {
        connect(settings, &AppSettings::changed, this, [this](const QString &key) {
            if (key.startsWith(QLatin1String("docker"))) // docker/registry, dockerTokens/…, dockerSession/…
                refresh();
        });
    }
}

void DockerTokenWatch::refresh()
{
    if (!m_docker)
        return;
    if (m_job) {
        m_again = true;
        return;
    }
    m_job = m_docker->inspect();
    connect(m_job, &DockerInspectJob::finished, this, [this](const DockerResult<DockerLoginState> &result) {
        m_job = nullptr;
        const QString before = m_uuid;
        if (result.ok())
            m_state = result.value;
        else
            m_state.reset();
        m_uuid = result.ok() ? result.value.tokenUuid : QString();
        if (m_uuid != before)
            Q_EMIT inUseChanged(m_uuid);
        Q_EMIT looked();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}
