// The emulator's injected faults that commit first: "committed, then failed" (a create, patch or delete done, then
// answered 502) and "lost reply" (done, then the connection closed without a byte), per call and at seeded random
// rates. Spoken to over raw loopback sockets, one request per connection, so nothing on the client side sends a
// request twice (QNetworkAccessManager re-sends some requests by itself when a connection closes early).
#include "HubEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("pw");

struct RawReply {
    bool answered = false; // false: the connection closed before a status line
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

// One request on its own connection; waits (in the event loop: the emulator runs in this thread) for the whole
// reply or the close.
RawReply rawCall(const HubEmulator &e, const QByteArray &verb, const QByteArray &path, const QByteArray &body = {},
                 const QByteArray &bearer = {})
{
    RawReply out;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, e.port());
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5'000))
        return out;
    QByteArray request = verb + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!bearer.isEmpty())
        request += "Authorization: Bearer " + bearer + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    QByteArray received;
    const auto complete = [&] {
        received += socket.readAll();
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return socket.state() == QAbstractSocket::UnconnectedState;
        qsizetype length = 0;
        for (const QByteArray &line : received.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return received.size() >= end + 4 + length || socket.state() == QAbstractSocket::UnconnectedState;
    };
    if (!QTest::qWaitFor(complete, 10'000))
        return out;
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (!received.startsWith("HTTP/1.1 ") || end < 0)
        return out;
    out.answered = true;
    out.status = received.mid(9, 3).toInt();
    out.body = received.mid(end + 4);
    out.json = QJsonDocument::fromJson(out.body).object();
    return out;
}

QByteArray createBody(const QString &label)
{
    return QJsonDocument(QJsonObject{{"token_label", label}, {"scopes", QJsonArray{"repo:read"}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestEmulatorFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HubEmulator> start(EmulatorOptions options = {})
    {
        options.rateLimitPerMinute = 0;
        auto e = std::make_unique<HubEmulator>(options);
        QString error;
        if (!e->listen(&error))
            qWarning("listen failed: %s", qPrintable(error));
        e->addAccount(kUser, kPassword);
        return e;
    }

    QByteArray login(const HubEmulator &e)
    {
        const RawReply r = rawCall(e, "POST", "/v2/users/login", R"({"username":"alice","password":"pw"})");
        return r.json.value(QStringLiteral("token")).toString().toLatin1();
    }

private Q_SLOTS:
    void commitThenFail()
    {
        auto e = start();
        const QByteArray jwt = login(*e);
        QVERIFY(!jwt.isEmpty());

        e->commitThenFailNext(1);
        const RawReply created = rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("a")), jwt);
        QVERIFY(created.answered);
        QCOMPARE(created.status, 502);
        QCOMPARE(created.json, (QJsonObject{{"message", "bad gateway"}, {"errinfo", QJsonObject()}}));
        QCOMPARE(e->tokenCount(kUser), 1); // done all the same
        const QString uuid = e->tokens(kUser).first().value(QStringLiteral("uuid")).toString();
        const QByteArray tokenPath = "/v2/access-tokens/" + uuid.toLatin1();

        // A call that fails (404, 400) changes nothing and leaves the fault pending.
        e->commitThenFailNext(1, 503);
        QCOMPARE(rawCall(*e, "PATCH", "/v2/access-tokens/nope", R"({"is_active":false})", jwt).status, 404);
        QCOMPARE(rawCall(*e, "PATCH", tokenPath, R"({"is_active":"no"})", jwt).status, 400);
        QCOMPARE(rawCall(*e, "PATCH", tokenPath, R"({"is_active":false})", jwt).status, 503);
        QVERIFY(!e->tokens(kUser).first().value(QStringLiteral("is_active")).toBool());
        // Reads are never touched.
        e->commitThenFailNext(1);
        QCOMPARE(rawCall(*e, "GET", tokenPath, {}, jwt).status, 200);
        QCOMPARE(rawCall(*e, "GET", "/v2/access-tokens", {}, jwt).status, 200);
        QCOMPARE(rawCall(*e, "DELETE", tokenPath, {}, jwt).status, 502);
        QCOMPARE(e->tokenCount(kUser), 0);
        // Once used up, replies are normal again.
        QCOMPARE(rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("b")), jwt).status, 201);
        QCOMPARE(e->faultCounts().committedThenFailed, 3);
        QCOMPARE(e->faultCounts().lostReplies, 0);
    }

    void lostReply_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::newRow("at once") << 0;
        QTest::newRow("after the latency") << 150;
    }

    void lostReply()
    {
        QFETCH(int, latencyMs);
        auto e = start();
        const QByteArray jwt = login(*e);
        QVERIFY(!jwt.isEmpty());
        e->setLatency(latencyMs);

        e->loseReplyNext(1);
        const RawReply created = rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("a")), jwt);
        QVERIFY2(!created.answered, created.body.constData());
        QCOMPARE(e->tokenCount(kUser), 1);
        QCOMPARE(e->tokens(kUser).first().value(QStringLiteral("token_label")).toString(), QStringLiteral("a"));
        const QByteArray tokenPath =
            "/v2/access-tokens/" + e->tokens(kUser).first().value("uuid").toString().toLatin1();

        e->loseReplyNext(2);
        QVERIFY(!rawCall(*e, "PATCH", tokenPath, R"({"token_label":"renamed"})", jwt).answered);
        QCOMPARE(e->tokens(kUser).first().value(QStringLiteral("token_label")).toString(), QStringLiteral("renamed"));
        QVERIFY(rawCall(*e, "GET", tokenPath, {}, jwt).answered); // reads are never lost
        QVERIFY(!rawCall(*e, "DELETE", tokenPath, {}, jwt).answered);
        QCOMPARE(e->tokenCount(kUser), 0);
        QCOMPARE(rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("b")), jwt).status, 201);
        QCOMPARE(e->faultCounts().lostReplies, 3);
        QCOMPARE(e->faultCounts().committedThenFailed, 0);
    }

    void randomRates()
    {
        // Seeded: the same faults for the same calls; every create is committed whatever its reply.
        struct Run {
            QList<int> outcomes; // per create: its status, or 0 for a lost reply
            int tokens = 0;
            EmulatorFaultCounts counts;
            int listStatus = 0;
            int listCount = 0;
        };
        auto run = [this](quint32 seed) {
            EmulatorOptions o;
            o.seed = seed;
            o.commitThenFailRate = 0.3;
            o.lostReplyRate = 0.3;
            auto e = start(o);
            const QByteArray jwt = login(*e);
            Run out;
            for (int i = 0; i < 30; ++i) {
                const RawReply r =
                    rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("t%1").arg(i)), jwt);
                out.outcomes << (r.answered ? r.status : 0);
            }
            out.tokens = e->tokenCount(kUser);
            out.counts = e->faultCounts();
            const RawReply list = rawCall(*e, "GET", "/v2/access-tokens?page_size=100", {}, jwt); // reads unharmed
            out.listStatus = list.status;
            out.listCount = list.json.value(QStringLiteral("count")).toInt();
            return out;
        };
        const Run first = run(11);
        QCOMPARE(run(11).outcomes, first.outcomes); // seeded: the same faults for the same calls
        const int lost = int(first.outcomes.count(0));
        const int failed = int(first.outcomes.count(502));
        const int fine = int(first.outcomes.count(201));
        QVERIFY2(lost > 0 && failed > 0 && fine > 0,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(lost).arg(failed).arg(fine)));
        QCOMPARE(lost + failed + fine, 30);
        QCOMPARE(first.counts.lostReplies, lost);
        QCOMPARE(first.counts.committedThenFailed, failed);
        QCOMPARE(first.tokens, 30); // every create was committed, whatever its reply
        QCOMPARE(first.listStatus, 200);
        QCOMPARE(first.listCount, 30);

        auto e = start();
        const QByteArray jwt = login(*e);
        e->setLostReplyRate(1.0);
        QVERIFY(!rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("x")), jwt).answered);
        e->setLostReplyRate(0.0);
        e->setCommitThenFailRate(1.0);
        QCOMPARE(rawCall(*e, "POST", "/v2/access-tokens", createBody(QStringLiteral("y")), jwt).status, 502);
        QCOMPARE(e->options().commitThenFailRate, 1.0);
        QCOMPARE(e->tokenCount(kUser), 2);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
