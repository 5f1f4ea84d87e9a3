// EmulatorProcess: finding hub-emulator beside the app (the build tree) or in libexec/hubtokens (an installed copy),
// and starting the real one from an installed layout.
#include "ui/EmulatorProcess.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Creates <root>/<relative> as an executable (or not) file; false if it could not.
bool makeFile(const QString &root, const QString &relative, bool executable)
{
    const QString path = QDir(root).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n") < 0)
        return false;
    file.close();
    const auto read = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    return file.setPermissions(executable ? read | QFileDevice::ExeOwner : read);
}

// The installed emulator's path relative to the prefix, as the install rules lay it out.
QString installedRelative()
{
    return QDir::cleanPath(QStringLiteral("bin/") + QStringLiteral(HUBTOKENS_EMULATOR_DIR)
                           + QStringLiteral("/hub-emulator"));
}

} // namespace

class TestEmulatorProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void installedLayoutIsUnderThePrefix();
    void besideTheAppWins();
    void installedCopyIsFound();
    void notFoundNamesThePathBesideTheApp();
    void nonExecutableIsSkipped();
    void startsFromAnInstalledLayout();
};

void TestEmulatorProcess::installedLayoutIsUnderThePrefix()
{
    // GNUInstallDirs' defaults: bin/../libexec/hubtokens.
    QCOMPARE(installedRelative(), QStringLiteral("libexec/hubtokens/hub-emulator"));
}

void TestEmulatorProcess::besideTheAppWins()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(makeFile(prefix.path(), QStringLiteral("bin/hub-emulator"), true));
    QVERIFY(makeFile(prefix.path(), installedRelative(), true));
    const QString bin = prefix.filePath(QStringLiteral("bin"));
    QCOMPARE(EmulatorProcess::locate(bin), QDir(bin).filePath(QStringLiteral("hub-emulator")));
}

void TestEmulatorProcess::installedCopyIsFound()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(makeFile(prefix.path(), installedRelative(), true));
    QCOMPARE(EmulatorProcess::locate(prefix.filePath(QStringLiteral("bin"))), prefix.filePath(installedRelative()));
}

void TestEmulatorProcess::notFoundNamesThePathBesideTheApp()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QString bin = prefix.filePath(QStringLiteral("bin"));
    QCOMPARE(EmulatorProcess::locate(bin), QDir(bin).filePath(QStringLiteral("hub-emulator")));
}

void TestEmulatorProcess::nonExecutableIsSkipped()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(makeFile(prefix.path(), QStringLiteral("bin/hub-emulator"), false));
    QVERIFY(makeFile(prefix.path(), installedRelative(), true));
    QCOMPARE(EmulatorProcess::locate(prefix.filePath(QStringLiteral("bin"))), prefix.filePath(installedRelative()));
}

void TestEmulatorProcess::startsFromAnInstalledLayout()
{
    // The real emulator, copied where `cmake --install` puts it.
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QString installed = prefix.filePath(installedRelative());
    QVERIFY(QDir().mkpath(QFileInfo(installed).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(HUB_EMULATOR_PROGRAM), installed));
    QVERIFY(QDir().mkpath(prefix.filePath(QStringLiteral("bin"))));

    EmulatorProcess emulator;
    emulator.setProgram(EmulatorProcess::locate(prefix.filePath(QStringLiteral("bin"))));
    QCOMPARE(emulator.program(), installed);
    QSignalSpy ready(&emulator, &EmulatorProcess::ready);
    QSignalSpy failed(&emulator, &EmulatorProcess::failed);
    emulator.start();
    QVERIFY(ready.wait(EmulatorProcess::StartTimeoutMs + 2000));
    QCOMPARE(failed.count(), 0);
    const QUrl url = ready.first().first().toUrl();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(emulator.isRunning());
    emulator.stop();
    QVERIFY(!emulator.isRunning());
}

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulatorprocess.moc"
