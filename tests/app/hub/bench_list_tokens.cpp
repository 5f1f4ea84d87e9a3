// How fast HubClient lists every token, as ratios measured in one run against a Hub emulator — in this process, or
// with --emulator-process in its own (hub-emulator, beside this program), so that it does not share a thread:
//   bench_list_tokens [N=10000] [latency ms=50] [concurrency=HubClient default] [--runs R=3] [--emulator-process]
//                     [--strict]
// Prints, as medians over R runs:
//   r      one round trip: a single page of 100, alone;
//   (a)    following `next` one page at a time (TokenPageRequest after TokenPageRequest);
//   list   HubClient::listAllTokens (page 1, then the rest c at a time);
//   first  the time to page 1 of listAllTokens (TokenListJob::pageReady), what a window shows first;
//   (b)    the bound r·(1+ceil((pages−1)/c)) for c requests in flight;
// and the ratios (a)/list (target at least 5) and list/(b) (target at most 1.5), plus the peak RSS (VmHWM).
// --strict exits 3 when a target is missed. Not a timed test: the ctest smoke run only checks that it works.
#include "app/hub/HubClient.h"
#include "app/hub/HubNetworkAccessManager.h"
#include "app/hub/SignInRequest.h"
#include "app/hub/TokenListJob.h"
#include "app/hub/TokenPageRequest.h"
#include "tests/emulator/HubEmulator.h"
#include "ui/EmulatorProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

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

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// The measurements, one step after another; each step calls next() when its request is done.
class Bench : public QObject {
public:
    HubClient *client = nullptr;
    int expected = 0;
    int runs = 3;
    int roundTrips = 7;

    QList<double> roundTripMs;
    QList<double> sequentialMs;
    QList<double> listMs;
    QList<double> firstPageMs;
    int sequentialRequests = 0;
    int listRequests = 0;
    int pages = 0;

    void start()
    {
        // Every reply, whoever asked: the requests each way of listing made.
        connect(client->network(), &HubNetworkAccessManager::replySettled, this, [this] { ++m_replies; });
        m_steps.push_back([this] { signIn(); });
        for (int i = 0; i < roundTrips; ++i)
            m_steps.push_back([this] { roundTrip(); });
        for (int i = 0; i < runs; ++i) {
            m_steps.push_back([this] { sequential(); });
            m_steps.push_back([this] { listAll(); });
        }
        m_steps.push_back([] { QCoreApplication::exit(0); });
        next();
    }

private:
    void next()
    {
        if (m_steps.empty())
            return;
        auto step = std::move(m_steps.front());
        m_steps.pop_front();
        QTimer::singleShot(0, this, std::move(step));
    }

    void stop(const QString &why)
    {
        std::fprintf(stderr, "bench_list_tokens: %s\n", qPrintable(why));
        m_steps.clear();
        QCoreApplication::exit(1);
    }

    void signIn()
    {
        SignInRequest *request = client->signIn(QStringLiteral("bench"), QStringLiteral("bench-password"));
        connect(request, &SignInRequest::finished, this, [this](const SignInResult &r) {
            if (!r.ok())
                return stop(QStringLiteral("sign-in failed: %1").arg(r.error->toString()));
            client->setBearerToken(r.value.jwt);
            next();
        });
    }

    void roundTrip()
    {
        m_timer.start();
        TokenPageRequest *request = client->listTokenPage(1, HubClient::ListPageSize);
        connect(request, &TokenPageRequest::finished, this, [this](const ApiResult<TokenPage> &r) {
            if (!r.ok())
                return stop(QStringLiteral("page 1 failed: %1").arg(r.error->toString()));
            roundTripMs << double(m_timer.nsecsElapsed()) / 1e6;
            next();
        });
    }

    // (a): page 1, then the page its `next` names, until there is none.
    void sequential()
    {
        m_repliesAtStart = m_replies;
        m_loaded = 0;
        m_timer.start();
        fetchPage(1);
    }

    void fetchPage(int page)
    {
        TokenPageRequest *request = client->listTokenPage(page, HubClient::ListPageSize);
        connect(request, &TokenPageRequest::finished, this, [this, page](const ApiResult<TokenPage> &r) {
            if (!r.ok())
                return stop(QStringLiteral("page %1 failed: %2").arg(page).arg(r.error->toString()));
            m_loaded += int(r.value.results.size());
            if (!r.value.next.isEmpty())
                return fetchPage(page + 1);
            sequentialMs << double(m_timer.nsecsElapsed()) / 1e6;
            sequentialRequests = m_replies - m_repliesAtStart;
            if (m_loaded != expected)
                return stop(QStringLiteral("following next gave %1 tokens, expected %2").arg(m_loaded).arg(expected));
            next();
        });
    }

    void listAll()
    {
        m_repliesAtStart = m_replies;
        m_timer.start();
        TokenListJob *job = client->listAllTokens();
        connect(job, &TokenListJob::pageReady, this, [this](int page) {
            if (page == 1)
                firstPageMs << double(m_timer.nsecsElapsed()) / 1e6;
        });
        connect(job, &TokenListJob::finished, this, [this, job](const ApiResult<TokenList> &r) {
            const double ms = double(m_timer.nsecsElapsed()) / 1e6;
            if (!r.ok())
                return stop(QStringLiteral("listAllTokens failed: %1").arg(r.error->toString()));
            if (r.value.tokens.size() != expected)
                return stop(QStringLiteral("listAllTokens gave %1 tokens, expected %2")
                                .arg(r.value.tokens.size())
                                .arg(expected));
            listMs << ms;
            listRequests = m_replies - m_repliesAtStart;
            pages = job->pageCount();
            next();
        });
    }

    std::deque<std::function<void()>> m_steps;
    QElapsedTimer m_timer;
    int m_replies = 0;
    int m_repliesAtStart = 0;
    int m_loaded = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0) {
        runs = qMax(1, args.value(runsAt + 1).toInt());
        args.remove(runsAt, qMin<qsizetype>(2, args.size() - runsAt));
    }
    const bool strict = args.removeAll(QStringLiteral("--strict")) > 0;
    const bool ownProcess = args.removeAll(QStringLiteral("--emulator-process")) > 0;
    const int n = qMax(1, args.value(0, QStringLiteral("10000")).toInt());
    const int latency = qMax(0, args.value(1, QStringLiteral("50")).toInt());
    const int concurrency = qMax(1, args.value(2, QString::number(HubClient::DefaultMaxConcurrentPages)).toInt());
    const QString account = QStringLiteral("bench");
    const QString password = QStringLiteral("bench-password");

    HubClient client;
    client.setMaxConcurrentPages(concurrency);
    Bench bench;
    bench.client = &client;
    bench.expected = n;
    bench.runs = runs;
    std::printf("bench_list_tokens: %d tokens, %d ms latency, %d pages in flight, %d run(s), medians; emulator %s\n", n,
                latency, concurrency, runs, ownProcess ? "in its own process" : "in this process");

    std::unique_ptr<HubEmulator> emu;
    EmulatorProcess process;
    if (ownProcess) {
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                              QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--seed"),
                              QStringLiteral("7"), QStringLiteral("--latency"), QString::number(latency),
                              QStringLiteral("--account"), account + u':' + password, QStringLiteral("--tokens"),
                              QString::number(n)});
        QObject::connect(&process, &EmulatorProcess::ready, &bench, [&](const QUrl &url) {
            client.setBaseUrl(url);
            bench.start();
        });
        QObject::connect(&process, &EmulatorProcess::failed, &bench, [](const QString &message) {
            std::fprintf(stderr, "hub-emulator: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
        process.start();
    } else {
        EmulatorOptions options;
        options.rateLimitPerMinute = 0;
        options.latencyMs = latency;
        options.seed = 7;
        emu = std::make_unique<HubEmulator>(options);
        QString error;
        if (!emu->listen(&error)) {
            std::fprintf(stderr, "emulator: %s\n", qPrintable(error));
            return 1;
        }
        emu->addAccount(account, password);
        emu->seedBulk(account, n);
        client.setBaseUrl(emu->baseUrl());
        bench.start();
    }
    const int rc = app.exec();
    if (rc != 0)
        return rc;

    const double r = median(bench.roundTripMs);
    const double sequential = median(bench.sequentialMs);
    const double list = median(bench.listMs);
    const double first = median(bench.firstPageMs);
    const int pages = bench.pages;
    const int waves = 1 + (pages - 1 + concurrency - 1) / concurrency;
    const double bound = r * waves;
    const double speedup = list > 0 ? sequential / list : 0;
    const double ofBound = bound > 0 ? list / bound : 0;
    const bool fastEnough = speedup >= 5.0;
    const bool nearBound = ofBound <= 1.5;
    std::printf("  r, one round trip (a page of %d)         %9.1f ms\n", int(HubClient::ListPageSize), r);
    std::printf("  (a) following next, one page at a time  %9.1f ms  (%d requests)\n", sequential,
                bench.sequentialRequests);
    std::printf("  listAllTokens                           %9.1f ms  (%d requests, %d pages)\n", list,
                bench.listRequests, pages);
    std::printf("  first page (pageReady, page 1)          %9.1f ms  = %.2f r\n", first, r > 0 ? first / r : 0.0);
    std::printf("  (b) bound r*(1+ceil((pages-1)/c))       %9.1f ms  = %d r\n", bound, waves);
    std::printf("  speed-up, (a) / listAllTokens           %9.2f x   target >= 5: %s\n", speedup,
                fastEnough ? "met" : "MISSED");
    std::printf("  listAllTokens / (b)                     %9.2f     target <= 1.5: %s\n", ofBound,
                nearBound ? "met" : "MISSED");
    std::printf("  tokens/s (listAllTokens)                %9.0f\n", list > 0 ? n * 1000.0 / list : 0.0);
    std::printf("  peak RSS                                %s\n", peakRss().constData());
    return strict && !(fastEnough && nearBound) ? 3 : 0;
}
