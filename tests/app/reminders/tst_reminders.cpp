// Expiry reminders without D-Bus: the rules (ExpiryReminders: thresholds, each token once under its nearest
// threshold, expired since the last look, never twice for the same threshold), the one reminder's words, the
// scheduler (ReminderScheduler: memory per server and account in AppSettings, on/off, start and daily checks with an
// injected clock) and the reminder settings. tst_notifications covers the desktop notification over D-Bus.
#include "app/reminders/ExpiryReminders.h"
#include "app/reminders/ReminderScheduler.h"
#include "app/settings/AppSettings.h"
#include "app/settings/LanguageManager.h"
#include "tests/support/MarkingTranslator.h"
#include "tests/support/TestTokens.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestTokens;
using namespace std::chrono_literals;

namespace {

const QDateTime Now = utc(2025, 6, 1, 12);
const QUrl Server(QStringLiteral("https://hub.docker.com"));
const QList<int> Thresholds = {30, 7, 1};

AccessToken expiringIn(const QString &label, qint64 secs)
{
    return token(label + QStringLiteral("-uuid"), label, Now.addSecs(secs));
}

constexpr qint64 Day = 24 * 3600;

QStringList labels(const QList<DueToken> &due)
{
    QStringList out;
    for (const DueToken &d : due)
        out.append(d.token.label + u'@' + QString::number(d.thresholdDays));
    return out;
}

} // namespace

class TestReminders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void nearestThreshold_data();
    void nearestThreshold();
    void eachTokenOnceUnderItsNearestThreshold();
    void expiredSinceLastLook();
    void notTwiceForTheSameThreshold();
    void afterRemindingRecordsAndPrunes();

    void composeNothing();
    void composeOne();
    void composeMany();
    void composeShortensLongLists();
    void composeMixed();
    void composeIsTranslated();

    void settingsDefaults();
    void settingsThresholds_data();
    void settingsThresholds();
    void settingsMemoryPerAccount();

    void schedulerRemindsOnceAndRemembers();
    void schedulerNextThresholdRemindsAgain();
    void schedulerOff();
    void schedulerNothingDue();
    void schedulerExpiredSinceLastLook();
    void schedulerPreviewRemembersNothing();
    void schedulerRequestsAtStartAndDaily();
    void schedulerAsksAgainWhenUnanswered();
    void schedulerQuietWhileOff();

private:
    std::unique_ptr<AppSettings> freshSettings();
    QString iniPath() const { return m_dir.filePath(QStringLiteral("reminders-%1.ini").arg(m_run)); }

    QTemporaryDir m_dir;
    int m_run = 0;
    QDateTime m_clock;
};

void TestReminders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LanguageSupport::installEnglishPlurals(); // "%n day(s)" reads "7 days", as in the app
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReminders::init()
{
    ++m_run;
    m_clock = Now;
}

std::unique_ptr<AppSettings> TestReminders::freshSettings()
{
    return std::make_unique<AppSettings>(iniPath());
}

void TestReminders::nearestThreshold_data()
{
    QTest::addColumn<qint64>("secsLeft");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("12 hours") << qint64(Day / 2) << 1;
    QTest::newRow("exactly 1 day") << Day << 1;
    QTest::newRow("1 day and a second") << Day + 1 << 7;
    QTest::newRow("5 days") << 5 * Day << 7;
    QTest::newRow("20 days") << 20 * Day << 30;
    QTest::newRow("30 days") << 30 * Day << 30;
    QTest::newRow("40 days") << 40 * Day << -1;
    QTest::newRow("expired") << qint64(-60) << -1;
    QTest::newRow("expires now") << qint64(0) << -1;
}

void TestReminders::nearestThreshold()
{
    QFETCH(qint64, secsLeft);
    QFETCH(int, expected);
    const AccessToken t = expiringIn(QStringLiteral("t"), secsLeft);
    const std::optional<int> got = ExpiryReminders::nearestThreshold(t, Thresholds, Now);
    QCOMPARE(got.value_or(-1), expected);
    // The order of the thresholds does not matter.
    QCOMPARE(ExpiryReminders::nearestThreshold(t, {1, 30, 7}, Now).value_or(-1), expected);
    QVERIFY(!ExpiryReminders::nearestThreshold(token(QStringLiteral("n"), QStringLiteral("n")), Thresholds, Now));
}

void TestReminders::eachTokenOnceUnderItsNearestThreshold()
{
    const QList<AccessToken> tokens = {
        expiringIn(QStringLiteral("d20"), 20 * Day),
        expiringIn(QStringLiteral("h12"), Day / 2),
        expiringIn(QStringLiteral("d40"), 40 * Day),
        token(QStringLiteral("never-uuid"), QStringLiteral("never")),
        inactive(expiringIn(QStringLiteral("inactive-d5"), 5 * Day)),
        expiringIn(QStringLiteral("d5"), 5 * Day),
        expiringIn(QStringLiteral("d3"), 3 * Day),
    };
    const QList<DueToken> due = ExpiryReminders::gather(tokens, Now, Now.addDays(-1), Thresholds, {});
    // Soonest first; each once, under its nearest threshold; inactive, far and never-expiring ones left out.
    QCOMPARE(labels(due),
             (QStringList{QStringLiteral("h12@1"), QStringLiteral("d3@7"), QStringLiteral("d5@7"),
                          QStringLiteral("d20@30")}));
}

void TestReminders::expiredSinceLastLook()
{
    const QDateTime lastLook = Now.addDays(-2);
    const QList<AccessToken> tokens = {
        expiringIn(QStringLiteral("yesterday"), -Day),
        expiringIn(QStringLiteral("three-days-ago"), -3 * Day),
        inactive(expiringIn(QStringLiteral("inactive-yesterday"), -Day)),
        expiringIn(QStringLiteral("at-last-look"), -2 * Day),
        expiringIn(QStringLiteral("just-now"), 0),
        expiringIn(QStringLiteral("h12"), Day / 2),
    };
    QCOMPARE(labels(ExpiryReminders::gather(tokens, Now, lastLook, Thresholds, {})),
             (QStringList{QStringLiteral("yesterday@0"), QStringLiteral("just-now@0"), QStringLiteral("h12@1")}));
    // Never looked: no expired token is news.
    QCOMPARE(labels(ExpiryReminders::gather(tokens, Now, QDateTime(), Thresholds, {})),
             QStringList{QStringLiteral("h12@1")});
    // Reminded once as expired: not again; reminded at 1 day before: reminded again now that it expired.
    QCOMPARE(
        labels(ExpiryReminders::gather(tokens, Now, lastLook, Thresholds,
                                       {{QStringLiteral("yesterday-uuid"), 0}, {QStringLiteral("just-now-uuid"), 1}})),
        (QStringList{QStringLiteral("just-now@0"), QStringLiteral("h12@1")}));
}

void TestReminders::notTwiceForTheSameThreshold()
{
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("d5"), 5 * Day),
                                       expiringIn(QStringLiteral("h12"), Day / 2),
                                       expiringIn(QStringLiteral("d20"), 20 * Day)};
    const ExpiryReminders::RemindedMap reminded = {
        {QStringLiteral("d5-uuid"), 7}, // already reminded at 7: not again
        {QStringLiteral("h12-uuid"), 7}, // reminded at 7, now within 1: again
        {QStringLiteral("d20-uuid"), 7}, // reminded at a nearer threshold before (thresholds changed): not again
    };
    QCOMPARE(labels(ExpiryReminders::gather(tokens, Now, Now.addDays(-1), Thresholds, reminded)),
             QStringList{QStringLiteral("h12@1")});
}

void TestReminders::afterRemindingRecordsAndPrunes()
{
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("a"), Day / 2),
                                       expiringIn(QStringLiteral("b"), 20 * Day)};
    const ExpiryReminders::RemindedMap before = {
        {QStringLiteral("a-uuid"), 7}, {QStringLiteral("b-uuid"), 30}, {QStringLiteral("deleted-uuid"), 1}};
    const QList<DueToken> due = {{tokens.at(0), 1}};
    const ExpiryReminders::RemindedMap after = ExpiryReminders::afterReminding(before, due, tokens);
    QCOMPARE(after, (ExpiryReminders::RemindedMap{{QStringLiteral("a-uuid"), 1}, {QStringLiteral("b-uuid"), 30}}));
}

void TestReminders::composeNothing()
{
    const Reminder r = ExpiryReminders::compose({});
    QVERIFY(r.isEmpty());
    QVERIFY(r.title.isEmpty());
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.uuids().isEmpty());
}

void TestReminders::composeOne()
{
    const AccessToken t = expiringIn(QStringLiteral("CI deploy"), 5 * Day);
    Reminder r = ExpiryReminders::compose({{t, 7}});
    QCOMPARE(r.title, QStringLiteral("A Docker Hub token expires soon"));
    QCOMPARE(r.body, QStringLiteral("“CI deploy” expires within 7 days."));
    QCOMPARE(r.uuids(), QStringList{QStringLiteral("CI deploy-uuid")});
    r = ExpiryReminders::compose({{t, 1}});
    QCOMPARE(r.body, QStringLiteral("“CI deploy” expires within 1 day."));
    r = ExpiryReminders::compose({{t, 0}});
    QCOMPARE(r.title, QStringLiteral("A Docker Hub token has expired"));
    QCOMPARE(r.body, QStringLiteral("“CI deploy” has expired."));
}

void TestReminders::composeMany()
{
    const QList<DueToken> due = {{expiringIn(QStringLiteral("A"), 2 * Day), 7},
                                 {expiringIn(QStringLiteral("B"), 3 * Day), 7},
                                 {expiringIn(QStringLiteral("C"), 4 * Day), 7}};
    const Reminder r = ExpiryReminders::compose(due);
    QCOMPARE(r.title, QStringLiteral("3 Docker Hub tokens expire soon"));
    QCOMPARE(r.body, QStringLiteral("3 tokens expire within 7 days: “A”, “B”, and “C”."));
    QCOMPARE(r.uuids(), (QStringList{QStringLiteral("A-uuid"), QStringLiteral("B-uuid"), QStringLiteral("C-uuid")}));

    const Reminder expired = ExpiryReminders::compose(
        {{expiringIn(QStringLiteral("X"), -Day), 0}, {expiringIn(QStringLiteral("Y"), -2 * Day), 0}});
    QCOMPARE(expired.title, QStringLiteral("2 Docker Hub tokens have expired"));
    QCOMPARE(expired.body, QStringLiteral("2 tokens have expired: “Y” and “X”.")); // in expiry order
}

void TestReminders::composeShortensLongLists()
{
    QList<DueToken> due;
    for (int i = 0; i < 12; ++i)
        due.append({expiringIn(QStringLiteral("token %1").arg(i, 2, 10, QLatin1Char('0')), (i + 2) * 3600), 1});
    due.append({expiringIn(QStringLiteral("An extremely long description that goes on and on and on"), 5 * Day), 7});
    const Reminder r = ExpiryReminders::compose(due);
    QCOMPARE(r.title, QStringLiteral("13 Docker Hub tokens expire soon"));
    const QStringList lines = r.body.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("12 tokens expire within 1 day: “token 00”, “token 01”, and 10 more."));
    QCOMPARE(lines.at(1), QStringLiteral("“An extremely long description that goes…” expires within 7 days."));
    QCOMPARE(r.uuids().size(), 13); // the click still opens all of them
}

void TestReminders::composeMixed()
{
    const QList<DueToken> due = {
        {expiringIn(QStringLiteral("far"), 20 * Day), 30}, {expiringIn(QStringLiteral("gone"), -Day), 0},
        {expiringIn(QStringLiteral("week"), 5 * Day), 7},  {expiringIn(QStringLiteral("day"), Day / 2), 1},
        {expiringIn(QStringLiteral("week2"), 6 * Day), 7},
    };
    const Reminder r = ExpiryReminders::compose(due);
    QCOMPARE(r.title, QStringLiteral("5 Docker Hub tokens need attention"));
    QCOMPARE(r.body,
             QStringLiteral("“gone” has expired.\n"
                            "“day” expires within 1 day.\n"
                            "2 tokens expire within 7 days: “week” and “week2”.\n"
                            "“far” expires within 30 days."));
    // Most urgent first, whatever order they came in.
    QCOMPARE(r.uuids(),
             (QStringList{QStringLiteral("gone-uuid"), QStringLiteral("day-uuid"), QStringLiteral("week-uuid"),
                          QStringLiteral("week2-uuid"), QStringLiteral("far-uuid")}));
}

void TestReminders::composeIsTranslated()
{
    MarkingTranslator marker("ExpiryReminders");
    const Reminder r = ExpiryReminders::compose(
        {{expiringIn(QStringLiteral("A"), 2 * Day), 7}, {expiringIn(QStringLiteral("B"), 3 * Day), 7}});
    QCOMPARE(r.title, QStringLiteral("⟦2 Docker Hub tokens expire soon⟧"));
    QVERIFY2(r.body.startsWith(QStringLiteral("⟦2 tokens expire within ⟦7 day(s)⟧: ⟦“A”⟧ and ⟦“B”⟧.⟧")),
             qPrintable(r.body));
}

void TestReminders::settingsDefaults()
{
    const auto s = freshSettings();
    QVERIFY(s->remindersEnabled());
    QCOMPARE(s->reminderThresholds(), (QList<int>{30, 7, 1}));
    QVERIFY(!s->remindWhenClosed());
    QVERIFY(!s->reminderLastCheck(Server, QStringLiteral("moby")).isValid());
    QVERIFY(s->remindedThresholds(Server, QStringLiteral("moby")).isEmpty());
    s->setRemindersEnabled(false);
    s->setRemindWhenClosed(true);
    s->sync();
    const auto again = freshSettings();
    QVERIFY(!again->remindersEnabled());
    QVERIFY(again->remindWhenClosed());
}

void TestReminders::settingsThresholds_data()
{
    QTest::addColumn<QList<int>>("given");
    QTest::addColumn<QList<int>>("stored");
    QTest::newRow("default order") << QList<int>{30, 7, 1} << QList<int>{30, 7, 1};
    QTest::newRow("sorted, repeats dropped") << QList<int>{1, 14, 1, 60} << QList<int>{60, 14, 1};
    QTest::newRow("out of range dropped") << QList<int>{0, -3, 400, 90} << QList<int>{90};
    QTest::newRow("empty: default") << QList<int>{} << QList<int>{30, 7, 1};
    QTest::newRow("nothing usable: default") << QList<int>{0, 366} << QList<int>{30, 7, 1};
    QTest::newRow("at most five, the nearest kept") << QList<int>{1, 2, 3, 7, 14, 30, 60} << QList<int>{14, 7, 3, 2, 1};
}

void TestReminders::settingsThresholds()
{
    QFETCH(QList<int>, given);
    QFETCH(QList<int>, stored);
    QCOMPARE(AppSettings::normalizeReminderThresholds(given), stored);
    {
        const auto s = freshSettings();
        s->setReminderThresholds(given);
        s->sync();
    }
    QCOMPARE(freshSettings()->reminderThresholds(), stored);
}

void TestReminders::settingsMemoryPerAccount()
{
    const QUrl other(QStringLiteral("http://127.0.0.1:8080/"));
    {
        const auto s = freshSettings();
        s->setReminderLastCheck(Server, QStringLiteral("moby"), Now);
        s->setRemindedThresholds(Server, QStringLiteral("moby"),
                                 {{QStringLiteral("u1"), 7}, {QStringLiteral("u2"), 0}});
        s->setRemindedThresholds(other, QStringLiteral("moby"), {{QStringLiteral("u9"), 30}});
        s->setRemindedThresholds(Server, QStringLiteral("whale"), {{QStringLiteral("u1"), 1}});
        s->sync();
    }
    const auto s = freshSettings();
    QCOMPARE(s->reminderLastCheck(Server, QStringLiteral("moby")), Now);
    QCOMPARE(s->reminderLastCheck(Server, QStringLiteral("MOBY")), Now); // Docker IDs are case-insensitive
    QVERIFY(!s->reminderLastCheck(other, QStringLiteral("moby")).isValid());
    QCOMPARE(s->remindedThresholds(Server, QStringLiteral("moby")),
             (QHash<QString, int>{{QStringLiteral("u1"), 7}, {QStringLiteral("u2"), 0}}));
    QCOMPARE(s->remindedThresholds(other, QStringLiteral("moby")), (QHash<QString, int>{{QStringLiteral("u9"), 30}}));
    QCOMPARE(s->remindedThresholds(Server, QStringLiteral("whale")), (QHash<QString, int>{{QStringLiteral("u1"), 1}}));
    s->setRemindedThresholds(Server, QStringLiteral("moby"), {});
    s->setReminderLastCheck(Server, QStringLiteral("moby"), QDateTime());
    QVERIFY(s->remindedThresholds(Server, QStringLiteral("moby")).isEmpty());
    QVERIFY(!s->reminderLastCheck(Server, QStringLiteral("moby")).isValid());
}

void TestReminders::schedulerRemindsOnceAndRemembers()
{
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("A"), 3 * Day),
                                       expiringIn(QStringLiteral("B"), 20 * Day),
                                       expiringIn(QStringLiteral("C"), 90 * Day)};
    {
        const auto settings = freshSettings();
        ReminderScheduler scheduler(settings.get());
        scheduler.setAccount(Server, QStringLiteral("moby"));
        scheduler.setClock([this] { return m_clock; });
        QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
        const Reminder r = scheduler.check(tokens);
        QCOMPARE(due.size(), 1);
        QCOMPARE(r.uuids(), (QStringList{QStringLiteral("A-uuid"), QStringLiteral("B-uuid")}));
        QCOMPARE(due.at(0).at(0).value<Reminder>().uuids(), r.uuids());
        QCOMPARE(settings->reminderLastCheck(Server, QStringLiteral("moby")), Now);
        // An hour later, the same list: nothing new.
        m_clock = Now.addSecs(3600);
        QVERIFY(scheduler.check(tokens).isEmpty());
        QCOMPARE(due.size(), 1);
    }
    // The next run of the app remembers.
    const auto settings = freshSettings();
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock.addSecs(3600); });
    QVERIFY(scheduler.check(tokens).isEmpty());
    // Another account on the same machine has its own memory.
    scheduler.setAccount(Server, QStringLiteral("whale"));
    QCOMPARE(scheduler.check(tokens).uuids().size(), 2);
}

void TestReminders::schedulerNextThresholdRemindsAgain()
{
    const auto settings = freshSettings();
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock; });
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("A"), 10 * Day)};
    QCOMPARE(labels(scheduler.check(tokens).due), QStringList{QStringLiteral("A@30")});
    m_clock = Now.addDays(2); // 8 days left: still the 30-day reminder
    QVERIFY(scheduler.check(tokens).isEmpty());
    m_clock = Now.addDays(4); // 6 days left
    QCOMPARE(labels(scheduler.check(tokens).due), QStringList{QStringLiteral("A@7")});
    m_clock = Now.addDays(9).addSecs(3600); // under a day
    QCOMPARE(labels(scheduler.check(tokens).due), QStringList{QStringLiteral("A@1")});
    m_clock = Now.addDays(10).addSecs(60); // expired since the last look
    QCOMPARE(labels(scheduler.check(tokens).due), QStringList{QStringLiteral("A@0")});
    m_clock = Now.addDays(11);
    QVERIFY(scheduler.check(tokens).isEmpty());
    QCOMPARE(settings->remindedThresholds(Server, QStringLiteral("moby")),
             (QHash<QString, int>{{QStringLiteral("A-uuid"), 0}}));
    // Deleted from the account: forgotten.
    QVERIFY(scheduler.check({}).isEmpty());
    QVERIFY(settings->remindedThresholds(Server, QStringLiteral("moby")).isEmpty());
}

void TestReminders::schedulerOff()
{
    const auto settings = freshSettings();
    settings->setRemindersEnabled(false);
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock; });
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    QVERIFY(scheduler.check({expiringIn(QStringLiteral("A"), Day / 2)}).isEmpty());
    QVERIFY(scheduler.preview({expiringIn(QStringLiteral("A"), Day / 2)}).isEmpty());
    QCOMPARE(due.size(), 0);
    QCOMPARE(settings->reminderLastCheck(Server, QStringLiteral("moby")), Now); // the look still counts
    // Turned on again: due at once, since nothing was reminded while off.
    settings->setRemindersEnabled(true);
    QCOMPARE(scheduler.check({expiringIn(QStringLiteral("A"), Day / 2)}).uuids(),
             QStringList{QStringLiteral("A-uuid")});
    QCOMPARE(due.size(), 1);
}

void TestReminders::schedulerNothingDue()
{
    const auto settings = freshSettings();
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock; });
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    QVERIFY(scheduler.check({}).isEmpty());
    QVERIFY(scheduler
                .check({expiringIn(QStringLiteral("far"), 60 * Day), token(QStringLiteral("n"), QStringLiteral("n")),
                        inactive(expiringIn(QStringLiteral("off"), Day / 2))})
                .isEmpty());
    QCOMPARE(due.size(), 0);
}

void TestReminders::schedulerExpiredSinceLastLook()
{
    const auto settings = freshSettings();
    settings->setReminderThresholds({1}); // only the last day, to see the expiry on its own
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock; });
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("A"), 3 * Day),
                                       expiringIn(QStringLiteral("old"), -30 * Day)};
    QVERIFY(scheduler.check(tokens).isEmpty()); // first look: "old" is no news, A not yet due
    m_clock = Now.addDays(5); // the app was closed while A expired
    const Reminder r = scheduler.check(tokens);
    QCOMPARE(labels(r.due), QStringList{QStringLiteral("A@0")});
    QCOMPARE(r.title, QStringLiteral("A Docker Hub token has expired"));
}

void TestReminders::schedulerPreviewRemembersNothing()
{
    const auto settings = freshSettings();
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock; });
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("A"), 3 * Day)};
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    QCOMPARE(scheduler.preview(tokens).uuids(), QStringList{QStringLiteral("A-uuid")});
    QCOMPARE(scheduler.preview(tokens).uuids(), QStringList{QStringLiteral("A-uuid")});
    QCOMPARE(due.size(), 0);
    QVERIFY(!settings->reminderLastCheck(Server, QStringLiteral("moby")).isValid());
    QCOMPARE(scheduler.check(tokens).uuids(), QStringList{QStringLiteral("A-uuid")});
}

void TestReminders::schedulerRequestsAtStartAndDaily()
{
    const auto settings = freshSettings();
    ReminderScheduler scheduler(settings.get());
    scheduler.setAccount(Server, QStringLiteral("moby"));
    scheduler.setClock([this] { return m_clock; });
    scheduler.setPollInterval(10ms);
    QSignalSpy requested(&scheduler, &ReminderScheduler::checkRequested);
    QSignalSpy due(&scheduler, &ReminderScheduler::reminderDue);
    // The owner answers every request with the account's list, as the window does.
    const QList<AccessToken> tokens = {expiringIn(QStringLiteral("A"), 10 * Day)};
    connect(&scheduler, &ReminderScheduler::checkRequested, this, [&] { scheduler.check(tokens); });
    scheduler.start();
    QVERIFY(scheduler.isRunning());
    QVERIFY(requested.wait(2000)); // at start
    QCOMPARE(requested.size(), 1);
    QCOMPARE(due.size(), 1);
    QCOMPARE(scheduler.nextCheckAt(), Now.addDays(1));
    // Many polls later, still the same day: no new request.
    QTest::qWait(100);
    QCOMPARE(requested.size(), 1);
    // A day later (the clock jumps, as after a suspend): one more request, nothing new to remind.
    m_clock = Now.addDays(1);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 2, 2000);
    QCOMPARE(due.size(), 1);
    // Four more days: A is within 7 days now.
    m_clock = Now.addDays(5);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 3, 2000);
    QCOMPARE(due.size(), 2);
    QCOMPARE(labels(due.last().at(0).value<Reminder>().due), QStringList{QStringLiteral("A@7")});
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
    m_clock = Now.addDays(9);
    QTest::qWait(60);
    QCOMPARE(requested.size(), 3);
}

void TestReminders::schedulerAsksAgainWhenUnanswered()
{
    const auto settings = freshSettings();
    ReminderScheduler scheduler(settings.get());
    scheduler.setClock([this] { return m_clock; });
    scheduler.setPollInterval(10ms);
    scheduler.setCheckInterval(24h);
    QSignalSpy requested(&scheduler, &ReminderScheduler::checkRequested);
    scheduler.start();
    QVERIFY(requested.wait(2000));
    // Nobody answered (offline): asked again one poll interval later by the clock, not a day later.
    m_clock = Now.addMSecs(10);
    QTRY_VERIFY_WITH_TIMEOUT(requested.size() >= 2, 2000);
}

void TestReminders::schedulerQuietWhileOff()
{
    const auto settings = freshSettings();
    settings->setRemindersEnabled(false);
    ReminderScheduler scheduler(settings.get());
    scheduler.setClock([this] { return m_clock; });
    scheduler.setPollInterval(10ms);
    QSignalSpy requested(&scheduler, &ReminderScheduler::checkRequested);
    scheduler.start();
    QTest::qWait(80);
    QCOMPARE(requested.size(), 0);
    settings->setRemindersEnabled(true); // turned on: asks at the next poll
    QVERIFY(requested.wait(2000));
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
