#include "ErrorText.h"

#include "RelativeTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {

// Gives the free functions below a tr() with the context "ErrorText" (lupdate reads the macro).
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString retrySentence(const ApiError &e);
    static QString title(const ApiError &e);
    static QString message(const ApiError &e);
};

// Accounts whose organization enforces single sign-on cannot use a password with the API at all.
bool mentionsSso(const ApiError &e)
{
    const QString m = e.message;
    return m.contains(QLatin1String("sso"), Qt::CaseInsensitive)
        || m.contains(QLatin1String("single sign-on"), Qt::CaseInsensitive)
        || m.contains(QLatin1String("single sign on"), Qt::CaseInsensitive);
}

QString Words::retrySentence(const ApiError &e)
{
    if (!e.retryAt.isValid())
        return tr("Wait a few minutes, then try again.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 secs = now.secsTo(e.retryAt);
    if (secs <= 0)
        return tr("You can try again now.");
    const QDateTime local = e.retryAt.toLocalTime();
    QString when = RelativeTime::formatTime(local.time());
    if (local.date() != QDateTime::currentDateTime().date())
        when = RelativeTime::formatDateTime(e.retryAt);
    // Whole sentences with %n and their plural forms (English resolves "(s)": see LanguageManager).
    if (secs < 60)
        return tr("Try again at %1 (in %n second(s)).", nullptr, int(secs)).arg(when);
    const int minutes = int((secs + 59) / 60);
    if (minutes < 120)
        return tr("Try again at %1 (in %n minute(s)).", nullptr, minutes).arg(when);
    return tr("Try again at %1 (in %n hour(s)).", nullptr, (minutes + 59) / 60).arg(when);
}

QString Words::title(const ApiError &e)
{
    using K = ApiError::Kind;
    if ((e.kind == K::BadCredentials || e.kind == K::Forbidden) && mentionsSso(e))
        return tr("Single sign-on account");
    switch (e.kind) {
    case K::NetworkUnreachable: return tr("Can't reach the server");
    case K::Timeout: return tr("The server didn't answer in time");
    case K::InsecureTransport: return tr("Insecure connection refused");
    case K::BadCredentials: return tr("Wrong username or password");
    case K::TwoFactorRequired: return tr("Two-factor code required");
    case K::PatSessionForbidden: return tr("Signed in with an access token");
    case K::SessionExpired: return tr("Your session expired");
    case K::Forbidden: return tr("Not allowed");
    case K::NotFound: return tr("Token not found");
    case K::Validation: return tr("Check the form");
    case K::RateLimited: return tr("Too many attempts");
    case K::ServerError: return tr("Docker Hub had a problem");
    case K::MalformedReply: return tr("Unexpected reply from the server");
    case K::Cancelled: return tr("Cancelled");
    case K::Other: break;
    }
    return tr("Something went wrong");
}

QString Words::message(const ApiError &e)
{
    using K = ApiError::Kind;
    if ((e.kind == K::BadCredentials || e.kind == K::Forbidden) && mentionsSso(e))
        return tr("Your organization requires single sign-on (SSO), so this account can't sign in with a password "
                  "here. Manage your access tokens on the Docker Hub website instead.");
    switch (e.kind) {
    case K::NetworkUnreachable: return tr("Check your network connection and the server address, then try again.");
    case K::Timeout: return tr("The connection may be slow or the server busy. Try again in a moment.");
    case K::InsecureTransport:
        return tr("The server address uses http:// for a computer other than this one, which would send your "
                  "password unencrypted. Use an https:// address.");
    case K::BadCredentials:
        return tr("Check your username and password and try again. Your password is the one you use on the Docker "
                  "Hub website.");
    case K::TwoFactorRequired: return tr("Enter the 6-digit code from your authenticator app.");
    case K::PatSessionForbidden:
        return tr("You signed in with a personal access token. Docker Hub only allows managing access tokens after "
                  "signing in with your password (and your two-factor code, if enabled).");
    case K::SessionExpired: return tr("Sign in again to continue. Nothing you entered has been lost.");
    case K::Forbidden:
        if (!e.message.isEmpty())
            return tr("Docker Hub refused this request: “%1”").arg(e.message);
        return tr("Docker Hub refused this request for your account.");
    case K::NotFound:
        return tr("It may have been deleted in another window or on the Docker Hub website. Refresh the list.");
    case K::Validation: {
        QStringList lines;
        for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
            lines += it.value();
        if (!lines.isEmpty())
            return lines.join(QLatin1Char(' '));
        if (!e.message.isEmpty())
            return e.message;
        return tr("Docker Hub didn't accept what was entered. Check the fields and try again.");
    }
    case K::RateLimited:
        return tr("Docker Hub is limiting requests from this account for a while. %1").arg(retrySentence(e));
    case K::ServerError: return tr("The server answered with an error (%1). Try again in a moment.").arg(e.httpStatus);
    case K::MalformedReply:
        return tr("Docker Hub sent a reply this app doesn't understand. Try again; if it keeps happening, the "
                  "service may have changed.");
    case K::Cancelled: return tr("The request was cancelled.");
    case K::Other: break;
    }
    if (e.httpStatus > 0)
        return tr("The server answered with status %1. Try again in a moment.").arg(e.httpStatus);
    return tr("Try again in a moment.");
}

} // namespace

namespace ErrorText {

QString title(const ApiError &e)
{
    return Words::title(e);
}

QString message(const ApiError &e)
{
    return Words::message(e);
}

QString line(const QString &title, const QString &message)
{
    //: An error on one line: its title, then what happened and what to do
    return QCoreApplication::translate("ErrorText", "%1: %2").arg(title, message);
}

QString line(const ApiError &e)
{
    return line(Words::title(e), Words::message(e));
}

} // namespace ErrorText
