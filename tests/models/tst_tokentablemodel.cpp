#include "app/settings/LanguageManager.h"
#include "models/RelativeTime.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {
const QDateTime Now = QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC);

AccessToken make(const QString &uuid, const QString &label, std::optional<TokenScope> scope, bool active,
                 const QString &generatedBy, int createdDaysAgo, int lastUsedHoursAgo, int expiresInDays)
{
    AccessToken t;
    t.uuid = uuid;
    t.label = label;
    t.scope = scope;
    t.active = active;
    t.generatedBy = generatedBy;
    t.createdAt = Now.addDays(-createdDaysAgo);
    if (lastUsedHoursAgo >= 0)
        t.lastUsed = Now.addSecs(-3600LL * lastUsedHoursAgo);
    if (expiresInDays != INT_MIN)
        t.expiresAt = Now.addDays(expiresInDays);
    t.creatorIp = QStringLiteral("192.0.2.1");
    t.creatorUserAgent = QStringLiteral("Mozilla/5.0");
    t.clientId = QStringLiteral("HUB");
    return t;
}

constexpr int NoExpiry = INT_MIN;
constexpr int NeverUsed = -1;

// Five tokens whose every column sorts differently.
QList<AccessToken> sample()
{
    return {
        make(QStringLiteral("aaaa-1"), QStringLiteral("CI pipeline"), TokenScope::Write, true, QStringLiteral("manual"),
             10, 2, 60),
        make(QStringLiteral("bbbb-2"), QStringLiteral("laptop"), TokenScope::PublicRead, false,
             QStringLiteral("manual"), 40, NeverUsed, NoExpiry),
        make(QStringLiteral("cccc-3"), QStringLiteral("Docker Desktop"), TokenScope::Admin, true,
             QStringLiteral("docker_desktop"), 1, 0, 3),
        make(QStringLiteral("dddd-4"), QStringLiteral("old backup"), std::nullopt, true, QStringLiteral("manual"), 400,
             24 * 100, -5),
        make(QStringLiteral("eeee-5"), QStringLiteral("Renovate bot"), TokenScope::Read, false,
             QStringLiteral("manual"), 5, 48, 200),
    };
}

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}

QStringList uuids(const QAbstractItemModel &m)
{
    return column(m, 0, TokenTableModel::UuidRole);
}

// A model whose clock stands at Now, a filter proxy over it, and a QAbstractItemModelTester watching each. No tokens
// yet: each test sets them itself, after whatever it wants to see happen then (spies, a sort).
struct Models {
    TokenTableModel model;
    TokenFilterProxyModel proxy;
    std::optional<QAbstractItemModelTester> modelTester;
    std::optional<QAbstractItemModelTester> proxyTester;

    Models()
    {
        model.setNow(Now);
        proxy.setSourceModel(&model);
        modelTester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxyTester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};
} // namespace

class TstTokenTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void displayTexts();
    void toolTipsAndMarks();
    void sortByRawValue_data();
    void sortByRawValue();
    void filters_data();
    void filters();
    void filtersCombineAndClear();
    void counts();
    void setTokensMerges();
    void upsertAndRemove();
    void pending();
    void relativeTime_data();
    void relativeTime();
    void noSecretInModel();
};

void TstTokenTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    LanguageSupport::installEnglishPlurals(); // "%n day(s) ago" reads "3 days ago", as in the app
}

void TstTokenTableModel::emptyModel()
{
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(TokenTableModel::ColumnCount));
    QCOMPARE(model.headerData(TokenTableModel::Description, Qt::Horizontal).toString(), QStringLiteral("Description"));
    QCOMPARE(model.headerData(TokenTableModel::LastUsed, Qt::Horizontal).toString(), QStringLiteral("Last used"));
    QCOMPARE(model.headerData(TokenTableModel::Actions, Qt::Horizontal, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Actions"));
}

void TstTokenTableModel::displayTexts()
{
    Models m;
    TokenTableModel &model = m.model;
    model.setTokens(sample());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(column(model, TokenTableModel::Description),
             (QStringList{"CI pipeline", "laptop", "Docker Desktop", "old backup", "Renovate bot"}));
    QCOMPARE(column(model, TokenTableModel::Scope),
             (QStringList{"Repo Read & Write", "Repo Public Read-only", "Repo Read, Write, Delete",
                          "Legacy (full access)", "Repo Read-only"}));
    QCOMPARE(column(model, TokenTableModel::Status),
             (QStringList{"Active", "Inactive", "Active", "Expired", "Inactive"}));
    QCOMPARE(column(model, TokenTableModel::Source),
             (QStringList{"Manual", "Manual", "Auto-generated", "Manual", "Manual"}));
    QCOMPARE(column(model, TokenTableModel::LastUsed),
             (QStringList{"2 hours ago", "Never", "just now", "3 months ago", "2 days ago"}));
    QCOMPARE(model.index(0, TokenTableModel::Created).data().toString(), QStringLiteral("Mar 4, 2025"));
    QCOMPARE(model.index(1, TokenTableModel::Expires).data().toString(), QStringLiteral("Never"));
    QCOMPARE(model.index(0, TokenTableModel::Expires).data().toString(), QStringLiteral("May 13, 2025"));
    QCOMPARE(model.index(0, TokenTableModel::Actions).data().toString(), QString());
    QCOMPARE(model.index(0, TokenTableModel::Actions).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Actions for “CI pipeline”"));
    // The row's switch names its token too.
    QCOMPARE(
        model.index(0, TokenTableModel::Status).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Status of “CI pipeline”: %1").arg(model.index(0, TokenTableModel::Status).data().toString()));
    QCOMPARE(model.tokenAt(2).uuid, QStringLiteral("cccc-3"));
    QCOMPARE(model.index(2, 0).data(TokenTableModel::TokenRole).value<AccessToken>().label,
             QStringLiteral("Docker Desktop"));
}

void TstTokenTableModel::toolTipsAndMarks()
{
    Models m;
    TokenTableModel &model = m.model;
    model.setTokens(sample());
    using ES = TokenTableModel::ExpiryState;
    QCOMPARE(ES(model.index(0, TokenTableModel::Expires).data(TokenTableModel::ExpiryStateRole).toInt()), ES::Later);
    QCOMPARE(ES(model.index(1, TokenTableModel::Expires).data(TokenTableModel::ExpiryStateRole).toInt()), ES::Never);
    QCOMPARE(ES(model.index(2, TokenTableModel::Expires).data(TokenTableModel::ExpiryStateRole).toInt()), ES::Soon);
    QCOMPARE(ES(model.index(3, TokenTableModel::Expires).data(TokenTableModel::ExpiryStateRole).toInt()), ES::Expired);

    // Soon and expired stand out; later ones don't: the model says which (ExpiryStateRole above, QuietRole for a
    // "Never"), and the delegate colours them through Theme (tst_theme's cellColoursComeFromRoles checks the colours).
    // The model gives no colour of its own.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int col = 0; col < TokenTableModel::ColumnCount; ++col)
            QVERIFY(!model.index(row, col).data(Qt::ForegroundRole).isValid());
    }
    QVERIFY(model.index(1, TokenTableModel::Expires).data(TokenTableModel::QuietRole).toBool()); // never expires
    QVERIFY(model.index(1, TokenTableModel::LastUsed).data(TokenTableModel::QuietRole).toBool()); // never used
    QVERIFY(!model.index(0, TokenTableModel::Expires).data(TokenTableModel::QuietRole).toBool());
    QVERIFY(!model.index(0, TokenTableModel::LastUsed).data(TokenTableModel::QuietRole).toBool());
    QVERIFY(!model.index(1, TokenTableModel::Description).data(TokenTableModel::QuietRole).toBool());
    QVERIFY(model.index(2, TokenTableModel::Expires).data(Qt::ToolTipRole).toString().startsWith("Expires soon"));
    QVERIFY(model.index(3, TokenTableModel::Expires).data(Qt::ToolTipRole).toString().startsWith("Expired on"));

    // Icons come from the UI layer.
    QVERIFY(!model.index(2, TokenTableModel::Expires).data(Qt::DecorationRole).isValid());
    QPixmap pm(8, 8);
    pm.fill(Qt::red);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setExpiryIcons(QIcon(pm), QIcon(pm));
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(2, TokenTableModel::Expires).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, TokenTableModel::Expires).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(1, TokenTableModel::Expires).data(Qt::DecorationRole).isValid()); // no quiet mark given
    // Never expires: a quiet mark when the UI gives one, and a tooltip that suggests an expiry.
    QPixmap grey(8, 8);
    grey.fill(Qt::gray);
    model.setExpiryIcons(QIcon(pm), QIcon(pm), QIcon(grey));
    QVERIFY(model.index(1, TokenTableModel::Expires).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, TokenTableModel::Expires).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(1, TokenTableModel::Expires).data(Qt::ToolTipRole).toString().contains("consider generating"));

    // Last used: exact local time as tooltip.
    const QString tip = model.index(0, TokenTableModel::LastUsed).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, RelativeTime::exact(Now.addSecs(-2 * 3600)));
    QVERIFY(tip.contains(QStringLiteral("2025")));
    QCOMPARE(model.index(1, TokenTableModel::LastUsed).data(Qt::ToolTipRole).toString(), QStringLiteral("Never used"));
}

void TstTokenTableModel::sortByRawValue_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending"); // uuids

    QTest::newRow("description") << int(TokenTableModel::Description)
                                 << QStringList{"aaaa-1", "cccc-3", "bbbb-2", "dddd-4", "eeee-5"};
    QTest::newRow("scope (rank)") << int(TokenTableModel::Scope)
                                  << QStringList{"dddd-4", "bbbb-2", "eeee-5", "aaaa-1", "cccc-3"};
    // Active, Inactive, Expired; ties newest first.
    QTest::newRow("status (order)") << int(TokenTableModel::Status)
                                    << QStringList{"cccc-3", "aaaa-1", "eeee-5", "bbbb-2", "dddd-4"};
    QTest::newRow("source (bool)") << int(TokenTableModel::Source)
                                   << QStringList{"eeee-5", "aaaa-1", "bbbb-2", "dddd-4", "cccc-3"};
    QTest::newRow("created") << int(TokenTableModel::Created)
                             << QStringList{"dddd-4", "bbbb-2", "aaaa-1", "eeee-5", "cccc-3"};
    // Never used is the oldest use.
    QTest::newRow("last used") << int(TokenTableModel::LastUsed)
                               << QStringList{"bbbb-2", "dddd-4", "eeee-5", "aaaa-1", "cccc-3"};
    // Never expires is the latest expiry.
    QTest::newRow("expires") << int(TokenTableModel::Expires)
                             << QStringList{"dddd-4", "cccc-3", "aaaa-1", "eeee-5", "bbbb-2"};
}

void TstTokenTableModel::sortByRawValue()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);

    Models m;
    TokenTableModel &model = m.model;
    TokenFilterProxyModel &proxy = m.proxy;
    model.setTokens(sample());

    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(uuids(proxy), ascending);
    proxy.sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(uuids(proxy), descending);

    // The sort role gives raw values, not text.
    const QVariant raw = model.index(0, column).data(TokenTableModel::SortRole);
    switch (column) {
    case TokenTableModel::Scope:
    case TokenTableModel::Status: QCOMPARE(raw.typeId(), int(QMetaType::Int)); break;
    case TokenTableModel::Source: QCOMPARE(raw.typeId(), int(QMetaType::Bool)); break;
    case TokenTableModel::Created:
    case TokenTableModel::LastUsed:
    case TokenTableModel::Expires: QCOMPARE(raw.typeId(), int(QMetaType::QDateTime)); break;
    default: QCOMPARE(raw.typeId(), int(QMetaType::QString)); break;
    }

    // Sorting survives updates (dynamic sort).
    AccessToken t = model.tokenAt(model.rowOf(QStringLiteral("aaaa-1")));
    model.upsertToken(t);
    QCOMPARE(uuids(proxy), descending);
}

void TstTokenTableModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("source");
    QTest::addColumn<QStringList>("expected"); // uuids in created-descending order

    using SF = TokenFilterProxyModel::StatusFilter;
    using OF = TokenFilterProxyModel::SourceFilter;
    QTest::newRow("all") << QString() << int(SF::All) << int(OF::All)
                         << QStringList{"cccc-3", "eeee-5", "aaaa-1", "bbbb-2", "dddd-4"};
    QTest::newRow("description, any case")
        << QStringLiteral("LAPTOP") << int(SF::All) << int(OF::All) << QStringList{"bbbb-2"};
    QTest::newRow("scope display name") << QStringLiteral("read & write") << int(SF::All) << int(OF::All)
                                        << QStringList{"aaaa-1"};
    QTest::newRow("scope word") << QStringLiteral("read-only") << int(SF::All) << int(OF::All)
                                << QStringList{"eeee-5", "bbbb-2"};
    QTest::newRow("uuid") << QStringLiteral("dddd") << int(SF::All) << int(OF::All) << QStringList{"dddd-4"};
    QTest::newRow("two words") << QStringLiteral("  docker   delete ") << int(SF::All) << int(OF::All)
                               << QStringList{"cccc-3"};
    QTest::newRow("nothing") << QStringLiteral("zzz") << int(SF::All) << int(OF::All) << QStringList{};
    QTest::newRow("active") << QString() << int(SF::Active) << int(OF::All) << QStringList{"cccc-3", "aaaa-1"};
    QTest::newRow("inactive") << QString() << int(SF::Inactive) << int(OF::All) << QStringList{"eeee-5", "bbbb-2"};
    QTest::newRow("expired") << QString() << int(SF::Expired) << int(OF::All) << QStringList{"dddd-4"};
    QTest::newRow("manual") << QString() << int(SF::All) << int(OF::Manual)
                            << QStringList{"eeee-5", "aaaa-1", "bbbb-2", "dddd-4"};
    QTest::newRow("auto-generated") << QString() << int(SF::All) << int(OF::AutoGenerated) << QStringList{"cccc-3"};
    QTest::newRow("active manual") << QString() << int(SF::Active) << int(OF::Manual) << QStringList{"aaaa-1"};
    QTest::newRow("search + status") << QStringLiteral("o") << int(SF::Inactive) << int(OF::All)
                                     << QStringList{"eeee-5", "bbbb-2"};
}

void TstTokenTableModel::filters()
{
    QFETCH(QString, search);
    QFETCH(int, status);
    QFETCH(int, source);
    QFETCH(QStringList, expected);

    Models m;
    TokenTableModel &model = m.model;
    TokenFilterProxyModel &proxy = m.proxy;
    model.setTokens(sample());
    proxy.sort(TokenTableModel::Created, Qt::DescendingOrder);

    QSignalSpy changed(&proxy, &TokenFilterProxyModel::filtersChanged);
    proxy.setSearchText(search);
    proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter(status));
    proxy.setSourceFilter(TokenFilterProxyModel::SourceFilter(source));
    QCOMPARE(uuids(proxy), expected);
    QCOMPARE(proxy.rowCount(), int(expected.size()));
    QCOMPARE(proxy.hasActiveFilters(), !search.trimmed().isEmpty() || status || source);
    QCOMPARE(changed.size(), int(!search.trimmed().isEmpty()) + int(status != 0) + int(source != 0));
    // The source keeps every row.
    QCOMPARE(model.rowCount(), 5);
}

void TstTokenTableModel::filtersCombineAndClear()
{
    Models m;
    TokenTableModel &model = m.model;
    TokenFilterProxyModel &proxy = m.proxy;
    model.setTokens(sample());
    proxy.setSearchText(QStringLiteral("robot"));
    proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::Active);
    QCOMPARE(proxy.rowCount(), 0);
    // A filtered-out row that changes to match appears.
    AccessToken ci = *model.token(QStringLiteral("aaaa-1"));
    ci.label = QStringLiteral("CI robot");
    model.upsertToken(ci);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TokenTableModel::UuidRole).toString(), QStringLiteral("aaaa-1"));
    proxy.clearFilters();
    QVERIFY(!proxy.hasActiveFilters());
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.searchText(), QString());

    // A reminder's tokens only (the notification was clicked); cleared with the rest.
    QSignalSpy changed(&proxy, &TokenFilterProxyModel::filtersChanged);
    proxy.setUuidFilter({QStringLiteral("aaaa-1"), QStringLiteral("no-such-uuid")});
    QCOMPARE(changed.size(), 1);
    QVERIFY(proxy.hasActiveFilters());
    QCOMPARE(uuids(proxy), QStringList{QStringLiteral("aaaa-1")});
    proxy.setStatusFilter(TokenFilterProxyModel::StatusFilter::Inactive);
    QCOMPARE(proxy.rowCount(), 0); // and it combines with the others
    proxy.clearFilters();
    QVERIFY(proxy.uuidFilter().isEmpty());
    QCOMPARE(proxy.rowCount(), 5);
}

void TstTokenTableModel::counts()
{
    Models m;
    TokenTableModel &model = m.model;
    QSignalSpy counts(&model, &TokenTableModel::countsChanged);
    model.setTokens(sample());
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.activeCount(), 2);
    QCOMPARE(model.inactiveCount(), 2);
    QCOMPARE(model.expiredCount(), 1);

    // Time passes: the Docker Desktop token expires (in 3 days).
    model.setNow(Now.addDays(4));
    QCOMPARE(model.activeCount(), 1);
    QCOMPARE(model.expiredCount(), 2);
    QCOMPARE(model.index(2, TokenTableModel::Status).data().toString(), QStringLiteral("Expired"));
    QVERIFY(counts.size() >= 2);
}

void TstTokenTableModel::setTokensMerges()
{
    Models m;
    TokenTableModel &model = m.model;
    model.setTokens(sample());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Same data: nothing moves.
    model.setTokens(sample());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);

    // Two gone (one run at the end, one in the middle), one changed, one new.
    QList<AccessToken> next = sample();
    next.removeAt(4);
    next.removeAt(1);
    next[0].active = false;
    next.append(make(QStringLiteral("ffff-6"), QStringLiteral("new one"), TokenScope::Read, true,
                     QStringLiteral("manual"), 0, NeverUsed, NoExpiry));
    model.setTokens(next);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(uuids(model), (QStringList{"aaaa-1", "cccc-3", "dddd-4", "ffff-6"}));
    QCOMPARE(model.index(0, TokenTableModel::Status).data().toString(), QStringLiteral("Inactive"));

    // Replace everything; then clear.
    model.setTokens({next.at(3)});
    QCOMPARE(uuids(model), QStringList{"ffff-6"});
    model.setTokens({});
    QCOMPARE(model.rowCount(), 0);
    model.setTokens(sample());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstTokenTableModel::upsertAndRemove()
{
    Models m;
    TokenTableModel &model = m.model;
    TokenFilterProxyModel &proxy = m.proxy;
    proxy.sort(TokenTableModel::Created, Qt::DescendingOrder);
    model.setTokens(sample());

    // A new token goes in first and sorts first (newest).
    AccessToken fresh = make(QStringLiteral("ffff-6"), QStringLiteral("fresh"), TokenScope::Read, true,
                             QStringLiteral("manual"), 0, NeverUsed, 30);
    model.upsertToken(fresh);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOf(QStringLiteral("ffff-6")), 0);
    QCOMPARE(uuids(proxy).first(), QStringLiteral("ffff-6"));

    // Update in place.
    fresh.label = QStringLiteral("renamed");
    model.upsertToken(fresh);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, TokenTableModel::Description).data().toString(), QStringLiteral("renamed"));

    QVERIFY(model.removeToken(QStringLiteral("cccc-3")));
    QVERIFY(!model.removeToken(QStringLiteral("cccc-3")));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(QStringLiteral("cccc-3")), -1);
    QVERIFY(!model.token(QStringLiteral("cccc-3")).has_value());
    QVERIFY(!uuids(proxy).contains(QStringLiteral("cccc-3")));
}

void TstTokenTableModel::pending()
{
    Models m;
    TokenTableModel &model = m.model;
    model.setTokens(sample());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPending(QStringLiteral("aaaa-1"), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.isPending(QStringLiteral("aaaa-1")));
    QVERIFY(model.index(0, TokenTableModel::Status).data(TokenTableModel::PendingRole).toBool());
    QCOMPARE(model.index(0, TokenTableModel::Status).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Status of “CI pipeline”: Updating…"));
    model.setPending(QStringLiteral("aaaa-1"), true); // no change, no signal
    QCOMPARE(changed.size(), 1);
    model.setPending(QStringLiteral("nope"), true);
    QVERIFY(!model.isPending(QStringLiteral("nope")));
    model.setPending(QStringLiteral("aaaa-1"), false);
    QVERIFY(!model.index(0, TokenTableModel::Status).data(TokenTableModel::PendingRole).toBool());
    // A removed row forgets it.
    model.setPending(QStringLiteral("bbbb-2"), true);
    model.removeToken(QStringLiteral("bbbb-2"));
    QVERIFY(!model.isPending(QStringLiteral("bbbb-2")));
}

void TstTokenTableModel::relativeTime_data()
{
    QTest::addColumn<qint64>("secondsAgo"); // -1: invalid
    QTest::addColumn<QString>("expected");
    QTest::newRow("never") << qint64(-1) << QStringLiteral("Never");
    QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
    QTest::newRow("59 s") << qint64(59) << QStringLiteral("just now");
    QTest::newRow("future (clock skew)") << qint64(-30) << QStringLiteral("just now");
    QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 minute ago");
    QTest::newRow("5 min") << qint64(5 * 60 + 20) << QStringLiteral("5 minutes ago");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 hour ago");
    QTest::newRow("23 h") << qint64(23 * 3600 + 3599) << QStringLiteral("23 hours ago");
    QTest::newRow("1 day") << qint64(24 * 3600) << QStringLiteral("yesterday");
    QTest::newRow("3 days") << qint64(3 * 86400 + 100) << QStringLiteral("3 days ago");
    QTest::newRow("29 days") << qint64(29 * 86400) << QStringLiteral("29 days ago");
    QTest::newRow("1 month") << qint64(31 * 86400) << QStringLiteral("1 month ago");
    QTest::newRow("5 months") << qint64(155 * 86400) << QStringLiteral("5 months ago");
    QTest::newRow("1 year") << qint64(400 * 86400) << QStringLiteral("1 year ago");
    QTest::newRow("3 years") << qint64(3 * 365 * 86400 + 86400) << QStringLiteral("3 years ago");
}

void TstTokenTableModel::relativeTime()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, expected);
    const QDateTime when = secondsAgo == -1 ? QDateTime() : Now.addSecs(-secondsAgo);
    QCOMPARE(RelativeTime::format(when, Now), expected);
}

void TstTokenTableModel::noSecretInModel()
{
    // The model's only token type is AccessToken, which has no secret field; CreatedToken must be unwrapped.
    CreatedToken created;
    created.token = sample().first();
    created.secret = QStringLiteral("dckr_pat_abcdefghijklmnopqrstuvwxyz0");
    TokenTableModel model;
    model.upsertToken(created.token);
    created.wipeSecret();
    for (int c = 0; c < TokenTableModel::ColumnCount; ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(TokenTableModel::SearchTextRole)})
            QVERIFY(!model.index(0, c).data(role).toString().contains(QStringLiteral("dckr_pat_")));
    }
}

QTEST_MAIN(TstTokenTableModel)
#include "tst_tokentablemodel.moc"
