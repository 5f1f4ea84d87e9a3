// The client against servers that mean harm or are broken in ways no emulator is: a body far over the size cap (with
// and without a Content-Length), bytes trickling forever, invalid UTF-8 and absurdly deep nesting in JSON, and a
// connection closed halfway through the body. Every case must end in a clean ApiError, within a bounded time, without
// reading the whole body into memory. The servers are small QTcpServers written for these cases (TinyHttpServer
// only sends whole replies).
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenPageRequest.h"
#include "app/hub/TokenRequest.h"
#include "app/hub/WireFormat.h"
#include "app/session/Jwt.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using Kind = ApiError::Kind;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// What the server does once it has read a request's headers.
struct Behaviour {
    QByteArray head; // status line and headers, up to and including the blank line
    QByteArray body; // sent at once after the head
    qint64 streamBytes = 0; // then this many more bytes of filler, as fast as the client takes them
    int trickleMs = 0; // or: one byte every trickleMs, forever
    bool closeAfterBody = false; // then close the connection (even if the head promised more)
};

// One-connection-at-a-time hostile HTTP server on 127.0.0.1. Counts what it wrote and notices when the client hangs
// up. Never reads request bodies (none of these calls needs one looked at).
class HostileServer : public QTcpServer {
public:
    explicit HostileServer(Behaviour behaviour)
        : m_behaviour(std::move(behaviour))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    qint64 written = 0; // bytes the client's side accepted from us (bytesWritten)
    int clientHangUps = 0; // connections the client closed
    int requests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto started = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 n) {
            written += n;
            pump(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++clientHangUps;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, started] {
            *buffer += socket->readAll();
            if (*started || !buffer->contains("\r\n\r\n"))
                return;
            *started = true;
            ++requests;
            m_left[socket] = m_behaviour.streamBytes;
            socket->write(m_behaviour.head + m_behaviour.body);
            if (m_behaviour.trickleMs > 0) {
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [socket] {
                    if (socket->state() == QAbstractSocket::ConnectedState)
                        socket->write("x");
                });
                timer->start(m_behaviour.trickleMs);
            } else if (m_behaviour.closeAfterBody) {
                socket->disconnectFromHost();
            } else {
                pump(socket);
            }
        });
    }

    // Streams the filler in 64 KiB chunks, keeping at most 256 KiB queued in the socket.
    void pump(QTcpSocket *socket)
    {
        qint64 &left = m_left[socket];
        static const QByteArray chunk(64 * 1024, ' ');
        while (left > 0 && socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
            const qint64 n = qMin<qint64>(left, chunk.size());
            socket->write(chunk.constData(), n);
            left -= n;
        }
        if (left == 0 && m_behaviour.streamBytes > 0 && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    }

    Behaviour m_behaviour;
    QHash<QTcpSocket *, qint64> m_left;
};

QByteArray head(int status, const QList<QByteArray> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\n";
    for (const QByteArray &h : headers)
        out += h + "\r\n";
    return out + "\r\n";
}

QByteArray jsonHead(qint64 contentLength, int status = 200)
{
    return head(status,
                {"Content-Type: application/json", "Content-Length: " + QByteArray::number(contentLength),
                 "Connection: close"});
}

template <typename Result, typename Request> std::optional<Result> await(Request *request, int timeoutMs)
{
    auto got = std::make_shared<std::optional<Result>>();
    QObject::connect(request, &Request::finished, [got](const Result &r) { *got = r; });
    if (!QTest::qWaitFor([&] { return got->has_value(); }, timeoutMs))
        return std::nullopt;
    return *got;
}

std::optional<ApiError> listError(HubClient &client, int timeoutMs = 20'000)
{
    const auto r = await<ApiResult<TokenList>>(client.listAllTokens(), timeoutMs);
    if (!r)
        return ApiError{Kind::Other, 0, QStringLiteral("no answer in time"), {}, {}};
    return r->error;
}

// What listing the tokens from a server that sent one reply and closed came to.
struct ClosedReplyOutcome {
    QString setupError; // empty when the server ran and the client pointed at it
    std::optional<ApiError> error;
    qint64 elapsedMs = 0;
};

// Serves `head` then `body` and closes, and lists the tokens from it with `client`, timed.
ClosedReplyOutcome listFromClosingServer(HubClient &client, const QByteArray &head, const QByteArray &body)
{
    Behaviour b;
    b.head = head;
    b.body = body;
    b.closeAfterBody = true;
    HostileServer server(b);
    if (!server.start())
        return {QStringLiteral("the hostile server did not start"), {}, 0};
    if (!client.setBaseUrl(server.baseUrl()).ok())
        return {QStringLiteral("the client refused %1").arg(server.baseUrl().toString()), {}, 0};
    QElapsedTimer t;
    t.start();
    ClosedReplyOutcome outcome;
    outcome.error = listError(client);
    outcome.elapsedMs = t.elapsed();
    return outcome;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestHostileServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void hugeBody_data();
    void hugeBody();
    void endlessTrickle();
    void invalidUtf8_data();
    void invalidUtf8();
    void deepNesting_data();
    void deepNesting();
    void deepNestingDecoders();
    void closedMidBody();

private:
    std::unique_ptr<HubClient> m_client;
};

void TestHostileServer::init()
{
    m_client = std::make_unique<HubClient>();
    m_client->setTransferTimeout(5'000);
}

void TestHostileServer::cleanup()
{
    m_client.reset();
}

void TestHostileServer::hugeBody_data()
{
    QTest::addColumn<bool>("advertised");
    QTest::newRow("50 MiB with Content-Length") << true;
    QTest::newRow("50 MiB, length unknown (close-delimited)") << false;
}

void TestHostileServer::hugeBody()
{
    QFETCH(bool, advertised);
    const qint64 size = 50 * MiB;
    const qint64 cap = 1 * MiB;
    Behaviour b;
    b.head = advertised ? jsonHead(size) : head(200, {"Content-Type: application/json", "Connection: close"});
    b.body = "{\"count\":1,\"results\":[{\"uuid\":\"";
    b.streamBytes = size - b.body.size();
    HostileServer server(b);
    QVERIFY(server.start());
    QVERIFY(m_client->setBaseUrl(server.baseUrl()).ok());
    m_client->setMaxReplyBytes(cap);

    QElapsedTimer t;
    t.start();
    const std::optional<ApiError> error = listError(*m_client);
    QVERIFY2(error, "a 50 MiB reply was accepted");
    QVERIFY2(error->kind == Kind::MalformedReply, qPrintable(error->toString()));
    QVERIFY2(t.elapsed() < 10'000, qPrintable(QString::number(t.elapsed())));
    // The client hung up long before the end: it never took in the whole body. What the server managed to write
    // includes what the kernel's socket buffers held on both sides (a few MiB on loopback).
    QTRY_VERIFY_WITH_TIMEOUT(server.clientHangUps >= 1, 5'000);
    qInfo("server wrote %lld KiB of %lld KiB before the client hung up (cap %lld KiB)", server.written / 1024,
          size / 1024, cap / 1024);
    QVERIFY2(server.written < 20 * MiB, qPrintable(QString::number(server.written)));
    if (advertised) // refused on the header, before reading the body: at most what the buffers took
        QVERIFY2(server.written < 12 * MiB, qPrintable(QString::number(server.written)));
}

void TestHostileServer::endlessTrickle()
{
    Behaviour b;
    b.head = jsonHead(100 * 1024); // within the size cap
    b.body = "{";
    b.trickleMs = 50; // far more often than the transfer timeout: Qt's own timeout never fires
    HostileServer server(b);
    QVERIFY(server.start());
    QVERIFY(m_client->setBaseUrl(server.baseUrl()).ok());
    m_client->setTransferTimeout(400);
    QCOMPARE(m_client->requestDeadline(), 1600); // 4 × the transfer timeout unless set
    m_client->setRequestDeadline(1'000);

    QElapsedTimer t;
    t.start();
    const std::optional<ApiError> error = listError(*m_client, 10'000);
    QVERIFY(error);
    QVERIFY2(error->kind == Kind::Timeout, qPrintable(error->toString()));
    QVERIFY2(t.elapsed() >= 900 && t.elapsed() < 5'000, qPrintable(QString::number(t.elapsed())));
    // And the request was really aborted: the client closed the connection.
    QTRY_VERIFY_WITH_TIMEOUT(server.clientHangUps == 1, 3'000);
    QVERIFY(server.written > 5); // it did trickle
}

void TestHostileServer::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("call");
    const QByteArray bad = "\xff\xfe\xc3\x28\xed\xa0\x80"; // not UTF-8; a lone surrogate
    QTest::newRow("token list") << QByteArray(R"({"count":1,"next":null,"results":[{"uuid":"u1","token_label":")" + bad
                                              + R"("}]})")
                                << 200 << "list";
    QTest::newRow("token") << QByteArray(R"({"uuid":")" + bad + R"(","token":""})") << 200 << "get";
    QTest::newRow("sign-in") << QByteArray(R"({"token":"a.)" + bad + R"(.c"})") << 200 << "signin";
    QTest::newRow("error message") << QByteArray(R"({"message":")" + bad + R"("})") << 400 << "get";
    QTest::newRow("raw bytes, no JSON") << bad << 200 << "get";
}

void TestHostileServer::invalidUtf8()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, call);
    Behaviour b;
    b.head = jsonHead(body.size(), status);
    b.body = body;
    b.closeAfterBody = true;
    HostileServer server(b);
    QVERIFY(server.start());
    QVERIFY(m_client->setBaseUrl(server.baseUrl()).ok());
    m_client->setBearerToken(QStringLiteral("a.b.c"));

    std::optional<ApiError> error;
    if (call == QLatin1String("list")) {
        error = listError(*m_client);
    } else if (call == QLatin1String("get")) {
        const auto r = await<ApiResult<AccessToken>>(m_client->getToken(QStringLiteral("u1")), 10'000);
        QVERIFY(r);
        error = r->error;
        // If a decoder ever chose replacement characters over refusing, no invalid text may come through.
        if (r->ok())
            QVERIFY(r->value.uuid.isValidUtf16());
    } else {
        const auto r = await<SignInResult>(m_client->signIn(QStringLiteral("u"), QStringLiteral("p")), 10'000);
        QVERIFY(r);
        error = r->error;
    }
    QVERIFY2(error, "invalid UTF-8 accepted as a good reply");
    if (status == 200)
        QVERIFY2(error->kind == Kind::MalformedReply, qPrintable(error->toString()));
    else // an error reply stays the error its status says; the unreadable message is not shown
        QVERIFY2(error->kind == Kind::Validation && error->message.isValidUtf16(), qPrintable(error->toString()));
}

void TestHostileServer::deepNesting_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("100,000 [ then ]") << nested(100'000);
    QTest::newRow("100,000 [ unclosed") << QByteArray(100'000, '[');
    QTest::newRow("objects 50,000 deep") << QByteArray("{\"a\":").repeated(50'000);
    QTest::newRow("inside results") << QByteArray(R"({"count":1,"results":)") + nested(100'000) + "}";
}

void TestHostileServer::deepNesting()
{
    QFETCH(QByteArray, body);
    const ClosedReplyOutcome outcome = listFromClosingServer(*m_client, jsonHead(body.size()), body);
    QVERIFY2(outcome.setupError.isEmpty(), qPrintable(outcome.setupError));
    const std::optional<ApiError> &error = outcome.error;
    QVERIFY(error);
    QVERIFY2(error->kind == Kind::MalformedReply, qPrintable(error->toString()));
    QVERIFY(outcome.elapsedMs < 10'000);
}

void TestHostileServer::deepNestingDecoders()
{
    // QJsonDocument refuses nesting deeper than 1024 (DeepNesting) instead of recursing on: every decoder that
    // reads a server's bytes must come back with an error, not a stack overflow.
    const QByteArray deep = nested(100'000);
    QJsonParseError parseError{};
    (void)QJsonDocument::fromJson(deep, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::DeepNesting);

    QVERIFY(!WireFormat::decodeTokenPageReply(deep, 1, 100).ok());
    QVERIFY(!WireFormat::decodeTokenReply(deep).ok());
    QVERIFY(!WireFormat::decodeCreatedTokenReply(deep).ok());
    QVERIFY(!WireFormat::decodeSignInReply(deep).ok());
    QVERIFY(WireFormat::decodeLogin2faToken(deep).isEmpty());
    const ApiError e = WireFormat::decodeError(400, {}, deep, WireFormat::ErrorContext::Authenticated);
    QCOMPARE(e.kind, Kind::Validation);
    const QByteArray payload = QByteArray("{\"exp\":") + nested(100'000) + "}";
    const QString jwt =
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.%1.c2ln")
            .arg(QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    QVERIFY(!Jwt::decode(jwt).isValid());
}

void TestHostileServer::closedMidBody()
{
    const QByteArray full = R"({"count":1,"next":null,"results":[{"uuid":"u1","token_label":"x"}]})";
    // The head promises more than the body sends.
    const ClosedReplyOutcome outcome = listFromClosingServer(*m_client, jsonHead(full.size() + 1000), full.left(20));
    QVERIFY2(outcome.setupError.isEmpty(), qPrintable(outcome.setupError));
    const std::optional<ApiError> &error = outcome.error;
    QVERIFY(error);
    QVERIFY2(error->kind == Kind::NetworkUnreachable || error->kind == Kind::MalformedReply,
             qPrintable(error->toString()));
    QVERIFY(outcome.elapsedMs < 10'000);
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
