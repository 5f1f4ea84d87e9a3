// Time to the first rows on screen: the window (MainWindow, offscreen) signed in to a Hub emulator in this process
// holding N tokens behind L ms of latency, from refresh until its table paints its first rows, against one round trip
// and against the whole list. A benchmark, not a test: the ctest smoke run only checks that it works.
//   bench_first_rows [N=10000] [latency ms=50] [--runs R=3]
// Prints, as medians over R runs (each a first list: the core is cleared between runs):
//   r       one round trip: a single page of 100, alone;
//   first   refresh → the first paint of the table with rows in it (what a person sees);
//   whole   refresh → the list complete (refreshFinished);
// and first/r (page 1 is one round trip, so about 1) and whole/first (what waiting for the whole list would cost).
#include "GuiTestSupport.h"
#include "app/hub/HubClient.h"
#include "app/hub/SignInRequest.h"
#include "app/hub/TokenPageRequest.h"
#include "app/tokens/TokenCore.h"
#include "tests/emulator/HubEmulator.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

// Waits, the event loop running, until `done` or `ms` pass; false on the timeout.
template <typename F> bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// Notes when the table's viewport paints while it has rows.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(QTableView *table)
        : m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_table->viewport() && m_table->model()->rowCount() > 0
            && firstPaintNs < 0 && timer)
            firstPaintNs = timer->nsecsElapsed();
        return false;
    }
    const QElapsedTimer *timer = nullptr;
    qint64 firstPaintNs = -1;
    int rowsAtFirstPaint = 0;

private:
    QTableView *m_table;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    GuiTestSupport::quietOffscreenWarnings();
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0) {
        runs = qMax(1, args.value(at + 1).toInt());
        args.remove(at, qMin<qsizetype>(2, args.size() - at));
    }
    const int n = qMax(1, args.value(0, QStringLiteral("10000")).toInt());
    const int latency = qMax(0, args.value(1, QStringLiteral("50")).toInt());

    QTemporaryDir dir;
    GuiTestSupport::AppParts parts;
    if (const QString error = parts.start(dir.filePath(QStringLiteral("settings.ini"))); !error.isEmpty()) {
        std::fprintf(stderr, "bench_first_rows: %s\n", qPrintable(error));
        return 1;
    }
    parts.emu->seedBulk(QStringLiteral("demo"), n - int(parts.emu->tokens(QStringLiteral("demo")).size()));
    const int total = int(parts.emu->tokens(QStringLiteral("demo")).size());
    parts.emu->setLatency(latency);
    std::printf("bench_first_rows: %d tokens, %d ms latency, %d run(s), medians; the window offscreen\n", total,
                latency, runs);

    // Signed in as the window would be after its dialog.
    SignInRequest *signIn = parts.client->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QString jwt;
    bool signedIn = false;
    QObject::connect(signIn, &SignInRequest::finished, &app, [&](const SignInResult &r) {
        jwt = r.value.jwt;
        signedIn = true;
    });
    if (!waitFor([&] { return signedIn; }, 30'000) || jwt.isEmpty()) {
        std::fprintf(stderr, "bench_first_rows: could not sign in\n");
        return 1;
    }
    parts.account->signedIn(QStringLiteral("demo"), jwt);

    std::unique_ptr<MainWindow> window = parts.makeWindow();
    window->resize(1100, 700);
    window->show();
    QCoreApplication::processEvents();

    QList<double> roundTrip, first, whole, rowsFirst;
    for (int run = 0; run < runs; ++run) {
        // r: page 1 alone.
        QElapsedTimer t;
        t.start();
        bool pageDone = false;
        TokenPageRequest *page = parts.client->listTokenPage(1);
        QObject::connect(page, &TokenPageRequest::finished, &app, [&] { pageDone = true; });
        if (!waitFor([&] { return pageDone; }, 30'000))
            return 1;
        roundTrip << double(t.nsecsElapsed()) / 1e6;

        parts.core->clear();
        QCoreApplication::processEvents();
        PaintWatch watch(window->tableView());
        bool finished = false;
        bool ok = false;
        QMetaObject::Connection c = QObject::connect(window.get(), &MainWindow::refreshFinished, &app, [&](bool good) {
            finished = true;
            ok = good;
        });
        t.start();
        watch.timer = &t;
        parts.core->refresh();
        if (!waitFor([&] { return watch.firstPaintNs >= 0; }, 120'000)) {
            std::fprintf(stderr, "bench_first_rows: the table never painted rows\n");
            return 1;
        }
        rowsFirst << window->tableView()->model()->rowCount();
        if (!waitFor([&] { return finished; }, 120'000) || !ok) {
            std::fprintf(stderr, "bench_first_rows: the list failed\n");
            return 1;
        }
        whole << double(t.nsecsElapsed()) / 1e6;
        first << double(watch.firstPaintNs) / 1e6;
        QObject::disconnect(c);
        if (window->tableView()->model()->rowCount() != total) {
            std::fprintf(stderr, "bench_first_rows: %d rows, expected %d\n", window->tableView()->model()->rowCount(),
                         total);
            return 1;
        }
    }

    const double r = median(roundTrip);
    const double f = median(first);
    const double w = median(whole);
    std::printf("  r, one round trip (a page of %d)         %9.1f ms\n", int(HubClient::ListPageSize), r);
    std::printf("  first rows painted (%4.0f rows)           %9.1f ms  = %.2f r\n", median(rowsFirst), f,
                r > 0 ? f / r : 0.0);
    std::printf("  whole list in the window                %9.1f ms  = %.2f r\n", w, r > 0 ? w / r : 0.0);
    std::printf("  whole / first                           %9.2f x   (what showing page 1 at once saves)\n",
                f > 0 ? w / f : 0.0);
    window.reset();
    parts.reset();
    return 0;
}
