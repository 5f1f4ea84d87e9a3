#include "EmuFaults.h"

#include <QtGlobal>

namespace emu {

void EmuFaults::setFailureRate(double rate)
{
    m_failureRate = qBound(0.0, rate, 1.0);
}

void EmuFaults::setCommitThenFailRate(double rate)
{
    m_commitThenFailRate = qBound(0.0, rate, 1.0);
}

void EmuFaults::setLostReplyRate(double rate)
{
    m_lostReplyRate = qBound(0.0, rate, 1.0);
}

void EmuFaults::failNext(int n, int status)
{
    m_failNext = qMax(0, n);
    m_failNextStatus = status;
}

void EmuFaults::failToken(const QString &uuid, int status)
{
    if (status == 0)
        m_failTokens.remove(uuid);
    else
        m_failTokens.insert(uuid, status);
}

void EmuFaults::commitThenFailNext(int n, int status)
{
    m_commitThenFailNext = qMax(0, n);
    m_commitThenFailStatus = status;
}

void EmuFaults::loseReplyNext(int n)
{
    m_loseReplyNext = qMax(0, n);
}

int EmuFaults::takeFailNext()
{
    if (m_failNext <= 0)
        return 0;
    --m_failNext;
    ++m_counts.failures;
    return m_failNextStatus;
}

int EmuFaults::drawFailure()
{
    if (m_failureRate <= 0 || m_rng.generateDouble() >= m_failureRate)
        return 0;
    static const int statuses[] = {500, 502, 503};
    ++m_counts.failures;
    return statuses[m_rng.bounded(3)];
}

int EmuFaults::tokenFailure(const QString &uuid)
{
    const int status = m_failTokens.value(uuid);
    if (status != 0)
        ++m_counts.failures;
    return status;
}

EmuFaults::Outcome EmuFaults::afterCommit()
{
    Outcome out;
    if (m_commitThenFailNext > 0) {
        --m_commitThenFailNext;
        out = {AfterCommit::FailWithStatus, m_commitThenFailStatus};
    } else if (m_loseReplyNext > 0) {
        --m_loseReplyNext;
        out.what = AfterCommit::DropConnection;
    } else if (m_commitThenFailRate > 0 && m_rng.generateDouble() < m_commitThenFailRate) {
        out = {AfterCommit::FailWithStatus, 502};
    } else if (m_lostReplyRate > 0 && m_rng.generateDouble() < m_lostReplyRate) {
        out.what = AfterCommit::DropConnection;
    }
    if (out.what == AfterCommit::FailWithStatus)
        ++m_counts.committedThenFailed;
    else if (out.what == AfterCommit::DropConnection)
        ++m_counts.lostReplies;
    return out;
}

QString EmuFaults::reasonFor(int status)
{
    switch (status) {
    case 500: return QStringLiteral("internal server error");
    case 502: return QStringLiteral("bad gateway");
    case 503: return QStringLiteral("service unavailable");
    case 504: return QStringLiteral("gateway timeout");
    case 429: return QStringLiteral("Rate limit exceeded");
    case 404: return QStringLiteral("not found");
    case 403: return QStringLiteral("forbidden");
    case 401: return QStringLiteral("unauthorized");
    default: break;
    }
    return QStringLiteral("injected failure");
}

} // namespace emu
