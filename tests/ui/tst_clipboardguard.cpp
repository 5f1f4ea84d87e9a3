// ClipboardGuard against the real QClipboard of the platform under test (offscreen, or xcb under Xvfb).
#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString Secret = QStringLiteral("dckr_pat_0123456789abcdefghijklmnopq");

QClipboard *cb()
{
    return QGuiApplication::clipboard();
}

QString clipboardText(QClipboard::Mode mode = QClipboard::Clipboard)
{
    const QMimeData *data = cb()->mimeData(mode);
    return data ? data->text() : QString();
}

} // namespace

class TestClipboardGuard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        cb()->setText(QStringLiteral("before"));
        if (cb()->supportsSelection())
            cb()->setText(QStringLiteral("before"), QClipboard::Selection);
    }

    void defaults()
    {
        ClipboardGuard guard;
        QCOMPARE(guard.clearDelay(), 30);
        QVERIFY(!guard.isHoldingSecret());
        QCOMPARE(guard.secondsLeft(), 0);
        guard.setClearDelay(-5);
        QCOMPARE(guard.clearDelay(), 0);
    }

    void copySecretPutsTextAndConcealmentHint()
    {
        ClipboardGuard guard;
        QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
        guard.copySecret(Secret);
        QCOMPARE(clipboardText(), Secret);
        const QMimeData *data = cb()->mimeData();
        QVERIFY(data);
#if defined(Q_OS_MACOS)
        QVERIFY(data->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#elif !defined(Q_OS_WIN)
        QVERIFY(data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
#endif
        QVERIFY(guard.isHoldingSecret());
        QCOMPARE(guard.secondsLeft(), 30);
        QCOMPARE(countdown.count(), 1);
        QCOMPARE(countdown.at(0).at(0).toInt(), 30);
    }

    void countsDownEverySecondAndClears()
    {
        ClipboardGuard guard;
        guard.setClearDelay(2);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy released(&guard, &ClipboardGuard::released);
        guard.copySecret(Secret);
        QVERIFY(cleared.wait(4000));
        QList<int> seen;
        for (const auto &args : countdown)
            seen << args.at(0).toInt();
        QCOMPARE(seen, (QList<int>{2, 1, 0}));
        QVERIFY(clipboardText().isEmpty());
        QVERIFY(!guard.isHoldingSecret());
        QCOMPARE(released.count(), 0);
    }

    void notClearedWhenReplaced()
    {
        ClipboardGuard guard;
        guard.setClearDelay(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QSignalSpy released(&guard, &ClipboardGuard::released);
        guard.copySecret(Secret);
        cb()->setText(QStringLiteral("someone else's text"));
        QTRY_COMPARE(released.count(), 1);
        QVERIFY(!guard.isHoldingSecret());
        QTest::qWait(1500);
        QCOMPARE(clipboardText(), QStringLiteral("someone else's text"));
        QCOMPARE(cleared.count(), 0);
    }

    void clearNowOnlyIfStillOurs()
    {
        ClipboardGuard guard;
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(Secret);
        guard.clearNow();
        QCOMPARE(cleared.count(), 1);
        QVERIFY(clipboardText().isEmpty());

        guard.copySecret(Secret);
        {
            // Replaced without a change notification reaching us first.
            const QSignalBlocker block(&guard);
            cb()->setText(QStringLiteral("mine now"));
        }
        guard.clearNow();
        QCOMPARE(clipboardText(), QStringLiteral("mine now"));
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!guard.isHoldingSecret());
    }

    void neverClearsWhenDelayIsZero()
    {
        auto guard = std::make_unique<ClipboardGuard>();
        guard->setClearDelay(0);
        QSignalSpy countdown(guard.get(), &ClipboardGuard::countdown);
        QSignalSpy cleared(guard.get(), &ClipboardGuard::cleared);
        guard->copySecret(Secret);
        QVERIFY(guard->isHoldingSecret());
        QTest::qWait(1500);
        QCOMPARE(clipboardText(), Secret);
        QCOMPARE(countdown.count(), 0);
        QCOMPARE(cleared.count(), 0);
        guard.reset();
        QCOMPARE(clipboardText(), Secret); // "never" includes quitting
    }

    void clearedOnDestruction()
    {
        auto guard = std::make_unique<ClipboardGuard>();
        guard->copySecret(Secret);
        QCOMPARE(clipboardText(), Secret);
        guard.reset();
        QVERIFY(clipboardText().isEmpty());
    }

    void notClearedOnDestructionWhenReplaced()
    {
        auto guard = std::make_unique<ClipboardGuard>();
        guard->copySecret(Secret);
        cb()->setText(QStringLiteral("later copy"));
        guard.reset();
        QCOMPARE(clipboardText(), QStringLiteral("later copy"));
    }

    void copyPlainIsOrdinaryAndReleasesASecret()
    {
        ClipboardGuard guard;
        QSignalSpy released(&guard, &ClipboardGuard::released);
        guard.copyPlain(QStringLiteral("0b9a6f0e-uuid"));
        QCOMPARE(clipboardText(), QStringLiteral("0b9a6f0e-uuid"));
        QVERIFY(!cb()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(!guard.isHoldingSecret());
        QCOMPARE(released.count(), 0);

        guard.copySecret(Secret);
        guard.copyPlain(QStringLiteral("uuid"));
        QCOMPARE(released.count(), 1);
        QVERIFY(!guard.isHoldingSecret());
        QCOMPARE(clipboardText(), QStringLiteral("uuid"));
    }

    void recopyRestartsCountdown()
    {
        ClipboardGuard guard;
        guard.setClearDelay(3);
        guard.copySecret(Secret);
        QTRY_COMPARE(guard.secondsLeft(), 2);
        guard.copySecret(Secret);
        QCOMPARE(guard.secondsLeft(), 3);
    }

    void selectionOnlyWhenSupported()
    {
        ClipboardGuard guard;
        guard.copySecret(Secret);
        if (!cb()->supportsSelection()) {
            // Offscreen, Windows, macOS: nothing is written to a selection that doesn't exist.
            QVERIFY(clipboardText(QClipboard::Selection).isEmpty());
            QCOMPARE(clipboardText(), Secret);
            return;
        }
        QCOMPARE(clipboardText(QClipboard::Selection), Secret);
        QVERIFY(cb()->mimeData(QClipboard::Selection)->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        guard.clearNow();
        QVERIFY(clipboardText(QClipboard::Selection).isEmpty());
        QVERIFY(clipboardText().isEmpty());
    }

    void selectionLeftAloneWhenReplaced()
    {
        if (!cb()->supportsSelection())
            QSKIP("This platform has no selection clipboard");
        ClipboardGuard guard;
        guard.copySecret(Secret);
        cb()->setText(QStringLiteral("selected elsewhere"), QClipboard::Selection);
        guard.clearNow();
        QCOMPARE(clipboardText(QClipboard::Selection), QStringLiteral("selected elsewhere"));
        QVERIFY(clipboardText().isEmpty());
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
