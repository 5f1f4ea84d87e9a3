// The randomized fault soak: seeded runs, each a random mix of create, edit, toggle, activate/deactivate many and
// delete (one and many) through TokenCore against the Hub emulator in this process, with injected 5xx (failure
// rate), commit-then-502 and lost replies, and a little latency, under a fast retry policy.
//
// Each step starts up to one operation of each kind at once, on tokens no other operation of the step touches, waits
// for every outcome and checks each against the emulator's own state:
//   - an operation that did not happen must have an error outcome;
//   - one that happened must have a success (or, for a create, an orphan) outcome;
//   - a create is never done twice.
// Each run ends by comparing the core's token list with the emulator's (before and after a last refresh):
//   - lost: on the server but unknown to the core;
//   - phantom: known to the core but not on the server;
//   - stale: known to both but with another description or activation.
// Prints the totals and "soak: N passed, M failed"; exits 1 if any run failed.
//
//   soak_tokencore [--runs N] [--first-seed S] [--verbose]

#include "TokensTestSupport.h"
#include "app/hub/HubNetworkAccessManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>

using namespace TokensTest;

namespace {

int g_retries = 0;
bool g_verbose = false;
QtMessageHandler g_previousHandler = nullptr;

// Counts the retries the hub layer announces (hubtokens.hub.retry: "…; try 2 of 4 in 10 ms"); keeps the app's own
// logging quiet unless --verbose.
void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category(context.category ? context.category : "");
    if (category == "hubtokens.hub.retry" && message.contains(QLatin1String("; try ")))
        ++g_retries;
    if (category.startsWith("hubtokens") && !g_verbose
        && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    g_previousHandler(type, context, message);
}

struct Totals {
    int runs = 0;
    int failedRuns = 0;
    int operations = 0;
    int items = 0; // per-token outcomes (a bulk call counts each token)
    int injectedFailures = 0;
    int committedThenFailed = 0;
    int lostReplies = 0;
    int orphans = 0;
    int failuresReported = 0;
    int lost = 0;
    int phantom = 0;
    int stale = 0;
    int unreported = 0; // happened, yet reported failed; or reported done and did not happen
    int duplicateCreates = 0;
};

class SoakRun {
public:
    SoakRun(quint32 seed, Totals &totals)
        : m_seed(seed)
        , m_rng(seed)
        , m_totals(totals)
    {
    }

    // True when the run found nothing wrong.
    bool run()
    {
        EmulatorOptions options;
        options.seed = m_seed;
        options.rateLimitPerMinute = 0;
        Fixture f(options);
        m_f = &f;
        if (!f.start())
            return problem(QStringLiteral("start: %1").arg(f.error));
        const int seeded = 4 + int(m_rng.bounded(6));
        for (int i = 0; i < seeded; ++i)
            f.seed(QStringLiteral("seed %1.%2").arg(m_seed).arg(i), m_rng.bounded(2) == 0);
        if (!f.refresh())
            return problem(QStringLiteral("first list: %1").arg(f.error));

        f.emu->setFailureRate(0.10);
        f.emu->setCommitThenFailRate(0.05);
        f.emu->setLostReplyRate(0.05);
        f.emu->setLatency(1 + int(m_rng.bounded(4)));

        const int steps = 5 + int(m_rng.bounded(4));
        for (int s = 0; s < steps; ++s)
            step();

        const EmulatorFaultCounts faults = f.emu->faultCounts();
        m_totals.injectedFailures += faults.failures;
        m_totals.committedThenFailed += faults.committedThenFailed;
        m_totals.lostReplies += faults.lostReplies;

        // What the core believes now, from its operations' outcomes alone, against the server.
        compareLists(QStringLiteral("before the last refresh"));
        f.emu->setFailureRate(0);
        f.emu->setCommitThenFailRate(0);
        f.emu->setLostReplyRate(0);
        if (!f.refresh())
            problem(QStringLiteral("last list: %1").arg(f.error));
        else
            compareLists(QStringLiteral("after the last refresh"));
        m_f = nullptr;
        return m_ok;
    }

private:
    struct ServerView {
        QString label;
        bool active = false;
    };

    QHash<QString, ServerView> server() const
    {
        QHash<QString, ServerView> out;
        for (const QJsonObject &o : m_f->emu->tokens(kUser))
            out.insert(o.value(QStringLiteral("uuid")).toString(),
                       ServerView{o.value(QStringLiteral("token_label")).toString(),
                                  o.value(QStringLiteral("is_active")).toBool()});
        return out;
    }

    bool problem(const QString &what)
    {
        std::fprintf(stderr, "soak: seed %u: %s\n", m_seed, qPrintable(what));
        m_ok = false;
        return false;
    }

    void compareLists(const QString &when)
    {
        const QHash<QString, ServerView> srv = server();
        QSet<QString> core;
        for (const AccessToken &t : m_f->core->tokens()) {
            core.insert(t.uuid);
            const auto it = srv.constFind(t.uuid);
            if (it == srv.cend()) {
                ++m_totals.phantom;
                problem(QStringLiteral("%1: phantom %2 (\"%3\")").arg(when, t.uuid, t.label));
            } else if (it->label != t.label || it->active != t.active) {
                ++m_totals.stale;
                problem(QStringLiteral("%1: stale %2: core \"%3\" %4, server \"%5\" %6")
                            .arg(when, t.uuid, t.label, t.active ? QStringLiteral("on") : QStringLiteral("off"),
                                 it->label, it->active ? QStringLiteral("on") : QStringLiteral("off")));
            }
        }
        for (auto it = srv.cbegin(); it != srv.cend(); ++it) {
            if (!core.contains(it.key())) {
                ++m_totals.lost;
                problem(QStringLiteral("%1: lost %2 (\"%3\")").arg(when, it.key(), it->label));
            }
        }
    }

    // Up to one operation of each kind, at once, on disjoint tokens; then every outcome checked.
    void step()
    {
        QStringList free;
        for (const AccessToken &t : m_f->core->tokens())
            free << t.uuid;
        const auto take = [&]() -> QString {
            if (free.isEmpty())
                return {};
            return free.takeAt(int(m_rng.bounded(quint32(free.size()))));
        };
        const QHash<QString, ServerView> before = server();
        QObject context; // every connection of this step ends with it

        // Create.
        std::optional<CreateOutcome> created;
        bool creating = m_rng.bounded(100) < 60;
        const QString createLabel = QStringLiteral("new %1.%2").arg(m_seed).arg(++m_counter);
        if (creating) {
            TokenDraft draft;
            draft.label = createLabel;
            CreateJob *job = m_f->core->create(draft);
            QObject::connect(job, &CreateJob::finished, &context, [&created](const CreateOutcome &o) { created = o; });
            ++m_totals.operations;
        }

        // Edit.
        QString editUuid;
        QString editLabel;
        std::optional<ApiResult<AccessToken>> edited;
        if (m_rng.bounded(100) < 50 && !(editUuid = take()).isEmpty()) {
            editLabel = QStringLiteral("edited %1.%2").arg(m_seed).arg(++m_counter);
            TokenPatch patch;
            patch.label = editLabel;
            m_f->core->update(editUuid, patch, &context, [&edited](const ApiResult<AccessToken> &r) { edited = r; });
            ++m_totals.operations;
        }

        // Toggle one, or set many on or off.
        QHash<QString, bool> wanted; // uuid → the activation asked for
        QHash<QString, std::optional<ApiError>> activated; // uuid → outcome
        QObject::connect(m_f->core, &TokenCore::activationFinished, &context,
                         [&activated](const QString &uuid, bool, const std::optional<ApiError> &error) {
                             activated.insert(uuid, error);
                         });
        const quint32 activationKind = m_rng.bounded(100);
        if (activationKind < 35) {
            const QString uuid = take();
            if (!uuid.isEmpty()) {
                const bool to = !m_f->core->token(uuid)->active;
                if (m_f->core->toggleActive(uuid)) {
                    wanted.insert(uuid, to);
                    ++m_totals.operations;
                }
            }
        } else if (activationKind < 60) {
            const bool to = m_rng.bounded(2) == 0;
            QStringList many;
            for (int i = 0, n = 2 + int(m_rng.bounded(3)); i < n; ++i) {
                const QString uuid = take();
                if (uuid.isEmpty())
                    break;
                many << uuid;
                if (m_f->core->token(uuid)->active != to)
                    wanted.insert(uuid, to); // the others are left out by setActive
            }
            if (m_f->core->setActive(many, to) != wanted.size())
                problem(QStringLiteral("setActive started another number of tokens than asked"));
            if (!wanted.isEmpty())
                ++m_totals.operations;
        }

        // Delete one or many.
        QStringList removing;
        std::optional<BulkReport> removed;
        QObject::connect(m_f->core, &TokenCore::bulkFinished, &context, [&removed](const BulkReport &r) {
            if (r.action == BulkReport::Action::Delete)
                removed = r;
        });
        if (m_rng.bounded(100) < 45) {
            for (int i = 0, n = m_rng.bounded(2) == 0 ? 1 : 2 + int(m_rng.bounded(3)); i < n; ++i) {
                const QString uuid = take();
                if (!uuid.isEmpty())
                    removing << uuid;
            }
            if (!removing.isEmpty()) {
                m_f->core->remove(removing);
                ++m_totals.operations;
            }
        }

        const bool settled = waitFor(
            [&] {
                return (!creating || created) && (editUuid.isEmpty() || edited) && activated.size() == wanted.size()
                    && (removing.isEmpty() || removed);
            },
            60'000);
        if (!settled) {
            problem(QStringLiteral("an operation never finished"));
            return;
        }
        const QHash<QString, ServerView> after = server();

        if (creating)
            checkCreate(createLabel, *created, after);
        if (!editUuid.isEmpty()) {
            const bool happened = after.value(editUuid).label == editLabel;
            check(QStringLiteral("edit %1").arg(editUuid), happened, edited->error);
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const bool happened = after.contains(it.key()) && after.value(it.key()).active == it.value()
                && before.value(it.key()).active != it.value();
            check(QStringLiteral("activation %1 → %2").arg(it.key()).arg(it.value()), happened,
                  activated.value(it.key()));
        }
        if (!removing.isEmpty()) {
            if (removed->items.size() != removing.size())
                problem(QStringLiteral("delete report has %1 items for %2")
                            .arg(removed->items.size())
                            .arg(removing.size()));
            for (const ItemOutcome &o : removed->items)
                check(QStringLiteral("delete %1").arg(o.uuid), !after.contains(o.uuid), o.error);
        }
    }

    void check(const QString &what, bool happened, const std::optional<ApiError> &error)
    {
        ++m_totals.items;
        if (error)
            ++m_totals.failuresReported;
        if (happened == !error.has_value())
            return;
        ++m_totals.unreported;
        problem(happened ? QStringLiteral("%1 happened but was reported failed (%2)").arg(what, error->toString())
                         : QStringLiteral("%1 was reported done but did not happen").arg(what));
    }

    void checkCreate(const QString &label, const CreateOutcome &out, const QHash<QString, ServerView> &after)
    {
        ++m_totals.items;
        QStringList found;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it->label == label)
                found << it.key();
        }
        if (found.size() > 1) {
            ++m_totals.duplicateCreates;
            problem(QStringLiteral("create \"%1\" made %2 tokens").arg(label).arg(found.size()));
        }
        if (out.orphan)
            ++m_totals.orphans;
        if (out.error)
            ++m_totals.failuresReported;
        const QString claimed = out.created ? out.created->token.uuid : out.orphan ? out.orphan->uuid : QString();
        if (found.isEmpty() && claimed.isEmpty())
            return; // failed, and said so
        if (!found.isEmpty() && claimed == found.first())
            return; // done, and said so (created, or an orphan)
        ++m_totals.unreported;
        problem(
            found.isEmpty()
                ? QStringLiteral("create \"%1\" reported %2 but nothing was created").arg(label, claimed)
                : QStringLiteral("create \"%1\" made %2 but reported %3")
                      .arg(label, found.first(), out.error ? out.error->toString() : QStringLiteral("another token")));
    }

    quint32 m_seed;
    QRandomGenerator m_rng;
    Totals &m_totals;
    Fixture *m_f = nullptr;
    int m_counter = 0;
    bool m_ok = true;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 100;
    quint32 firstSeed = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--first-seed") && i + 1 < args.size())
            firstSeed = args.at(++i).toUInt();
        else if (args.at(i) == QLatin1String("--verbose"))
            g_verbose = true;
        else {
            std::fprintf(stderr, "usage: soak_tokencore [--runs N] [--first-seed S] [--verbose]\n");
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(g_verbose
                                         ? QStringLiteral("hubtokens.*=true")
                                         : QStringLiteral("hubtokens.*.info=false\nhubtokens.hub.retry.info=true"));
    g_previousHandler = qInstallMessageHandler(countingHandler);

    Totals totals;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < runs; ++r) {
        SoakRun run(firstSeed + quint32(r), totals);
        ++totals.runs;
        if (!run.run())
            ++totals.failedRuns;
    }
    std::printf("soak: %d runs in %.1f s, seeds %u..%u\n", totals.runs, double(timer.elapsed()) / 1000.0, firstSeed,
                firstSeed + quint32(runs) - 1);
    std::printf("  operations:          %d (%d per-token outcomes)\n", totals.operations, totals.items);
    std::printf("  injected faults:     %d 5xx, %d committed then 502, %d lost replies\n", totals.injectedFailures,
                totals.committedThenFailed, totals.lostReplies);
    std::printf("  retries:             %d\n", g_retries);
    std::printf("  orphans reconciled:  %d\n", totals.orphans);
    std::printf("  failures reported:   %d\n", totals.failuresReported);
    std::printf("  lost:                %d\n", totals.lost);
    std::printf("  phantom:             %d\n", totals.phantom);
    std::printf("  stale:               %d\n", totals.stale);
    std::printf("  unreported:          %d\n", totals.unreported);
    std::printf("  duplicate creates:   %d\n", totals.duplicateCreates);
    std::printf("soak: %d passed, %d failed\n", totals.runs - totals.failedRuns, totals.failedRuns);
    return totals.failedRuns == 0 ? 0 : 1;
}
