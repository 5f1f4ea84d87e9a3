// HubEmulator's token routes: GET and POST /v2/access-tokens (a page of the list, a new token with its secret shown
// once), GET, PATCH and DELETE /v2/access-tokens/{uuid}, each on the caller's own tokens only.

#include "EmuPagination.h"
#include "EmuRfc3339.h"
#include "EmuSecret.h"
#include "EmuValidation.h"
#include "HubEmulatorPrivate.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

using namespace emu;

Reply HubEmulator::Private::listTokens(const QHttpServerRequest &request, const Session &session)
{
    const QUrlQuery query = request.query();
    auto param = [&query](const QString &name) -> std::optional<QString> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    QList<const EmuToken *> mine = state.tokensOf(session.username, false);
    const EmuPagination::Page page =
        EmuPagination::compute(int(mine.size()), param(QStringLiteral("page")), param(QStringLiteral("page_size")));
    switch (page.status) {
    case EmuPagination::Status::BadPage:
    case EmuPagination::Status::BadPageSize: {
        QJsonObject fields;
        EmuValidation::addError(&fields,
                                page.status == EmuPagination::Status::BadPage ? QStringLiteral("page")
                                                                              : QStringLiteral("page_size"),
                                QStringLiteral("A valid positive integer is required."));
        return badRequest(EmuValidation::valueError(fields));
    }
    case EmuPagination::Status::PastEnd:
        return detailedErrorReply(404, QStringLiteral("Invalid page."), QStringLiteral("Invalid page."));
    case EmuPagination::Status::Ok: break;
    }
    int active = 0;
    for (const EmuToken *t : mine)
        active += t->active ? 1 : 0;
    EmuState::orderRange(mine, page.first, page.count);
    QJsonArray results;
    for (int i = page.first; i < page.first + page.count; ++i)
        results.append(mine.at(i)->toApiJson());
    auto link = [this, &page](int n) -> QJsonValue {
        return q->baseUrl().toString() + TokensPath + QStringLiteral("?page=%1&page_size=%2").arg(n).arg(page.pageSize);
    };
    return jsonReply(
        200,
        {{QStringLiteral("count"), int(mine.size())},
         {QStringLiteral("next"), page.hasNext ? link(page.page + 1) : QJsonValue(QJsonValue::Null)},
         {QStringLiteral("previous"), page.hasPrevious ? link(page.page - 1) : QJsonValue(QJsonValue::Null)},
         {QStringLiteral("active_count"), active},
         {QStringLiteral("results"), results}});
}

Reply HubEmulator::Private::createToken(const QHttpServerRequest &request, const Session &session)
{
    QJsonObject body;
    Reply error;
    if (!parseBody(request, &body, &error))
        return error;
    EmuValidation::CreateRequest create;
    const QJsonObject fields = EmuValidation::validateCreate(body, nowUsecs(), &create);
    if (!fields.isEmpty())
        return badRequest(EmuValidation::valueError(fields));
    EmuToken t;
    t.uuid = newUuid();
    t.owner = session.username;
    const QString secret = EmuSecret::generate();
    t.secretHash = EmuSecret::hash(secret);
    t.label = create.label;
    t.scopes = create.scopes;
    t.creatorIp = clientAddress(request.remoteAddress());
    t.creatorUa = QString::fromUtf8(headerValue(request, "User-Agent"));
    t.createdUsecs = nowUsecs();
    if (create.hasExpiry) {
        t.expiry = EmuToken::Expiry::Time;
        t.expiresUsecs = create.expiresUsecs;
        t.expiresRaw = EmuRfc3339::format(create.expiresUsecs);
    }
    state.tokens.append(t);
    changed();
    return jsonReply(201, t.toApiJson(secret));
}

EmuToken *HubEmulator::Private::ownedToken(const QString &uuid, const Session &session)
{
    EmuToken *t = state.token(uuid);
    return t && t->owner.compare(session.username, Qt::CaseInsensitive) == 0 ? t : nullptr;
}

Reply HubEmulator::Private::patchToken(const QHttpServerRequest &request, const Session &session, const QString &uuid)
{
    EmuToken *t = ownedToken(uuid, session);
    if (!t)
        return errorReply(404, QStringLiteral("not found"));
    QJsonObject body;
    Reply error;
    if (!parseBody(request, &body, &error))
        return error;
    EmuValidation::PatchRequest patch;
    QJsonObject fields = EmuValidation::validatePatch(body, &patch);
    if (!fields.isEmpty())
        return badRequest(EmuValidation::valueError(fields));
    if (t->isExpired(nowUsecs())) {
        if (patch.active.value_or(false))
            EmuValidation::addError(&fields, QStringLiteral("is_active"),
                                    QStringLiteral("An expired token cannot be activated."));
        if (patch.scopes && (!t->hasScopes || *patch.scopes != t->scopes))
            EmuValidation::addError(&fields, QStringLiteral("scopes"),
                                    QStringLiteral("The permissions of an expired token cannot be changed."));
        if (!fields.isEmpty())
            return badRequest(EmuValidation::valueError(fields));
    }
    if (patch.label)
        t->label = *patch.label;
    if (patch.active)
        t->active = *patch.active;
    if (patch.scopes) {
        t->scopes = *patch.scopes;
        t->hasScopes = true;
    }
    changed();
    return jsonReply(200, t->toApiJson());
}

Reply HubEmulator::Private::deleteToken(const Session &session, const QString &uuid)
{
    if (!ownedToken(uuid, session))
        return errorReply(404, QStringLiteral("not found"));
    state.tokens.removeIf([&uuid](const EmuToken &t) { return t.uuid == uuid; });
    changed();
    return Reply{204, {}, {}};
}
