// Not a test: a bulk delete of N tokens through TokenCore::remove from the Hub emulator in this process, under a rate
// limit small enough that the run takes about a minute, against the limit's minimum time. Prints figures.
//
// The emulator's limiter (tests/emulator/EmuRateLimiter): fixed windows of 60 s aligned to the minute of its clock
// (a window starts at every Unix time divisible by 60), `limit` requests per window per client address; the request
// after those is answered 429 until the window ends. So the earliest the last of N deletes can be sent, starting at
// t0 inside window [w0, w0 + 60) in which `used` requests were already counted, is
//     t0                                    if N ≤ limit − used,
//     w0 + 60·ceil((N − (limit − used)) / limit)   otherwise,
// and the minimum time is that instant less t0. Started right at a window's beginning (the default: the benchmark
// first waits for the next window, since sign-in and listing spend part of the budget) this is the usual
// (ceil(N/limit) − 1) windows of 60 s. The figures: elapsed time against that minimum, their ratio (target ≤ 1.1),
// 429s the person saw (RateLimited outcomes in the BulkReport; target 0) and 429s the server sent (pacing should keep
// it at 0).
//
//   bench_bulk_delete [N=200] [limit per minute=100] [--latency MS=20] [--no-align]

#include "TokensTestSupport.h"
#include "app/hub/HubNetworkAccessManager.h"
#include "app/hub/WireFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cmath>
#include <cstdio>

using namespace TokensTest;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("hubtokens.*.info=false"));
    int n = 200;
    int limit = 100;
    int latency = 20;
    bool align = true;
    QStringList positional;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--no-align"))
            align = false;
        else if (args.at(i) == QLatin1String("--latency") && i + 1 < args.size())
            latency = args.at(++i).toInt();
        else if (!args.at(i).startsWith(QLatin1String("--")))
            positional << args.at(i);
        else {
            std::fprintf(stderr, "usage: bench_bulk_delete [N] [limit per minute] [--latency MS] [--no-align]\n");
            return 2;
        }
    }
    if (!positional.isEmpty())
        n = positional.at(0).toInt();
    if (positional.size() > 1)
        limit = positional.at(1).toInt();
    if (n < 1 || limit < 1) {
        std::fprintf(stderr, "bench_bulk_delete: N and the limit must be positive\n");
        return 2;
    }

    EmulatorOptions options;
    options.rateLimitPerMinute = limit;
    options.seed = 1;
    Fixture f(options);
    // The budget as the server last told it.
    int remaining = limit;
    qint64 windowEnd = 0;
    QObject::connect(f.client->network(), &HubNetworkAccessManager::replySettled,
                     [&](int, const WireFormat::RawHeaders &headers) {
                         const WireFormat::RateLimitInfo info =
                             WireFormat::rateLimitFromHeaders(headers, QDateTime::currentDateTimeUtc());
                         if (!info.known)
                             return;
                         const qint64 end = info.resetAt.isValid() ? info.resetAt.toSecsSinceEpoch() : 0;
                         // Replies of one window may land out of order: the lowest count is the latest.
                         remaining = end == windowEnd ? qMin(remaining, info.remaining) : info.remaining;
                         windowEnd = end;
                     });
    if (!f.start()) {
        std::fprintf(stderr, "bench_bulk_delete: %s\n", qPrintable(f.error));
        return 1;
    }
    f.emu->seedBulk(kUser, n);
    if (!f.refresh(120'000) || f.core->tokens().size() != n) {
        std::fprintf(stderr, "bench_bulk_delete: listing the %d tokens failed: %s\n", n, qPrintable(f.error));
        return 1;
    }
    f.emu->setLatency(latency);

    if (align) {
        const qint64 wait = 60 - f.emu->nowSecs() % 60;
        std::printf("waiting %lld s for the next rate-limit window to begin\n", static_cast<long long>(wait));
        std::fflush(stdout);
        waitFor([] { return false; }, int(wait * 1000) + 20);
    }

    int pacingHolds = 0;
    QObject::connect(f.client, &HubClient::pacingStarted, [&pacingHolds](int) { ++pacingHolds; });
    const QStringList uuids = [&] {
        QStringList out;
        for (const AccessToken &t : f.core->tokens())
            out << t.uuid;
        return out;
    }();
    const int serverLimitedBefore = f.emu->rateLimitedCount();
    const int requestsBefore = f.emu->requestCount();

    const qint64 t0ms = QDateTime::currentMSecsSinceEpoch();
    const qint64 w0 = (t0ms / 1000) - (t0ms / 1000) % 60;
    const int used = (windowEnd == w0 + 60) ? limit - remaining : 0; // counted in this window before the run
    const int firstBudget = qMax(0, limit - used);
    double minimumSecs = 0;
    if (n > firstBudget) {
        const int laterWindows = (n - firstBudget + limit - 1) / limit;
        minimumSecs = double((w0 + 60 * qint64(laterWindows)) * 1000 - t0ms) / 1000.0;
    }

    QElapsedTimer timer;
    timer.start();
    f.core->remove(uuids);
    const std::optional<BulkReport> report = awaitSignal<BulkReport>(f.core, &TokenCore::bulkFinished, 600'000);
    const double elapsedSecs = double(timer.nsecsElapsed()) / 1e9;
    if (!report) {
        std::fprintf(stderr, "bench_bulk_delete: the delete did not finish in 10 minutes\n");
        return 1;
    }
    int shownRateLimited = 0;
    for (const ItemOutcome &o : report->items)
        shownRateLimited += (o.error && o.error->kind == ApiError::Kind::RateLimited) ? 1 : 0;
    const int serverLimited = f.emu->rateLimitedCount() - serverLimitedBefore;
    const int left = f.emu->tokenCount(kUser);

    std::printf("bulk delete: %d tokens, limit %d requests per 60 s window, %d ms latency, %d in flight\n", n, limit,
                latency, f.core->maxConcurrent());
    std::printf("  window at start:        %d of %d already used, %.1f s into the window\n", used, limit,
                double(t0ms - w0 * 1000) / 1000.0);
    std::printf("  elapsed:                %.2f s\n", elapsedSecs);
    std::printf("  limit's minimum:        %.2f s\n", minimumSecs);
    if (minimumSecs >= 1.0)
        std::printf("  ratio:                  %.3f (target <= 1.1)\n", elapsedSecs / minimumSecs);
    else
        std::printf("  ratio:                  n/a (the limit allows it all in the first window)\n");
    std::printf("  requests:               %d\n", f.emu->requestCount() - requestsBefore);
    std::printf("  429s shown:             %d (target 0)\n", shownRateLimited);
    std::printf("  429s the server sent:   %d\n", serverLimited);
    std::printf("  pacing holds:           %d\n", pacingHolds);
    std::printf("  deleted:                %d, failed %d, left on server %d\n", report->succeeded(), report->failed(),
                left);
    return (report->failed() == 0 && left == 0) ? 0 : 1;
}
