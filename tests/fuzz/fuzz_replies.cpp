// libFuzzer target over everything that reads bytes from a server: the reply decoders in WireFormat and the JWT
// reader. The first byte picks the decoder (and, for errors, the status and context); the rest is the reply body.
// Built only with -DHUBTOKENS_FUZZ=ON and clang (see scripts/fuzz.sh).
#include "app/hub/WireFormat.h"
#include "app/session/Jwt.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <cstddef>
#include <cstdint>

namespace {
const int kStatuses[] = {400, 401, 403, 404, 405, 409, 429, 500, 502, 503};

WireFormat::RawHeaders headersFrom(const QByteArray &body)
{
    // Let the input steer the rate-limit headers too: the first line of the body, if short, is a header value.
    const QByteArray firstLine = body.left(body.indexOf('\n')).left(40);
    return {{QByteArrayLiteral("Retry-After"), firstLine},
            {QByteArrayLiteral("X-RateLimit-Reset"), firstLine},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

    switch (selector % 9) {
    case 0: (void)WireFormat::decodeTokenReply(body); break;
    case 1: {
        auto created = WireFormat::decodeCreatedTokenReply(body);
        created.value.wipeSecret();
        break;
    }
    case 2: (void)WireFormat::decodeTokenPageReply(body, 1 + (selector >> 4), 100); break;
    case 3: (void)WireFormat::decodeSignInReply(body); break;
    case 4: (void)WireFormat::decodeLogin2faToken(body); break;
    case 5: {
        const int status = kStatuses[(selector >> 4) % (sizeof kStatuses / sizeof kStatuses[0])];
        const auto context = static_cast<WireFormat::ErrorContext>((selector >> 2) % 3);
        (void)WireFormat::decodeError(status, headersFrom(body), body, context, now);
        break;
    }
    case 6: (void)WireFormat::retryAtFromHeaders(headersFrom(body), now); break;
    case 7: (void)WireFormat::parseTimestamp(QString::fromUtf8(body)); break;
    case 8: {
        const Jwt jwt = Jwt::decode(QString::fromUtf8(body));
        (void)jwt.expiresAt();
        (void)jwt.username();
        (void)jwt.source();
        break;
    }
    }
    return 0;
}
