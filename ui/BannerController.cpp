#include "BannerController.h"

#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTimer>

namespace {
// These words were the window's before the banner had a controller: they keep its translation context.
QString windowText(const char *text)
{
    return QCoreApplication::translate("MainWindow", text);
}
} // namespace

BannerController::BannerController(ErrorBanner *banner, TokenCore *core, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_core(core)
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &BannerController::tick);

    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        auto action = m_action;
        dismiss();
        if (action)
            action();
    });
    connect(m_banner, &ErrorBanner::secondActionTriggered, this, [this] {
        auto action = m_secondAction;
        dismiss();
        if (action)
            action();
    });
    connect(m_banner, &ErrorBanner::dismissed, this, &BannerController::dismiss);

    connect(m_core, &TokenCore::listFinished, this, [this](const std::optional<ApiError> &error) {
        if (!error)
            dismissIf(About::List, {});
    });
    connect(m_core, &TokenCore::activationFinished, this, &BannerController::onActivationFinished);
    connect(m_core, &TokenCore::tokenRemoved, this, [this](const QString &uuid) {
        dismissIf(About::Activation, uuid);
        dismissIf(About::LostSecret, uuid);
    });
    connect(m_core, &TokenCore::tokensReset, this, &BannerController::onTokensReset);
}

void BannerController::show(Notice notice)
{
    m_about = notice.about;
    m_uuid = notice.uuid;
    m_action = std::move(notice.action);
    m_secondAction = std::move(notice.secondAction);
    m_countdownTo = notice.countdownTo;
    m_banner->showMessage(notice.kind, std::move(notice.texts));
    if (m_countdownTo.isValid() && QDateTime::currentDateTimeUtc() < m_countdownTo)
        m_countdown->start();
    else
        m_countdown->stop();
}

void BannerController::showError(const ApiError &error, const QString &title, std::function<void()> retry, About about,
                                 const QString &uuid)
{
    if (error.kind == ApiError::Kind::PatSessionForbidden) {
        show({ErrorBanner::Kind::Warning,
              [error] {
                  return ErrorBanner::Texts{ErrorText::title(error), ErrorText::message(error),
                                            windowText(QT_TRANSLATE_NOOP("MainWindow", "Sign in with password"))};
              },
              About::Session,
              {},
              [this] { Q_EMIT signOutRequested(); }});
        return;
    }
    // The words follow the language (ErrorBanner::TextSource); a title of the caller's own stays as given.
    const bool ownTitle = title.isEmpty() || title == ErrorText::title(error);
    const bool canRetry = bool(retry);
    Notice notice{ErrorBanner::Kind::Error,
                  [error, title, ownTitle, canRetry] {
                      return ErrorBanner::Texts{ownTitle ? ErrorText::title(error) : title, ErrorText::message(error),
                                                canRetry ? windowText(QT_TRANSLATE_NOOP("MainWindow", "Retry"))
                                                         : QString()};
                  },
                  about, uuid, std::move(retry)};
    notice.countdownTo = error.retryAt;
    show(std::move(notice));
}

void BannerController::dismiss()
{
    m_countdown->stop();
    m_about = About::Nothing;
    m_uuid.clear();
    m_action = {};
    m_secondAction = {};
    m_countdownTo = {};
    m_banner->dismiss();
}

bool BannerController::isShowing() const
{
    return !m_banner->isHidden();
}

bool BannerController::isCounting() const
{
    return m_countdown->isActive();
}

void BannerController::dismissIf(About about, const QString &uuid)
{
    if (m_about == about && m_uuid == uuid && isShowing())
        dismiss();
}

void BannerController::onActivationFinished(const QString &uuid, bool active, const std::optional<ApiError> &error)
{
    if (error)
        return;
    // The retry (or a newer change) of the same token went through.
    dismissIf(About::Activation, uuid);
    // Deactivated, as the lost-secret banner asks.
    if (!active)
        dismissIf(About::LostSecret, uuid);
}

void BannerController::onTokensReset()
{
    // A list without the token the banner is about: it is gone. (The first pages of a list say nothing of that.)
    if (!m_core->isPartial() && (m_about == About::Activation || m_about == About::LostSecret)
        && !m_core->token(m_uuid))
        dismiss();
}

void BannerController::tick()
{
    m_banner->refreshTexts();
    if (!m_countdownTo.isValid() || QDateTime::currentDateTimeUtc() >= m_countdownTo)
        m_countdown->stop(); // the words now say it can be tried again
}
