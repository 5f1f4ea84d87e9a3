#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace emu {

// The faults the emulator can inject, per call from a test and at random rates from the command line:
//   - failures: the reply is a 5xx instead, and nothing is done (failNext, failToken, failure rate);
//   - commit-then-fail: a create, patch or delete that succeeded is committed, then answered with a 5xx (502);
//   - lost reply: a create, patch or delete that succeeded is committed, then the connection is dropped with no
//     reply at all.
// Random draws come from one seeded generator, so a seed replays the same faults for the same calls.
class EmuFaults {
public:
    // What happens to the reply of a change that was committed.
    enum class AfterCommit { Reply, FailWithStatus, DropConnection };
    struct Outcome {
        AfterCommit what = AfterCommit::Reply;
        int status = 0; // FailWithStatus: the status to answer
    };
    // How many of each fault were injected so far.
    struct Counts {
        int failures = 0; // failNext, failToken and the failure rate
        int committedThenFailed = 0;
        int lostReplies = 0;
    };

    void seed(quint32 seed) { m_rng.seed(seed); }

    void setFailureRate(double rate);
    double failureRate() const { return m_failureRate; }
    void setCommitThenFailRate(double rate);
    double commitThenFailRate() const { return m_commitThenFailRate; }
    void setLostReplyRate(double rate);
    double lostReplyRate() const { return m_lostReplyRate; }

    void failNext(int n, int status);
    void failToken(const QString &uuid, int status); // status 0 clears
    void commitThenFailNext(int n, int status);
    void loseReplyNext(int n);

    // The status to answer instead of handling the request: a pending failNext (0 if none).
    int takeFailNext();
    // The status the failure rate draws for this request (500, 502 or 503), or 0.
    int drawFailure();
    // The status set for `uuid` by failToken, or 0.
    int tokenFailure(const QString &uuid);
    // For a create, patch or delete that has just been committed: the pending per-call faults first, then the rates.
    Outcome afterCommit();

    Counts counts() const { return m_counts; }

    // "bad gateway" for 502, …: the message of an injected error reply.
    static QString reasonFor(int status);

private:
    QRandomGenerator m_rng;
    double m_failureRate = 0.0;
    double m_commitThenFailRate = 0.0;
    double m_lostReplyRate = 0.0;
    int m_failNext = 0;
    int m_failNextStatus = 500;
    QHash<QString, int> m_failTokens;
    int m_commitThenFailNext = 0;
    int m_commitThenFailStatus = 502;
    int m_loseReplyNext = 0;
    Counts m_counts;
};

} // namespace emu
