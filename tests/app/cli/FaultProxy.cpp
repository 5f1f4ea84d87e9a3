#include "FaultProxy.h"

#include <QTcpSocket>

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            m_connections.insert(client, {});
            connect(client, &QTcpSocket::readyRead, this, [this, client] { onReadyRead(client); });
            connect(client, &QTcpSocket::disconnected, this, [this, client] {
                m_connections.remove(client);
                client->deleteLater();
            });
        }
    });
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl FaultProxy::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::failAfterForwarding(const QByteArray &method, const QByteArray &pathPrefix)
{
    m_failMethod = method;
    m_failPath = pathPrefix;
}

qsizetype FaultProxy::messageLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + length;
    return data.size() >= total ? total : 0;
}

void FaultProxy::onReadyRead(QTcpSocket *client)
{
    auto it = m_connections.find(client);
    if (it == m_connections.end())
        return;
    it->buffer += client->readAll();
    if (it->busy)
        return;
    const qsizetype length = messageLength(it->buffer);
    if (length == 0)
        return;
    const QByteArray request = it->buffer.left(length);
    it->buffer.remove(0, length);
    it->busy = true;
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const bool fail =
        !m_failMethod.isEmpty() && requestLine.value(0) == m_failMethod && requestLine.value(1).startsWith(m_failPath);
    if (fail)
        m_failMethod.clear(); // once
    forward(client, request, fail);
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, bool fail)
{
    ++m_forwarded;
    auto *upstream = new QTcpSocket(this);
    auto *reply = new QByteArray;
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, reply, client, fail] {
        *reply += upstream->readAll();
        const qsizetype length = messageLength(*reply);
        if (length == 0)
            return;
        QByteArray answer = reply->left(length);
        if (fail) {
            const QByteArray body = R"({"message":"Bad Gateway","errinfo":{}})";
            answer = "HTTP/1.1 502 Bad Gateway\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        delete reply;
        upstream->disconnect(this);
        upstream->deleteLater();
        auto it = m_connections.find(client);
        if (it == m_connections.end())
            return;
        client->write(answer);
        it->busy = false;
        if (!it->buffer.isEmpty())
            onReadyRead(client);
    });
    upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
}
