// The XDG autostart entry ("Remind me even when Hub Tokens is closed"): where it goes ($XDG_CONFIG_HOME respected),
// what it holds (Exec quoting, --check-reminders, TryExec), install and remove in a temporary config home, the
// failures as values, and desktop-file-validate's verdict on the written file.
#include "app/reminders/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString keyValue(const QString &file, const QString &key)
{
    for (const QString &line : file.split(u'\n')) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return {};
}

// Sets an environment variable for one scope.
class EnvGuard {
public:
    EnvGuard(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvGuard()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestAutostart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void xdgConfigHomeRespected();
    void relativeOrEmptyXdgConfigHomeIgnored();
    void installAndRemove();
    void installReplaces();
    void removeWhenAbsent();
    void execArgument_data();
    void execArgument();
    void unusableProgram_data();
    void unusableProgram();
    void cannotCreateFolder();
    void desktopFileValidates();
};

void TestAutostart::xdgConfigHomeRespected()
{
    QTemporaryDir config;
    const EnvGuard env("XDG_CONFIG_HOME", config.path().toUtf8());
    QCOMPARE(AutostartEntry::xdgConfigHome(), config.path());
    const AutostartEntry entry;
    QCOMPARE(entry.filePath(), config.path() + QStringLiteral("/autostart/io.github.hubtokens.HubTokens.desktop"));
    QVERIFY(!entry.isInstalled());
    QVERIFY(!entry.install(QStringLiteral("/usr/bin/hubtokens")));
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("autostart/io.github.hubtokens.HubTokens.desktop"))));
}

void TestAutostart::relativeOrEmptyXdgConfigHomeIgnored()
{
    QTemporaryDir home;
    const EnvGuard homeEnv("HOME", home.path().toUtf8());
    {
        const EnvGuard env("XDG_CONFIG_HOME", "relative/config");
        QCOMPARE(AutostartEntry::xdgConfigHome(), home.path() + QStringLiteral("/.config"));
    }
    {
        const EnvGuard env("XDG_CONFIG_HOME", "");
        QCOMPARE(AutostartEntry::xdgConfigHome(), home.path() + QStringLiteral("/.config"));
    }
    {
        const EnvGuard env("XDG_CONFIG_HOME", QByteArray());
        QCOMPARE(AutostartEntry::xdgConfigHome(), home.path() + QStringLiteral("/.config"));
        QVERIFY(AutostartEntry().filePath().startsWith(home.path() + QStringLiteral("/.config/autostart/")));
    }
}

void TestAutostart::installAndRemove()
{
    QTemporaryDir config;
    const AutostartEntry entry(QLatin1String(AutostartEntry::DefaultDesktopId), config.path());
    QVERIFY(!entry.isInstalled());
    const std::optional<AutostartError> error = entry.install(QStringLiteral("/opt/Hub Tokens/bin/hubtokens"));
    QVERIFY2(!error, error ? qPrintable(error->message()) : "");
    QVERIFY(entry.isInstalled());
    const QString text = readFile(entry.filePath());
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QCOMPARE(keyValue(text, QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keyValue(text, QStringLiteral("Exec")),
             QStringLiteral("\"/opt/Hub Tokens/bin/hubtokens\" --check-reminders"));
    QCOMPARE(keyValue(text, QStringLiteral("TryExec")), QStringLiteral("/opt/Hub Tokens/bin/hubtokens"));
    QCOMPARE(keyValue(text, QStringLiteral("Icon")), QStringLiteral("io.github.hubtokens.HubTokens"));
    QCOMPARE(keyValue(text, QStringLiteral("X-GNOME-Autostart-enabled")), QStringLiteral("true"));
    QCOMPARE(keyValue(text, QStringLiteral("Terminal")), QStringLiteral("false"));
    QVERIFY(!keyValue(text, QStringLiteral("Comment")).isEmpty());
    QVERIFY(!entry.remove());
    QVERIFY(!entry.isInstalled());
    QVERIFY(QDir(config.filePath(QStringLiteral("autostart"))).exists()); // the folder is the desktop's, left be
}

void TestAutostart::installReplaces()
{
    QTemporaryDir config;
    const AutostartEntry entry(QStringLiteral("test.Entry"), config.path());
    QVERIFY(!entry.install(QStringLiteral("/old/hubtokens")));
    QVERIFY(!entry.install(QStringLiteral("/new/hubtokens")));
    QCOMPARE(keyValue(readFile(entry.filePath()), QStringLiteral("Exec")),
             QStringLiteral("/new/hubtokens --check-reminders"));
    QCOMPARE(QDir(config.filePath(QStringLiteral("autostart"))).entryList(QDir::Files),
             QStringList{QStringLiteral("test.Entry.desktop")}); // no temporary file left behind
}

void TestAutostart::removeWhenAbsent()
{
    QTemporaryDir config;
    const AutostartEntry entry(QLatin1String(AutostartEntry::DefaultDesktopId),
                               config.filePath(QStringLiteral("none")));
    QVERIFY(!entry.remove());
    QVERIFY(!entry.isInstalled());
}

void TestAutostart::execArgument_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/hubtokens") << QStringLiteral("/usr/bin/hubtokens");
    QTest::newRow("space") << QStringLiteral("/a b/hubtokens") << QStringLiteral("\"/a b/hubtokens\"");
    QTest::newRow("dollar") << QStringLiteral("/a$b/x") << QStringLiteral("\"/a\\\\$b/x\"");
    QTest::newRow("quote") << QStringLiteral("/a\"b/x") << QStringLiteral("\"/a\\\\\"b/x\"");
    QTest::newRow("backquote") << QStringLiteral("/a`b/x") << QStringLiteral("\"/a\\\\`b/x\"");
    // A backslash is escaped for the quoting, then again for the string value: four in the file.
    QTest::newRow("backslash") << QStringLiteral("/a\\b/x") << QStringLiteral("\"/a\\\\\\\\b/x\"");
    QTest::newRow("percent") << QStringLiteral("/100%/x") << QStringLiteral("/100%%/x");
    QTest::newRow("single quote") << QStringLiteral("/it's/x") << QStringLiteral("\"/it's/x\"");
    QTest::newRow("CJK") << QStringLiteral("/home/山田/bin/hubtokens") << QStringLiteral("/home/山田/bin/hubtokens");
}

void TestAutostart::execArgument()
{
    QFETCH(QString, program);
    QFETCH(QString, exec);
    QCOMPARE(AutostartEntry::execArgument(program), exec);
}

void TestAutostart::unusableProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("empty") << QString();
    QTest::newRow("relative") << QStringLiteral("bin/hubtokens");
    QTest::newRow("line break") << QStringLiteral("/tmp/x\n[Desktop Entry]\nExec=/bin/evil");
    QTest::newRow("control character") << QStringLiteral("/tmp/x\x01y");
}

void TestAutostart::unusableProgram()
{
    QFETCH(QString, program);
    QTemporaryDir config;
    const AutostartEntry entry(QLatin1String(AutostartEntry::DefaultDesktopId), config.path());
    const std::optional<AutostartError> error = entry.install(program);
    QVERIFY(error);
    QCOMPARE(error->kind, AutostartError::Kind::UnusableProgram);
    QVERIFY(!error->message().isEmpty());
    QVERIFY(!entry.isInstalled());
    QVERIFY(AutostartEntry::contents(program).isEmpty());
}

void TestAutostart::cannotCreateFolder()
{
    QTemporaryDir config;
    // "autostart" is a file, so the folder cannot be made.
    QFile blocker(config.filePath(QStringLiteral("autostart")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const AutostartEntry entry(QLatin1String(AutostartEntry::DefaultDesktopId), config.path());
    const std::optional<AutostartError> error = entry.install(QStringLiteral("/usr/bin/hubtokens"));
    QVERIFY(error);
    QCOMPARE(error->kind, AutostartError::Kind::CannotCreateFolder);
    QVERIFY2(error->message().contains(config.filePath(QStringLiteral("autostart"))), qPrintable(error->message()));
}

void TestAutostart::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validator.isEmpty(), "desktop-file-validate is missing (Debian package desktop-file-utils)");
    QTemporaryDir config;
    const AutostartEntry entry(QLatin1String(AutostartEntry::DefaultDesktopId), config.path());
    for (const QString &program :
         {QStringLiteral("/usr/bin/hubtokens"), QStringLiteral("/opt/Hub Tokens/$x/100%/hubtokens"),
          QStringLiteral("/opt/a\\b\"c/hubtokens")}) {
        QVERIFY(!entry.install(program));
        QProcess p;
        p.start(validator, {entry.filePath()});
        QVERIFY(p.waitForFinished(30000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0 && !output.contains(QLatin1String("error")),
                 qPrintable(program + QStringLiteral(": ") + output));
    }
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
