#include "DockerJob.h"

#include "HelperCall.h"

#include <QMetaObject>

QString DockerContext::effectiveConfigPath() const
{
    return configPath.isEmpty() ? DockerConfig::defaultPath() : configPath;
}

QString DockerContext::effectiveRegistry() const
{
    return registry.isEmpty() ? DockerConfig::defaultRegistry() : registry;
}

DockerResult<DockerConfig> DockerContext::loadConfig(QString *helper) const
{
    DockerResult<DockerConfig> config = DockerConfig::load(effectiveConfigPath());
    if (!config.ok())
        return config;
    *helper = config.value.helperFor(effectiveRegistry());
    if (!helper->isEmpty() && CredentialHelper::findProgram(*helper).isEmpty()) {
        DockerError e;
        e.kind = DockerError::Kind::HelperMissing;
        e.helper = *helper;
        e.path = config.value.path();
        return DockerResult<DockerConfig>::failure(e);
    }
    return config;
}

DockerResult<DockerEntries> DockerContext::lookupNow() const
{
    QString helperName;
    const DockerResult<DockerConfig> config = loadConfig(&helperName);
    if (!config.ok())
        return DockerResult<DockerEntries>::failure(*config.error);
    if (helperName.isEmpty())
        return DockerResult<DockerEntries>::success(DockerEntries::fromInline(config.value, effectiveRegistry()));
    DockerEntries entries;
    entries.configPath = config.value.path();
    entries.configExists = config.value.exists();
    entries.registry = effectiveRegistry();
    entries.helper = helperName;
    const CredentialHelper helper(helperName, helperTimeoutMs);
    const HelperReply entry = helper.getNow(entries.registry);
    if (!entry.ok())
        return DockerResult<DockerEntries>::failure(*entry.error);
    const HelperReply session = helper.getNow(DockerConfig::sessionKey());
    if (!session.ok())
        return DockerResult<DockerEntries>::failure(*session.error);
    entries.entry = entry.credential;
    entries.session = session.credential;
    return DockerResult<DockerEntries>::success(entries);
}

DockerJob::DockerJob(const DockerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

DockerJob::~DockerJob()
{
    delete m_entryCall; // kills a helper still running; its reply goes nowhere
    delete m_sessionCall;
}

void DockerJob::lookup()
{
    QString helperName;
    const DockerResult<DockerConfig> config = m_context.loadConfig(&helperName);
    if (!config.ok()) {
        onEntries(DockerResult<DockerEntries>::failure(*config.error));
        return;
    }
    if (helperName.isEmpty()) {
        onEntries(DockerResult<DockerEntries>::success(
            DockerEntries::fromInline(config.value, m_context.effectiveRegistry())));
        return;
    }
    m_entries.configPath = config.value.path();
    m_entries.configExists = config.value.exists();
    m_entries.registry = m_context.effectiveRegistry();
    m_entries.helper = helperName;
    const CredentialHelper helper(helperName, m_context.helperTimeoutMs);
    m_pending = 2;
    m_entryCall = helper.get(m_entries.registry, this);
    connect(m_entryCall, &HelperCall::finished, this, [this](const HelperReply &reply) {
        if (reply.ok())
            m_entries.entry = reply.credential;
        else if (!m_lookupError)
            m_lookupError = reply.error;
        onLookupReply();
    });
    m_sessionCall = helper.get(DockerConfig::sessionKey(), this);
    connect(m_sessionCall, &HelperCall::finished, this, [this](const HelperReply &reply) {
        if (reply.ok())
            m_entries.session = reply.credential;
        else if (!m_lookupError)
            m_lookupError = reply.error;
        onLookupReply();
    });
}

void DockerJob::onLookupReply()
{
    if (--m_pending > 0)
        return;
    DockerEntries entries = std::move(m_entries);
    m_entries = {};
    if (m_lookupError)
        onEntries(DockerResult<DockerEntries>::failure(*m_lookupError));
    else
        onEntries(DockerResult<DockerEntries>::success(std::move(entries)));
}

void DockerJob::onEntries(const DockerResult<DockerEntries> &)
{
}

void DockerJob::finishLater(std::function<void()> emitResult)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this,
        [this, emitResult = std::move(emitResult)] {
            emitResult();
            deleteLater();
        },
        Qt::QueuedConnection);
}
