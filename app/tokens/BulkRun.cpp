#include "BulkRun.h"

#include "Account.h"
#include "TokensLogging.h"

#include <QTimer>

int BulkReport::succeeded() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const ItemOutcome &o) { return o.ok(); }));
}

QList<ItemOutcome> BulkReport::failures() const
{
    QList<ItemOutcome> out;
    for (const ItemOutcome &o : items) {
        if (!o.ok())
            out.append(o);
    }
    return out;
}

BulkRun::BulkRun(BulkReport::Action action, Account *account, int maxInFlight, Perform perform, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_maxInFlight(qMax(1, maxInFlight))
    , m_perform(std::move(perform))
{
    m_report.action = action;
}

bool BulkRun::contains(const QString &uuid) const
{
    return std::any_of(m_report.items.cbegin(), m_report.items.cend(),
                       [&](const ItemOutcome &o) { return o.uuid == uuid; });
}

void BulkRun::add(const QList<QPair<QString, QString>> &items)
{
    for (const auto &[uuid, label] : items) {
        if (contains(uuid))
            continue;
        m_report.items.append(ItemOutcome{uuid, label.isEmpty() ? uuid : label, std::nullopt});
        m_queue.append(int(m_report.items.size()) - 1);
    }
    // From the event loop: the caller connects to finished() first, and an empty run still answers once.
    QTimer::singleShot(0, this, &BulkRun::pump);
}

void BulkRun::pump()
{
    if (m_finished)
        return;
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        ++m_inFlight;
        QPointer<BulkRun> self(this);
        m_perform(m_report.items.at(index).uuid, [self, index](std::optional<ApiError> error) {
            if (self)
                self->settle(index, std::move(error));
        });
    }
    if (m_inFlight > 0 || !m_queue.isEmpty())
        return;
    if (m_awaitingSignIn.isEmpty()) {
        finishRun();
        return;
    }
    const QList<int> again = std::exchange(m_awaitingSignIn, {});
    const auto failAll = [this, again] {
        ApiError expired;
        expired.kind = ApiError::Kind::SessionExpired;
        for (const int index : again)
            m_report.items[index].error = expired;
        finishRun();
    };
    QPointer<BulkRun> self(this);
    const bool asked = m_account
        && m_account->requireSignIn(
            Account::SignInReason::SessionExpired,
            [self, again] {
                if (!self)
                    return;
                self->m_queue.append(again);
                self->pump();
            },
            [self, failAll] {
                if (self)
                    failAll();
            });
    if (!asked)
        failAll();
}

void BulkRun::settle(int index, std::optional<ApiError> error)
{
    --m_inFlight;
    if (error && error->kind == ApiError::Kind::SessionExpired) {
        m_awaitingSignIn.append(index);
    } else {
        m_report.items[index].error = std::move(error);
    }
    pump();
}

void BulkRun::finishRun()
{
    if (std::exchange(m_finished, true))
        return;
    qCInfo(lcCore) << "bulk" << int(m_report.action) << "finished:" << m_report.succeeded() << "done,"
                   << m_report.failed() << "failed";
    Q_EMIT finished(m_report);
    deleteLater();
}
