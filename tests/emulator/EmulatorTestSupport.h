#pragma once
// What the emulator's HTTP tests share (tst_emulator_auth, tst_emulator_tokens, tst_emulator_server): a reply as the
// tests read it, a few constants and request bodies, and the fixture that starts an emulator and calls it through
// QNetworkAccessManager.

#include "HubEmulator.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace EmulatorTest {

struct Http {
    int status = -1;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString message() const { return json.value(QStringLiteral("message")).toString(); }
    QString detail() const { return json.value(QStringLiteral("detail")).toString(); }
    bool isErrorShape() const
    {
        return json.value(QStringLiteral("message")).isString() && json.value(QStringLiteral("errinfo")).isObject();
    }
    QStringList fieldErrors(const QString &field) const
    {
        QStringList out;
        for (const QJsonValue &v : json.value(QStringLiteral("fields")).toObject().value(field).toArray())
            out << v.toString();
        return out;
    }
};

inline const QRegularExpression TimestampRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$)"));
inline const QString Base32Rfc = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // "12345678901234567890"

inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// {"token_label":label,"scopes":["repo:read"]} (+ "expires_at"); built by hand so odd labels stay byte-exact.
inline QByteArray createBody(const QByteArray &label, const QByteArray &expiresAt = {})
{
    QByteArray body = "{\"token_label\":\"" + label + "\",\"scopes\":[\"repo:read\"]";
    if (!expiresAt.isNull())
        body += ",\"expires_at\":\"" + expiresAt + "\"";
    return body + "}";
}

// The fixture: each test class derives from it and uses start() and call() and its shorthands.
class EmulatorTestCase : public QObject {
protected:
    QNetworkAccessManager m_nam;

    std::unique_ptr<HubEmulator> start(EmulatorOptions options = {})
    {
        auto emulator = std::make_unique<HubEmulator>(options);
        QString error;
        if (!emulator->listen(&error))
            qWarning("listen failed: %s", qPrintable(error));
        return emulator;
    }

    Http call(const HubEmulator &emulator, const QByteArray &verb, const QString &path, const QByteArray &body = {},
              const QByteArray &bearer = {}, const QByteArray &userAgent = "tst_emulator/1.0")
    {
        QNetworkRequest request(QUrl(emulator.baseUrl().toString() + path));
        request.setTransferTimeout(15000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("User-Agent", userAgent);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Http http;
        http.error = reply->error();
        http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!reply->isFinished())
            http.status = -1;
        http.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            http.headers.insert(pair.first.toLower(), pair.second);
        http.json = QJsonDocument::fromJson(http.body).object();
        reply->deleteLater();
        return http;
    }

    Http post(const HubEmulator &e, const QString &path, const QJsonObject &body, const QByteArray &bearer = {})
    {
        return call(e, "POST", path, toJson(body), bearer);
    }

    QByteArray login(const HubEmulator &e, const QString &user, const QString &password)
    {
        const Http h = post(e, QStringLiteral("/v2/users/login"),
                            {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
        return h.status == 200 ? h.json.value(QStringLiteral("token")).toString().toLatin1() : QByteArray();
    }

    // Creates a token through the API; returns the 201 body.
    QJsonObject create(const HubEmulator &e, const QByteArray &jwt, const QString &label,
                       const QStringList &scopes = {QStringLiteral("repo:read")}, const QJsonValue &expires = {})
    {
        QJsonObject body{{QStringLiteral("token_label"), label},
                         {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
        if (!expires.isUndefined())
            body.insert(QStringLiteral("expires_at"), expires);
        const Http h = post(e, QStringLiteral("/v2/access-tokens"), body, jwt);
        return h.status == 201 ? h.json : QJsonObject();
    }
};

} // namespace EmulatorTest
