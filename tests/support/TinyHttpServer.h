#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A scriptable HTTP/1.1 server on 127.0.0.1 for the cases the emulator must not do: garbage replies, silence,
// cross-origin redirects, hostile `next` links. Each request is answered by `handler` with raw response bytes
// (see response()); an empty answer means "never answer" (the connection stays open). Records every request.
class TinyHttpServer : public QTcpServer {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target; // path and query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };
    using Handler = std::function<QByteArray(const Request &)>;

    explicit TinyHttpServer(Handler handler = {}, QObject *parent = nullptr);
    bool start();
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests;

    // "HTTP/1.1 <status> X\r\nContent-Length: …\r\nConnection: close\r\n<headers>\r\n\r\n<body>"
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
