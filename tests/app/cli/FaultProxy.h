#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback HTTP proxy in front of the emulator, for the one fault the emulator does not have yet: a call that is
// done and then answered 502 (the reply lost on the way back). Everything else passes through unchanged.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;

    // The next request with this method whose path starts with `pathPrefix` goes to the emulator (so it is done),
    // and the client gets a 502 instead of the emulator's reply.
    void failAfterForwarding(const QByteArray &method, const QByteArray &pathPrefix);
    int forwarded() const { return m_forwarded; }

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false;
    };
    void onReadyRead(QTcpSocket *client);
    void forward(QTcpSocket *client, const QByteArray &request, bool fail);
    // The length of the first whole HTTP message in `data` (headers and Content-Length body), or 0.
    static qsizetype messageLength(const QByteArray &data);

    QTcpServer m_server;
    QUrl m_upstream;
    QHash<QTcpSocket *, Connection> m_connections;
    QByteArray m_failMethod;
    QByteArray m_failPath;
    int m_forwarded = 0;
};
