#include "CredentialHelper.h"

#include "HelperCall.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

constexpr int MaxDetailChars = 300;

// The first non-empty line of `text`, trimmed and cut short, with `secret` (raw and JSON-escaped) blanked out.
QString firstLine(const QByteArray &text, const QString &secret)
{
    const QList<QByteArray> lines = text.split('\n');
    QString line;
    for (const QByteArray &l : lines) {
        line = QString::fromUtf8(l).trimmed();
        if (!line.isEmpty())
            break;
    }
    if (!secret.isEmpty()) {
        line.replace(secret, QStringLiteral("***"));
        const QByteArray quoted =
            QJsonDocument(QJsonObject{{QStringLiteral("s"), secret}}).toJson(QJsonDocument::Compact);
        const QString escaped = QString::fromUtf8(quoted.mid(6, quoted.size() - 8)); // {"s":"…"} → …
        if (escaped != secret)
            line.replace(escaped, QStringLiteral("***"));
    }
    if (line.size() > MaxDetailChars)
        line = line.left(MaxDetailChars) + QStringLiteral("…");
    return line;
}

// The helpers' words for "nothing stored under this key" (docker-credential-helpers' errCredentialsNotFound), and
// docker-credential-pass's for erasing a key it does not have.
bool saysNotFound(const QString &message, CredentialHelper::Action action)
{
    if (message.contains(QLatin1String("credentials not found"), Qt::CaseInsensitive))
        return true;
    return action == CredentialHelper::Action::Erase
        && message.contains(QLatin1String("is not in the password store"), Qt::CaseInsensitive);
}

// Moves what the process has written into `outcome`, up to the cap.
void drain(QProcess &process, CredentialHelper::Outcome &outcome)
{
    outcome.out += process.readAllStandardOutput();
    outcome.err += process.readAllStandardError();
    if (outcome.out.size() > CredentialHelper::MaxOutputBytes
        || outcome.err.size() > CredentialHelper::MaxOutputBytes) {
        outcome.tooMuchOutput = true;
        outcome.out.clear();
        outcome.err.clear();
    }
}

} // namespace

CredentialHelper::CredentialHelper(const QString &name, int timeoutMs)
    : m_name(name)
{
    setTimeout(timeoutMs);
}

QString CredentialHelper::programName() const
{
    return QStringLiteral("docker-credential-") + m_name;
}

void CredentialHelper::setTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
}

bool CredentialHelper::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString CredentialHelper::findProgram(const QString &name)
{
    if (!isValidName(name))
        return {};
    return QStandardPaths::findExecutable(QStringLiteral("docker-credential-") + name);
}

QStringList CredentialHelper::offeredStores()
{
    return {QStringLiteral("secretservice"), QStringLiteral("pass")};
}

QStringList CredentialHelper::installed(const QStringList &names)
{
    QStringList found;
    for (const QString &name : names) {
        if (!findProgram(name).isEmpty())
            found << name;
    }
    return found;
}

QString CredentialHelper::actionWord(Action action)
{
    switch (action) {
    case Action::Store: return QStringLiteral("store");
    case Action::Get: return QStringLiteral("get");
    case Action::Erase: return QStringLiteral("erase");
    case Action::List: return QStringLiteral("list");
    }
    return {};
}

QByteArray CredentialHelper::input(Action action, const QString &serverUrl, const DockerCredential &credential)
{
    switch (action) {
    case Action::Store:
        return QJsonDocument(QJsonObject{{QStringLiteral("ServerURL"), credential.serverUrl},
                                         {QStringLiteral("Username"), credential.username},
                                         {QStringLiteral("Secret"), credential.secret}})
            .toJson(QJsonDocument::Compact);
    case Action::Get:
    case Action::Erase: return serverUrl.toUtf8();
    case Action::List: break;
    }
    return {};
}

DockerError CredentialHelper::error(DockerError::Kind kind) const
{
    DockerError e;
    e.kind = kind;
    e.helper = m_name;
    e.timeoutMs = m_timeoutMs;
    return e;
}

HelperReply CredentialHelper::interpret(Action action, const Outcome &o, const QString &secret) const
{
    HelperReply reply;
    if (!o.started) {
        reply.error = error(DockerError::Kind::HelperMissing);
        reply.error->detail = o.startError;
        return reply;
    }
    if (o.timedOut) {
        reply.error = error(DockerError::Kind::TimedOut);
        return reply;
    }
    if (o.tooMuchOutput) {
        reply.error = error(DockerError::Kind::BadOutput);
        reply.error->detail = QStringLiteral("more than 1 MiB of output");
        return reply;
    }
    // Helpers print their errors on stdout (the protocol); some use stderr.
    QString message = firstLine(o.err, secret);
    if (message.isEmpty())
        message = firstLine(o.out, secret);
    if (o.crashed || o.exitCode != 0) {
        if (!o.crashed && (action == Action::Get || action == Action::Erase) && saysNotFound(message, action))
            return reply; // nothing stored: not an error
        reply.error = error(DockerError::Kind::HelperFailed);
        reply.error->exitCode = o.crashed ? -1 : o.exitCode;
        reply.error->detail = message;
        return reply;
    }

    if (action == Action::Store || action == Action::Erase)
        return reply;
    // Never quote the output itself below: it may hold a secret.
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(o.out, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reply.error = error(DockerError::Kind::BadOutput);
        reply.error->detail = QStringLiteral("not a JSON object");
        return reply;
    }
    const QJsonObject object = doc.object();
    if (action == Action::List) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                reply.error = error(DockerError::Kind::BadOutput);
                reply.error->detail = QStringLiteral("a list entry is not a string");
                reply.entries.clear();
                return reply;
            }
            reply.entries.insert(it.key(), it.value().toString());
        }
        return reply;
    }
    // get
    const QJsonValue secretValue = object.value(QLatin1String("Secret"));
    const QJsonValue username = object.value(QLatin1String("Username"));
    const QJsonValue server = object.value(QLatin1String("ServerURL"));
    if (!secretValue.isString() || !(username.isString() || username.isUndefined())
        || !(server.isString() || server.isUndefined())) {
        reply.error = error(DockerError::Kind::BadOutput);
        reply.error->detail = QStringLiteral("not {\"ServerURL\",\"Username\",\"Secret\"}");
        return reply;
    }
    if (secretValue.toString().isEmpty())
        return reply; // docker-credential-pass 0.6 answers a missing key with an empty entry and exit code 0
    reply.credential = DockerCredential{server.toString(), username.toString(), secretValue.toString()};
    return reply;
}

HelperCall *CredentialHelper::start(Action action, const QString &serverUrl, const DockerCredential &credential,
                                    QObject *parent) const
{
    return new HelperCall(*this, action, serverUrl, credential, parent);
}

HelperCall *CredentialHelper::store(const DockerCredential &credential, QObject *parent) const
{
    return start(Action::Store, credential.serverUrl, credential, parent);
}

HelperCall *CredentialHelper::get(const QString &serverUrl, QObject *parent) const
{
    return start(Action::Get, serverUrl, {}, parent);
}

HelperCall *CredentialHelper::erase(const QString &serverUrl, QObject *parent) const
{
    return start(Action::Erase, serverUrl, {}, parent);
}

HelperCall *CredentialHelper::list(QObject *parent) const
{
    return start(Action::List, {}, {}, parent);
}

HelperReply CredentialHelper::runNow(Action action, const QString &serverUrl, const DockerCredential &credential) const
{
    Outcome outcome;
    const QString program = findProgram(m_name);
    if (program.isEmpty())
        return interpret(action, outcome);
    QProcess process;
    process.setProgram(program);
    process.setArguments({actionWord(action)});
    const QDeadlineTimer deadline(m_timeoutMs);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        outcome.startError = process.errorString();
        return interpret(action, outcome);
    }
    outcome.started = true;
    process.write(input(action, serverUrl, credential));
    process.closeWriteChannel();
    // Waiting on the process itself, in short slices so the output cap holds; no event loop runs.
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            outcome.timedOut = true;
            break;
        }
        process.waitForFinished(int(qBound(qint64(1), deadline.remainingTime(), qint64(50))));
        drain(process, outcome);
        if (outcome.tooMuchOutput)
            break;
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    } else {
        drain(process, outcome);
        outcome.crashed = process.exitStatus() == QProcess::CrashExit;
        outcome.exitCode = process.exitCode();
    }
    return interpret(action, outcome, credential.secret);
}

HelperReply CredentialHelper::storeNow(const DockerCredential &credential) const
{
    return runNow(Action::Store, credential.serverUrl, credential);
}

HelperReply CredentialHelper::getNow(const QString &serverUrl) const
{
    return runNow(Action::Get, serverUrl, {});
}

HelperReply CredentialHelper::eraseNow(const QString &serverUrl) const
{
    return runNow(Action::Erase, serverUrl, {});
}

HelperReply CredentialHelper::listNow() const
{
    return runNow(Action::List, {}, {});
}
