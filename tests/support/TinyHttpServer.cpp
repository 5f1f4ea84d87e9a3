#include "TinyHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <algorithm>

namespace {

// The first header called `name` (case-insensitive), or end().
auto findHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    return std::find_if(headers.cbegin(), headers.cend(),
                        [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

QByteArray TinyHttpServer::Request::header(const QByteArray &name) const
{
    const auto it = findHeader(headers, name);
    return it == headers.cend() ? QByteArray() : it->second;
}

bool TinyHttpServer::Request::hasHeader(const QByteArray &name) const
{
    return findHeader(headers, name) != headers.cend();
}

TinyHttpServer::TinyHttpServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    connect(this, &QTcpServer::newConnection, this, &TinyHttpServer::onNewConnection);
}

bool TinyHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TinyHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

QByteArray TinyHttpServer::response(int status, const QByteArray &body,
                                    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n";
    bool hasType = false;
    for (const auto &h : headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType && !body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "\r\n";
    out += body;
    return out;
}

void TinyHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TinyHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    requests.append(request);
    const QByteArray answer = m_handler ? m_handler(request) : response(404, "{}");
    if (answer.isEmpty())
        return; // silence
    socket->write(answer);
    socket->disconnectFromHost();
}
