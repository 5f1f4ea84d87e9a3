#pragma once

// A private PATH of scripted Docker credential helpers (fake-docker-credential.sh linked as
// docker-credential-fake<mode>), a file store for the "store" mode, and a log of every run's argv and environment.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// For QVERIFY2 messages (evaluated even when the check passes): the error of a result, or "ok".
template <typename Result> QString describe(const Result &r)
{
    return r.error ? r.error->toString() : QStringLiteral("ok");
}

class FakeHelpers {
public:
    static QStringList modes()
    {
        return {QStringLiteral("store"),    QStringLiteral("fail"),       QStringLiteral("failout"),
                QStringLiteral("garbage"),  QStringLiteral("wrongshape"), QStringLiteral("hang"),
                QStringLiteral("notfound"), QStringLiteral("emptyget"),   QStringLiteral("echo"),
                QStringLiteral("crash"),    QStringLiteral("big")};
    }

    // Puts the helpers first on PATH (this process and every helper it starts). False if that failed.
    bool install()
    {
        if (!m_dir.isValid())
            return false;
        for (const QString &sub : {QStringLiteral("bin"), QStringLiteral("store"), QStringLiteral("log")})
            QDir(m_dir.path()).mkpath(sub);
        for (const QString &mode : modes()) {
            if (!QFile::link(QStringLiteral(FAKE_HELPER_SCRIPT),
                             binDir() + QStringLiteral("/docker-credential-fake") + mode))
                return false;
        }
        qputenv("PATH", (binDir() + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
        qputenv("FAKE_HELPER_STORE", storeDir().toLocal8Bit());
        qputenv("FAKE_HELPER_LOG", logDir().toLocal8Bit());
        return true;
    }

    QString binDir() const { return m_dir.path() + QStringLiteral("/bin"); }
    QString storeDir() const { return m_dir.path() + QStringLiteral("/store"); }
    QString logDir() const { return m_dir.path() + QStringLiteral("/log"); }
    QString path() const { return m_dir.path(); }

    // Every recorded argv and environment so far, concatenated.
    QByteArray runLogs() const
    {
        QByteArray all;
        QDirIterator it(logDir(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
    int runCount() const { return int(QDir(logDir()).entryList(QDir::Files).size()); }

    void clearLogs()
    {
        QDir log(logDir());
        for (const QString &f : log.entryList(QDir::Files))
            log.remove(f);
    }

    void clearStore()
    {
        QDir store(storeDir());
        for (const QString &f : store.entryList(QDir::Files))
            store.remove(f);
    }

private:
    QTemporaryDir m_dir;
};
