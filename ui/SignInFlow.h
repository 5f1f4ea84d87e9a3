#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class Account;
class BannerController;
class SignInDialog;
class TokenCore;
class QWidget;

// How the main window signs the person in: one sign-in dialog at a time (before the window shows, it stands alone),
// what a sign-in carries on with, what cancelling means (before the first sign-in: quit; later, a banner that offers
// to sign in), and signing out. It answers the account's "sign in, then carry on" (Account::signInRequired); the
// carrying on itself is the Account's.
class SignInFlow : public QObject {
    Q_OBJECT
public:
    SignInFlow(QWidget *window, TokenCore *core, BannerController *notices, QObject *parent);
    ~SignInFlow() override;

    // The server is the emulator --demo started: the dialog calls it "(demo)" (another on this computer is a
    // "local server").
    void setDemoMode(bool demo) { m_demoMode = demo; }
    // Opens the dialog, or brings the open one forward with `notice`. `firstSignIn`: nothing was shown yet, and
    // cancelling quits.
    void open(const QString &notice, bool firstSignIn);
    // The first sign-in, as SessionStart's way of asking: open(notice, true), then done(true) once signed in, or
    // done(false) when cancelled (the window quits).
    void openFirst(std::function<void(bool signedIn)> done);
    void signOut();
    SignInDialog *dialog() const { return m_dialog; }
    void setKeychainUnavailable(bool unavailable);

Q_SIGNALS:
    void signedIn(); // the window shows the account (and itself)
    void listWanted(); // nothing to carry on: the window loads the list
    void signedOut(); // the window shows no account
    void firstSignInCancelled(); // the window quits

private:
    void onSignedIn(const QString &username, const QString &jwt);
    void onCancelled();
    QWidget *dialogParent() const;

    QWidget *m_window;
    TokenCore *m_core;
    Account *m_account;
    BannerController *m_notices;
    QPointer<SignInDialog> m_dialog;
    bool m_firstSignIn = false;
    std::function<void(bool)> m_firstDone;
    bool m_demoMode = false;
};
