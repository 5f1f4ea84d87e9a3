#pragma once

#include "WireFormat.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

// The client's QNetworkAccessManager: the one place where credentials are added to requests.
//
// createRequest() adds `Authorization: Bearer <jwt>` only when the request is for the configured origin (scheme,
// host and port) and does not opt out with NoAuthAttribute; it sets the User-Agent, JSON Accept/Content-Type and a
// transfer timeout on every request. Every request uses UserVerifiedRedirectPolicy: a redirect is followed only
// when its target has the same origin as the request; any other is refused (the reply is aborted and carries
// the RedirectRefusedProperty), so neither the bearer nor a sign-in body ever reaches another origin.
class HubNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    // Set to true on a request to send it without the bearer (the sign-in calls do).
    static constexpr QNetworkRequest::Attribute NoAuthAttribute =
        static_cast<QNetworkRequest::Attribute>(QNetworkRequest::User + 1);
    // Dynamic property on a reply whose redirect was refused: the refused target (QUrl).
    static constexpr const char *RedirectRefusedProperty = "hubRedirectRefused";

    explicit HubNetworkAccessManager(QObject *parent = nullptr);
    ~HubNetworkAccessManager() override;

    // The only origin that gets the bearer.
    void setOrigin(const QUrl &url);
    QUrl origin() const;
    // Empty clears it (and overwrites the old value).
    void setBearerToken(const QString &jwt);
    bool hasBearerToken() const;

    // Scheme, host and port equal (default ports filled in; host case-insensitive).
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

    // Replies created and not finished yet, and the most seen at once since resetPeakInFlight().
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    void resetPeakInFlight() { m_peakInFlight = m_inFlight; }

Q_SIGNALS:
    // A reply finished (status 0 and no headers when none arrived) or was destroyed unfinished (status 0); emitted
    // after inFlight() has counted it out. The rate pacer reads the budget from here.
    void replySettled(int status, const WireFormat::RawHeaders &headers);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    void wipeBearer();

    QUrl m_origin;
    QByteArray m_authorization; // "Bearer <jwt>"
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};
