#pragma once

#include "TokenOutcome.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <functional>

class Account;

// One operation over many tokens (delete, activate, deactivate) with at most `maxInFlight` calls at a time.
// Items whose call meets an expired session wait until every other call is done, then the account is asked to sign
// in once: after it they run again; if the person gives up (or nobody can sign in) they fail with SessionExpired.
// Emits finished(report) once, with one outcome per item in the order they were added, then deletes itself.
class BulkRun : public QObject {
    Q_OBJECT
public:
    // Runs the call for one item and answers `done` with its error (none: done). Must answer exactly once, later.
    using Perform = std::function<void(const QString &uuid, std::function<void(std::optional<ApiError>)> done)>;

    BulkRun(BulkReport::Action action, Account *account, int maxInFlight, Perform perform, QObject *parent = nullptr);

    BulkReport::Action action() const { return m_report.action; }
    // Adds items (uuid, label); an item already in this run is not added twice. Starts them at once.
    void add(const QList<QPair<QString, QString>> &items);
    bool contains(const QString &uuid) const;

Q_SIGNALS:
    void finished(const BulkReport &report);

private:
    void pump();
    void settle(int index, std::optional<ApiError> error);
    void finishRun();

    QPointer<Account> m_account;
    int m_maxInFlight;
    Perform m_perform;
    BulkReport m_report; // every item, outcomes filled in as they settle
    QList<int> m_queue; // indexes into m_report.items not started yet
    QList<int> m_awaitingSignIn;
    int m_inFlight = 0;
    bool m_finished = false;
};
