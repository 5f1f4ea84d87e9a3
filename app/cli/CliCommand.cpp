#include "CliCommand.h"

#include "CliBulkCommand.h"
#include "CliCommandLine.h"
#include "CliCreateCommand.h"
#include "CliDockerCommand.h"
#include "CliEditCommand.h"
#include "CliExportCommand.h"
#include "CliInspectCommand.h"
#include "CliListCommand.h"
#include "CliLoginCommand.h"
#include "CliLogoutCommand.h"
#include "CliOutput.h"
#include "CliRotateCommand.h"
#include "CliSignIn.h"
#include "CliStatus.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/Account.h"
#include "app/tokens/TokenCore.h"
#include "models/ErrorText.h"

#include <QTimer>

QList<CliCommandInfo> CliCommand::all()
{
    // Registering a command: one line here.
    return {
        CliLoginCommand::info(),
        CliLogoutCommand::info(),
        CliListCommand::info(),
        CliInspectCommand::info(),
        CliCreateCommand::info(),
        CliEditCommand::info(),
        CliBulkCommand::info(BulkReport::Action::Activate),
        CliBulkCommand::info(BulkReport::Action::Deactivate),
        CliBulkCommand::info(BulkReport::Action::Delete),
        CliExportCommand::info(),
        CliRotateCommand::info(),
        CliDockerCommand::statusInfo(),
        CliDockerCommand::useStoreInfo(),
    };
}

QString CliParsed::takeExpires(QDateTime *at, bool *given) const
{
    if (!isSet("expires"))
        return QString();
    const CliCommandLine::Expiry expiry = CliCommandLine::parseExpiry(value("expires"), now);
    if (!expiry.ok())
        return *expiry.error;
    *at = expiry.value;
    if (given)
        *given = true;
    return QString();
}

CliCommand::CliCommand(const CliContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

QString CliCommand::parseFormat(const std::optional<QString> &value, CliGlobals *globals)
{
    if (value == QLatin1String("json"))
        globals->format = CliGlobals::Format::Json;
    else if (value && value != QLatin1String("table"))
        return CliCommandLine::tr("--format takes table or json, not “%1”.").arg(*value);
    return QString();
}

int CliCommand::exitCodeFor(const ApiError &error)
{
    const bool signedOut =
        error.kind == ApiError::Kind::SessionExpired || error.kind == ApiError::Kind::PatSessionForbidden;
    return signedOut ? CliExit::NotSignedIn : CliExit::Failed;
}

int CliCommand::report(const ApiError &error)
{
    CliOutput::error(error.kind == ApiError::Kind::SessionExpired
                         ? tr("Your session expired. Run '%1 login' to sign in again.").arg(CliOutput::programName())
                         : ErrorText::line(error));
    return exitCodeFor(error);
}

namespace {

// The words of the class that once resolved uuids, under their translation context.
struct CliUuidResolver {
    Q_DECLARE_TR_FUNCTIONS(CliUuidResolver)
};

} // namespace

QString CliCommand::ambiguousMessage(const QString &argument, const QList<AccessToken> &candidates)
{
    QString text =
        CliUuidResolver::tr("“%1” matches %n token(s); give more of the uuid:", nullptr, int(candidates.size()))
            .arg(argument);
    for (const AccessToken &t : candidates)
        text += QStringLiteral("\n  %1  %2").arg(t.uuid, t.label);
    return text;
}

QString CliCommand::unknownMessage(const QString &argument)
{
    return CliUuidResolver::tr("No token matches “%1”.").arg(argument);
}

ApiError CliCommand::errorOf(ApiError::Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    stopWaiting();
    if (m_ctx.status)
        m_ctx.status->clear();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void CliCommand::fail(const QString &error, int exitCode)
{
    CliOutput::error(error);
    finish(exitCode);
}

void CliCommand::print(const QByteArray &json, const QString &text) const
{
    if (this->json())
        CliOutput::outBytes(json);
    else
        CliOutput::out(text);
}

void CliCommand::stopWaiting()
{
    for (const QMetaObject::Connection &c : std::as_const(m_waits))
        disconnect(c);
    m_waits.clear();
}

void CliCommand::whenSignedIn(std::function<void()> next, std::function<void(int exitCode)> failed)
{
    m_waits += connect(m_ctx.signIn, &CliSignIn::ready, this, [this, next] {
        stopWaiting();
        next();
    });
    m_waits += connect(m_ctx.signIn, &CliSignIn::failed, this,
                       [this, failed](int code) { failed ? failed(code) : finish(code); });
    m_ctx.signIn->ensure();
}

void CliCommand::whenResolved(std::function<void(const AccessToken &token)> next)
{
    whenListed([this, next = std::move(next)] {
        const QString argument = operands.value(0);
        const TokenSelection::UuidMatch r = TokenSelection::byUuidPrefix(m_ctx.core->tokens(), {argument});
        if (r.isAmbiguous())
            return fail(ambiguousMessage(argument, r.ambiguous.constFirst().second), CliExit::Usage);
        if (r.tokens.isEmpty())
            return fail(unknownMessage(argument));
        next(r.tokens.constFirst());
    });
}

void CliCommand::whenListed(std::function<void()> next)
{
    whenSignedIn([this, next] {
        TokenCore *core = m_ctx.core;
        m_waits += connect(core, &TokenCore::listProgress, this, [this](int loaded, int total) {
            if (m_ctx.status)
                m_ctx.status->listing(loaded, total);
        });
        m_waits += connect(core, &TokenCore::listFinished, this, [this, next](const std::optional<ApiError> &error) {
            if (m_ctx.status)
                m_ctx.status->clear();
            if (!error) {
                stopWaiting();
                return next();
            }
            // Signing in again on the terminal: the core lists again afterwards (or gaveUp() ends this).
            if (error->kind == ApiError::Kind::SessionExpired && m_ctx.account->isWaitingForSignIn())
                return;
            finish(report(*error));
        });
        m_waits += connect(m_ctx.signIn, &CliSignIn::gaveUp, this,
                           [this] { finish(report(errorOf(ApiError::Kind::SessionExpired))); });
        if (m_ctx.status)
            m_ctx.status->listing(0, 0);
        core->refresh();
    });
}
