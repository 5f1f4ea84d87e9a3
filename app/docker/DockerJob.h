#pragma once

#include "CredentialHelper.h"
#include "DockerConfig.h"
#include "DockerLoginState.h"

#include <QObject>
#include <QPointer>

#include <functional>

class HelperCall;

// Where Docker's sign-ins are looked for: which config.json, which registry key, how long a helper may take.
struct DockerContext {
    QString configPath; // empty: DockerConfig::defaultPath() when the call is made
    QString registry; // empty: DockerConfig::defaultRegistry()
    int helperTimeoutMs = CredentialHelper::DefaultTimeoutMs;

    QString effectiveConfigPath() const;
    QString effectiveRegistry() const;
    // config.json and the helper serving the registry (empty: none). Fails when config.json cannot be read, or
    // with HelperMissing when the configured helper is not installed.
    DockerResult<DockerConfig> loadConfig(QString *helper) const;
    // What Docker keeps under the registry key and the session key, blocking on the helper (no event loop).
    DockerResult<DockerEntries> lookupNow() const;
};

// The machinery the Docker jobs share (DockerInspectJob, DockerSessionJob, DockerSignInJob): finishing exactly
// once — always from the event loop, never inside the call that made the job — then deleting itself, and looking up
// the two entries (registry and session) through the helper, both at once. Deleting a job kills its helpers and
// emits nothing. Subclasses declare their own `finished(result)` signal.
class DockerJob : public QObject {
    Q_OBJECT
public:
    ~DockerJob() override;
    bool isFinished() const { return m_finished; }

protected:
    DockerJob(const DockerContext &context, QObject *parent);

    const DockerContext &context() const { return m_context; }
    // Looks up both entries, then calls onEntries() once.
    void lookup();
    virtual void onEntries(const DockerResult<DockerEntries> &entries);
    // `emitResult` runs from the event loop (it emits `finished`), then the job deletes itself. First call counts.
    void finishLater(std::function<void()> emitResult);

private:
    void onLookupReply();

    DockerContext m_context;
    DockerEntries m_entries;
    QPointer<HelperCall> m_entryCall;
    QPointer<HelperCall> m_sessionCall;
    int m_pending = 0;
    std::optional<DockerError> m_lookupError;
    bool m_finished = false;
};
