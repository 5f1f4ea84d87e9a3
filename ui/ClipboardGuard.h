#pragma once

#include "app/settings/AppSettings.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

// Puts secrets on the system clipboard the careful way (KeePassXC's Clipboard is the model): a fresh QMimeData
// carrying the text plus the concealment hints that clipboard managers honour, a visible countdown, and clearing on
// timeout and on destruction — but only if the clipboard still holds what we put there.
// Keeps a hash of the secret, never a copy. Never logs it.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultClearDelaySecs = AppSettings::DefaultClipboardDelaySecs;

    explicit ClipboardGuard(QObject *parent = nullptr);
    // Takes the clear delay from `settings` now and whenever it changes there (Preferences).
    void followSettings(AppSettings *settings);
    ~ClipboardGuard() override; // clears if the clipboard still holds our secret (unless delay is 0)

    void setClearDelay(int seconds); // 0 = never clear; default 30
    int clearDelay() const;

    void copySecret(const QString &secret); // text + concealment hints; selection too only if supportsSelection()
    void copyPlain(const QString &text); // ordinary copy (UUIDs)

    bool isHoldingSecret() const;
    int secondsLeft() const;
    void clearNow(); // only if the clipboard still holds what we put there
    void clearOnQuit(); // the same, unless the delay is 0 (never clear): on the way out

Q_SIGNALS:
    void countdown(int secondsLeft); // every second while holding a secret
    void cleared(); // we cleared it
    void released(); // someone else replaced the clipboard content: we no longer hold it

private:
    QByteArray hashOf(const QString &text) const;
    bool clipboardHoldsOurs() const;
    bool selectionHoldsOurs() const;
    void tick();
    void onClipboardChanged();
    void stopHolding();

    QTimer m_tick;
    QByteArray m_salt; // fresh for every copy
    QByteArray m_hash; // salted SHA-256 of what we put there; empty: not holding a secret
    int m_clearDelay = DefaultClearDelaySecs;
    int m_secondsLeft = 0;
    bool m_onSelection = false;
    bool m_writing = false; // our own setMimeData is under way: ignore the change notification
};
