#pragma once

#include "ErrorBanner.h"
#include "models/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;
class TokenCore;

// What the banner above the table is about, and when it stops being true. The window says what to show; the core's
// outcomes say when it no longer holds:
//  - a banner about the list goes when a list arrives;
//  - a banner about a token's activation goes when an activation of that token succeeds (the retry, or a newer one);
//  - a banner about a token whose secret was lost goes when that token is deactivated or deleted;
//  - a banner about a token goes when the token is gone from the list;
//  - a "try again at … (in 12 seconds)" keeps counting, once a second, until the time has come ("You can try again
//    now").
// It also keeps the banner's actions (Retry, Sign in, Delete…, Deactivate) and runs them when clicked.
class BannerController : public QObject {
    Q_OBJECT
public:
    enum class About {
        Nothing,
        List, // the list failed to load
        Activation, // an activation or deactivation of `uuid` failed
        LostSecret, // `uuid` exists but its secret was lost
        Session, // signed in with an access token; not signed in
    };

    struct Notice {
        ErrorBanner::Kind kind = ErrorBanner::Kind::Error;
        ErrorBanner::TextSource texts;
        About about = About::Nothing;
        QString uuid; // Activation, LostSecret
        std::function<void()> action = {}; // the action button; none without its label
        std::function<void()> secondAction = {};
        QDateTime countdownTo = {}; // valid: the words are made again every second until then
    };

    BannerController(ErrorBanner *banner, TokenCore *core, QObject *parent = nullptr);

    void show(Notice notice);
    // A failed call in the common words (ErrorText): a PAT-session refusal offers "Sign in with password"
    // (signOutRequested), anything else `retry` if given. A title of the caller's own stays as given.
    void showError(const ApiError &error, const QString &title, std::function<void()> retry, About about,
                   const QString &uuid = {});
    void dismiss();

    About about() const { return m_about; }
    QString uuid() const { return m_uuid; }
    bool isShowing() const;
    // The countdown is running.
    bool isCounting() const;

Q_SIGNALS:
    // "Sign in with password" on a PAT-session banner.
    void signOutRequested();

private:
    void dismissIf(About about, const QString &uuid);
    void onActivationFinished(const QString &uuid, bool active, const std::optional<ApiError> &error);
    void onTokensReset();
    void tick();

    ErrorBanner *m_banner;
    TokenCore *m_core;
    QTimer *m_countdown;
    About m_about = About::Nothing;
    QString m_uuid;
    QDateTime m_countdownTo;
    std::function<void()> m_action;
    std::function<void()> m_secondAction;
};
