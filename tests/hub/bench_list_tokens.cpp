// Times HubClient::listAllTokens against an in-process Hub emulator.
//   bench_list_tokens [N=1000] [latency ms=0] [concurrency=4] [--runs R=5]
// Prints the median/min/max wall time, pages per run, tokens per second and the peak RSS (VmHWM).
#include "HubClient.h"
#include "HubEmulator.h"
#include "SignInRequest.h"
#include "TokenListJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace {

QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified();
    }
    return "?";
}

struct Bench : QObject {
    HubClient *client = nullptr;
    HubEmulator *emu = nullptr;
    int runs = 5;
    int expected = 0;
    QList<qint64> timesMs;
    QElapsedTimer timer;
    int requestsAtStart = 0;
    int pagesPerRun = 0;

    void run()
    {
        requestsAtStart = emu->requestCount();
        timer.start();
        TokenListJob *job = client->listAllTokens();
        connect(job, &TokenListJob::finished, this, [this](const ApiResult<TokenList> &r) {
            const qint64 ms = timer.elapsed();
            if (!r.ok()) {
                std::fprintf(stderr, "list failed: %s\n", qPrintable(r.error->toString()));
                QCoreApplication::exit(1);
                return;
            }
            if (r.value.tokens.size() != expected) {
                std::fprintf(stderr, "got %lld tokens, expected %d\n", static_cast<long long>(r.value.tokens.size()),
                             expected);
                QCoreApplication::exit(1);
                return;
            }
            pagesPerRun = emu->requestCount() - requestsAtStart;
            timesMs.append(ms);
            std::printf("  run %lld: %lld ms\n", static_cast<long long>(timesMs.size()), static_cast<long long>(ms));
            if (timesMs.size() < runs)
                run();
            else
                QCoreApplication::exit(0);
        });
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0) {
        runs = qMax(1, args.value(runsAt + 1).toInt());
        args.remove(runsAt, qMin<qsizetype>(2, args.size() - runsAt));
    }
    const int n = args.value(0, QStringLiteral("1000")).toInt();
    const int latency = args.value(1, QStringLiteral("0")).toInt();
    const int concurrency = args.value(2, QStringLiteral("4")).toInt();

    EmulatorOptions options;
    options.rateLimitPerMinute = 0;
    options.latencyMs = latency;
    options.seed = 7;
    HubEmulator emu(options);
    QString error;
    if (!emu.listen(&error)) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
        return 1;
    }
    emu.addAccount(QStringLiteral("bench"), QStringLiteral("bench-password"));
    emu.seedBulk(QStringLiteral("bench"), n);

    HubClient client;
    client.setBaseUrl(emu.baseUrl());
    client.setMaxConcurrentPages(concurrency);

    Bench bench;
    bench.client = &client;
    bench.emu = &emu;
    bench.runs = runs;
    bench.expected = n;

    std::printf("bench_list_tokens: N=%d latency=%d ms concurrency=%d runs=%d\n", n, latency, concurrency, runs);
    SignInRequest *signIn = client.signIn(QStringLiteral("bench"), QStringLiteral("bench-password"));
    QObject::connect(signIn, &SignInRequest::finished, &bench, [&](const SignInResult &r) {
        if (!r.ok()) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(r.error->toString()));
            QCoreApplication::exit(1);
            return;
        }
        client.setBearerToken(r.jwt);
        bench.run();
    });
    const int rc = app.exec();
    if (rc != 0)
        return rc;

    QList<qint64> sorted = bench.timesMs;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.size() % 2 ? double(sorted.at(sorted.size() / 2))
                                            : (sorted.at(sorted.size() / 2 - 1) + sorted.at(sorted.size() / 2)) / 2.0;
    const double tokensPerSec = median > 0 ? n * 1000.0 / median : 0.0;
    std::printf("median %.1f ms  min %lld ms  max %lld ms  pages/run %d  tokens/s %.0f  peak RSS %s\n", median,
                static_cast<long long>(sorted.first()), static_cast<long long>(sorted.last()), bench.pagesPerRun,
                tokensPerSec, peakRss().constData());
    return 0;
}
