// AppSettings: one table of keys with defaults, one file for every program, a change signal, temporary instances.
#include "app/settings/AppSettings.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestAppSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultsFromTheTable()
    {
        const auto settings = AppSettings::temporary();
        QCOMPARE(settings->clipboardClearDelay(), AppSettings::ClipboardDelay.defaultValue.toInt());
        QCOMPARE(settings->clipboardClearDelay(), AppSettings::DefaultClipboardDelaySecs);
        QVERIFY(settings->language().isEmpty());
        QVERIFY(settings->windowGeometry().isEmpty());
        QStringList names;
        for (const AppSettings::Setting &s : AppSettings::keys())
            names << s.key;
        QCOMPARE(names.size(), QSet<QString>(names.cbegin(), names.cend()).size()); // no key twice
        QVERIFY(names.contains(QStringLiteral("clipboard/clearDelaySecs")));
    }

    void changesAreAnnounced()
    {
        const auto settings = AppSettings::temporary();
        QSignalSpy changed(settings.get(), &AppSettings::changed);
        settings->setClipboardClearDelay(60);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().first().toString(), AppSettings::ClipboardDelay.key);
        settings->setClipboardClearDelay(60); // the same value: nothing changed
        QCOMPARE(changed.size(), 0);
        settings->setLanguage(QStringLiteral("ja"));
        settings->setLanguage(QString()); // back to the system's: removed, announced
        QCOMPARE(changed.size(), 2);
        QVERIFY(settings->language().isEmpty());
        settings->setLastUsername(QUrl(QStringLiteral("https://hub.docker.com")), QStringLiteral("ann"));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(settings->lastUsername(QUrl(QStringLiteral("https://hub.docker.com/"))), QStringLiteral("ann"));
    }

    void temporaryInstancesAreSeparate()
    {
        const auto a = AppSettings::temporary();
        const auto b = AppSettings::temporary();
        QVERIFY(a->fileName() != b->fileName());
        a->setLanguage(QStringLiteral("zh_TW"));
        QVERIFY(b->language().isEmpty());
    }

    // The window and hubtokens-cli read one file, whatever the program is called.
    void oneFileForEveryProgram()
    {
        QCoreApplication::setApplicationName(QStringLiteral("hubtokens"));
        const QString windowFile = AppSettings().fileName();
        QCoreApplication::setApplicationName(QStringLiteral("hubtokens-cli"));
        QCoreApplication::setOrganizationName(QStringLiteral("Something else"));
        const QString cliFile = AppSettings().fileName();
        QCOMPARE(cliFile, windowFile);
        QVERIFY2(windowFile.contains(QStringLiteral("HubTokens")), qPrintable(windowFile));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
