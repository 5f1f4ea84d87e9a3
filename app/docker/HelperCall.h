#pragma once

#include "CredentialHelper.h"

#include <QObject>
#include <QProcess>
#include <QTimer>

// One running call of a credential helper (see CredentialHelper): the helper process, its timeout, its output.
// Emits finished(reply) exactly once — always from the event loop, never inside the call that made it — and then
// deletes itself. Deleting it before that kills the helper and emits nothing.
class HelperCall : public QObject {
    Q_OBJECT
public:
    // Starts at once. `credential` (store only) goes to the helper's stdin and is not kept after that.
    HelperCall(const CredentialHelper &helper, CredentialHelper::Action action, const QString &serverUrl,
               const DockerCredential &credential, QObject *parent = nullptr);
    ~HelperCall() override;

    CredentialHelper::Action action() const { return m_action; }
    QString helperName() const { return m_helper.name(); }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const HelperReply &reply);

private:
    void onReadyRead();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finishLater(const HelperReply &reply);

    CredentialHelper m_helper;
    CredentialHelper::Action m_action;
    QString m_redact; // the secret this call carried, blanked out of any message
    CredentialHelper::Outcome m_outcome;
    QProcess m_process;
    QTimer m_timer;
    bool m_finished = false;
};
