#include "ClipboardGuard.h"

#include "models/SecretWipe.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalBlocker>

namespace {

// The formats that clipboard managers and OS clipboard histories honour for secrets.
#if defined(Q_OS_MACOS)
const QString MacConcealedType = QStringLiteral("application/x-nspasteboard-concealed-type");
#elif defined(Q_OS_WIN)
const QString WinExcludeFromMonitor =
    QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\"");
const QString WinNoHistory = QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\"");
const QString WinNoCloud = QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\"");
#else
const QString KdePasswordHint = QStringLiteral("x-kde-passwordManagerHint");
#endif

QClipboard *systemClipboard()
{
    return QGuiApplication::clipboard();
}

QMimeData *secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
#if defined(Q_OS_MACOS)
    QByteArray bytes = secret.toUtf8();
    mime->setData(MacConcealedType, bytes);
    SecretWipe::wipe(bytes);
#elif defined(Q_OS_WIN)
    const QByteArray dwordZero(4, '\0');
    mime->setData(WinExcludeFromMonitor, QByteArrayLiteral("1"));
    mime->setData(WinNoHistory, dwordZero);
    mime->setData(WinNoCloud, dwordZero);
#else
    mime->setData(KdePasswordHint, QByteArrayLiteral("secret"));
#endif
    return mime;
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ClipboardGuard::tick);
    if (QClipboard *cb = systemClipboard()) {
        connect(cb, &QClipboard::dataChanged, this, &ClipboardGuard::onClipboardChanged);
        connect(cb, &QClipboard::selectionChanged, this, &ClipboardGuard::onClipboardChanged);
    }
}

void ClipboardGuard::followSettings(AppSettings *settings)
{
    setClearDelay(settings->clipboardClearDelay());
    connect(settings, &AppSettings::changed, this, [this, settings](const QString &key) {
        if (key == AppSettings::ClipboardDelay.key)
            setClearDelay(settings->clipboardClearDelay());
    });
}

ClipboardGuard::~ClipboardGuard()
{
    const QSignalBlocker blocker(this);
    clearOnQuit();
}

void ClipboardGuard::clearOnQuit()
{
    // Take our secret off the clipboard, unless the user asked us never to clear it.
    if (isHoldingSecret() && m_clearDelay > 0)
        clearNow();
}

void ClipboardGuard::setClearDelay(int seconds)
{
    m_clearDelay = qMax(0, seconds);
}

int ClipboardGuard::clearDelay() const
{
    return m_clearDelay;
}

QByteArray ClipboardGuard::hashOf(const QString &text) const
{
    QByteArray bytes = text.toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(bytes);
    SecretWipe::wipe(bytes);
    return hash.result();
}

bool ClipboardGuard::clipboardHoldsOurs() const
{
    QClipboard *cb = systemClipboard();
    if (m_hash.isEmpty() || !cb)
        return false;
    const QMimeData *data = cb->mimeData(QClipboard::Clipboard);
    return data && data->hasText() && hashOf(data->text()) == m_hash;
}

bool ClipboardGuard::selectionHoldsOurs() const
{
    QClipboard *cb = systemClipboard();
    if (m_hash.isEmpty() || !m_onSelection || !cb || !cb->supportsSelection())
        return false;
    const QMimeData *data = cb->mimeData(QClipboard::Selection);
    return data && data->hasText() && hashOf(data->text()) == m_hash;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    QClipboard *cb = systemClipboard();
    if (!cb)
        return;
    m_tick.stop();
    quint32 salt[4];
    QRandomGenerator::system()->fillRange(salt);
    m_salt = QByteArray(reinterpret_cast<const char *>(salt), sizeof salt);
    m_hash = hashOf(secret);
    m_onSelection = cb->supportsSelection();

    m_writing = true;
    cb->setMimeData(secretMimeData(secret), QClipboard::Clipboard); // the clipboard owns it
    if (m_onSelection)
        cb->setMimeData(secretMimeData(secret), QClipboard::Selection);
    m_writing = false;

    m_secondsLeft = m_clearDelay;
    if (m_clearDelay > 0) {
        m_tick.start();
        Q_EMIT countdown(m_secondsLeft);
    }
}

void ClipboardGuard::copyPlain(const QString &text)
{
    QClipboard *cb = systemClipboard();
    if (!cb)
        return;
    const bool wasHolding = isHoldingSecret();
    stopHolding();
    m_writing = true;
    cb->setText(text, QClipboard::Clipboard);
    m_writing = false;
    if (wasHolding)
        Q_EMIT released();
}

bool ClipboardGuard::isHoldingSecret() const
{
    return !m_hash.isEmpty();
}

int ClipboardGuard::secondsLeft() const
{
    return isHoldingSecret() ? m_secondsLeft : 0;
}

void ClipboardGuard::clearNow()
{
    if (!isHoldingSecret())
        return;
    QClipboard *cb = systemClipboard();
    const bool onClipboard = clipboardHoldsOurs();
    const bool onSelection = selectionHoldsOurs();
    stopHolding();
    if (cb) {
        m_writing = true;
        if (onClipboard)
            cb->clear(QClipboard::Clipboard);
        if (onSelection)
            cb->clear(QClipboard::Selection);
        m_writing = false;
    }
    if (onClipboard || onSelection)
        Q_EMIT cleared();
    else
        Q_EMIT released();
}

void ClipboardGuard::tick()
{
    if (!isHoldingSecret()) {
        m_tick.stop();
        return;
    }
    if (!clipboardHoldsOurs() && !selectionHoldsOurs()) {
        stopHolding();
        Q_EMIT released();
        return;
    }
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    Q_EMIT countdown(m_secondsLeft);
    if (m_secondsLeft == 0)
        clearNow();
}

void ClipboardGuard::onClipboardChanged()
{
    if (m_writing || !isHoldingSecret())
        return;
    if (clipboardHoldsOurs())
        return;
    // Someone else replaced the clipboard. The selection, if we wrote it too, is left for the timer/clearNow to handle
    // only while it is still ours; once the main clipboard is gone we stop counting down.
    if (selectionHoldsOurs()) {
        QClipboard *cb = systemClipboard();
        m_writing = true;
        cb->clear(QClipboard::Selection);
        m_writing = false;
    }
    stopHolding();
    Q_EMIT released();
}

void ClipboardGuard::stopHolding()
{
    m_tick.stop();
    m_secondsLeft = 0;
    m_onSelection = false;
    SecretWipe::wipe(m_hash);
    SecretWipe::wipe(m_salt);
}
