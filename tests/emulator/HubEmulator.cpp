// The server: construction, listening, and every request's way through it (the rate limit, injected faults, the
// routing, the faults that commit first, the latency). The routes themselves are in HubEmulatorAuth.cpp and
// HubEmulatorTokens.cpp; the test-facing API in HubEmulatorControl.cpp.

#include "EmuFaults.h"
#include "EmuSecret.h"
#include "HubEmulatorPrivate.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace emu;

namespace emu {
namespace {

Reply methodNotAllowed(QHttpServerRequest::Method m, const QByteArray &allowed)
{
    Reply r = detailedErrorReply(405, QStringLiteral("Method \"%1\" not allowed.").arg(methodName(m)),
                                 QStringLiteral("method not allowed"));
    r.headers.append({"Allow", allowed});
    return r;
}

void write(QHttpServerResponder &responder, const Reply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.body.isEmpty())
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body);
}

// POST /v2/access-tokens, PATCH or DELETE /v2/access-tokens/{uuid}: the calls that change something.
bool isTokenChange(QHttpServerRequest::Method m, QString path)
{
    using M = QHttpServerRequest::Method;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == TokensPath)
        return m == M::Post;
    return (m == M::Patch || m == M::Delete) && path.startsWith(TokensPath + QLatin1Char('/'));
}

// A lost reply: the connection closes without a byte of the answer.
void drop(QTcpSocket *socket)
{
    if (socket)
        socket->disconnectFromHost();
}

} // namespace
} // namespace emu

QString HubEmulator::Private::newUuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(dataRng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

void HubEmulator::Private::changed()
{
    if (batchDepth > 0 || options.stateFile.isEmpty())
        return;
    QString error;
    if (!state.save(options.stateFile, &error)) {
        stateError = error;
        qWarning("hub-emulator: cannot save the state file: %s", qPrintable(error));
    }
}

QString HubEmulator::Private::retryAfterValue(qint64 secs) const
{
    return QString::number(options.retryAfterAsUnixTime ? now() + secs : secs);
}

Reply HubEmulator::Private::tooManyRequests(qint64 retryAfterSecs, const QString &message)
{
    QJsonObject body{{QStringLiteral("detail"), QStringLiteral("Rate limit exceeded")},
                     {QStringLiteral("error"), false}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    Reply r = jsonReply(429, body);
    r.headers.append({"Retry-After", retryAfterValue(retryAfterSecs).toLatin1()});
    return r;
}

Reply HubEmulator::Private::dispatch(const QHttpServerRequest &request, QString path)
{
    using M = QHttpServerRequest::Method;
    const M m = request.method();
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/v2/users/login"))
        return m == M::Post ? login(request) : methodNotAllowed(m, "POST");
    if (path == QLatin1String("/v2/users/2fa-login"))
        return m == M::Post ? twoFactorLogin(request) : methodNotAllowed(m, "POST");
    if (path == QLatin1String("/v2/auth/token"))
        return m == M::Post ? authToken(request) : methodNotAllowed(m, "POST");
    if (path == TokensPath) {
        if (m != M::Get && m != M::Post)
            return methodNotAllowed(m, "GET, POST");
        Session session;
        Reply error;
        if (!authenticate(request, &session, &error))
            return error;
        return m == M::Get ? listTokens(request, session) : createToken(request, session);
    }
    if (path.startsWith(TokensPath + QLatin1Char('/'))) {
        const QString uuid = path.mid(TokensPath.size() + 1);
        if (uuid.contains(QLatin1Char('/')))
            return errorReply(404, QStringLiteral("not found"));
        if (m != M::Get && m != M::Patch && m != M::Delete)
            return methodNotAllowed(m, "GET, PATCH, DELETE");
        if (const int status = faults.tokenFailure(uuid))
            return errorReply(status, EmuFaults::reasonFor(status));
        Session session;
        Reply error;
        if (!authenticate(request, &session, &error))
            return error;
        if (m == M::Get) {
            const EmuToken *t = ownedToken(uuid, session);
            return t ? jsonReply(200, t->toApiJson()) : errorReply(404, QStringLiteral("not found"));
        }
        return m == M::Patch ? patchToken(request, session, uuid) : deleteToken(session, uuid);
    }
    return detailedErrorReply(404, QStringLiteral("Not found."), QStringLiteral("not found"));
}

// ---- the pipeline -------------------------------------------------------------------------------------------
void HubEmulator::Private::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    ++requests;
    const QString path = request.url().path();
    const EmuRateLimiter::Decision rate = limiter.hit(clientAddress(request.remoteAddress()), now());
    Reply reply;
    bool dropConnection = false;
    const char *fault = "";
    if (const int status = faults.takeFailNext()) {
        reply = errorReply(status, EmuFaults::reasonFor(status));
    } else if (rate.limited) {
        reply = tooManyRequests(rate.retryAfterSecs);
        ++rateLimited;
    } else if (const int drawn = faults.drawFailure()) {
        reply = errorReply(drawn, EmuFaults::reasonFor(drawn));
    } else {
        reply = dispatch(request, path);
        if (reply.status >= 200 && reply.status <= 299 && isTokenChange(request.method(), path)) {
            const EmuFaults::Outcome after = faults.afterCommit();
            if (after.what == EmuFaults::AfterCommit::FailWithStatus) {
                reply = errorReply(after.status, EmuFaults::reasonFor(after.status));
                fault = " [committed, then failed]";
            } else if (after.what == EmuFaults::AfterCommit::DropConnection) {
                dropConnection = true;
                fault = " [committed, reply lost]";
            }
        }
    }
    if (limiter.enabled()) {
        reply.headers.append({"X-RateLimit-Limit", QByteArray::number(rate.limit)});
        reply.headers.append({"X-RateLimit-Remaining", QByteArray::number(rate.remaining)});
        reply.headers.append({"X-RateLimit-Reset", QByteArray::number(rate.resetUnix)});
    }
    if (options.logRequests) {
        std::fprintf(stderr, "%s %s -> %d%s (%lld ms%s)\n", qPrintable(methodName(request.method())), qPrintable(path),
                     dropConnection ? 0 : reply.status, fault, static_cast<long long>(timer.elapsed()),
                     options.latencyMs > 0 ? qPrintable(QStringLiteral(" + %1 ms latency").arg(options.latencyMs))
                                           : "");
        std::fflush(stderr);
    }
    QPointer<QTcpSocket> socket = responder.socket();
    // The reply goes out in several writes (status line, headers, body): without TCP_NODELAY, Nagle's algorithm
    // and the client's delayed ACK add about 40 ms to every reply on loopback.
    if (socket)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (options.latencyMs <= 0) {
        if (dropConnection)
            drop(socket);
        else
            write(responder, reply);
        return;
    }
    const quint64 id = ++nextPendingId;
    pending.emplace(id, std::move(responder));
    QTimer::singleShot(options.latencyMs, q, [this, id, socket, reply, dropConnection]() {
        auto it = pending.find(id);
        if (it == pending.end())
            return;
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            if (dropConnection)
                drop(socket);
            else
                write(it->second, reply);
        }
        pending.erase(it);
    });
}

HubEmulator::HubEmulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
    const quint32 seed = options.seed != 0 ? options.seed : QRandomGenerator::system()->generate();
    d->faults.seed(seed);
    d->faults.setFailureRate(options.failureRate);
    d->faults.setCommitThenFailRate(options.commitThenFailRate);
    d->faults.setLostReplyRate(options.lostReplyRate);
    d->dataRng.seed(seed ^ 0x9e3779b9u);
    d->limiter.setLimit(options.rateLimitPerMinute);
    d->state.jwtKey = EmuSecret::randomBytes(32);
    if (!options.stateFile.isEmpty()) {
        bool existed = false;
        QString error;
        if (!d->state.load(options.stateFile, &existed, &error)) {
            d->stateError = error;
            qWarning("hub-emulator: cannot load the state file: %s", qPrintable(error));
        }
    }
    d->server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->handle(request, std::move(responder));
    });
}

HubEmulator::~HubEmulator()
{
    d->pending.clear();
}

bool HubEmulator::listen(QString *errorMessage)
{
    if (!d->stateError.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("state file: %1").arg(d->stateError);
        return false;
    }
    const quint16 port = d->server.listen(QHostAddress::LocalHost, d->options.port);
    if (port == 0) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot listen on 127.0.0.1:%1 (port taken?)").arg(d->options.port);
        return false;
    }
    d->port = port;
    return true;
}

QUrl HubEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

quint16 HubEmulator::port() const
{
    return d->port;
}
