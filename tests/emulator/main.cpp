// hub-emulator: a loopback-only stand-in for Docker Hub's personal-access-token API.
// The first line on stdout is the base URL (e.g. http://127.0.0.1:41234); a line per request goes to stderr.

#include "HubEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    if (::write(signalPipe[0], &byte, 1) < 0) {
        // Nothing useful to do inside a signal handler.
    }
}

void installSignalHandlers(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier]() {
        notifier->setEnabled(false);
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) < 0) {
            // Quit anyway.
        }
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "hub-emulator: %s\n", qPrintable(message));
    std::exit(2);
}

int intValue(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const qlonglong v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        fail(QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return int(v);
}

double rateValue(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !(v >= 0 && v <= 1))
        fail(QStringLiteral("--%1 must be a number from 0 to 1").arg(name));
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hub-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBTOKENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local stand-in for Docker Hub's personal access token API, listening on 127.0.0.1 only.\n"
        "The first line printed on stdout is the base URL (e.g. http://127.0.0.1:41234).\n"
        "Routes: POST /v2/users/login, POST /v2/users/2fa-login, POST /v2/auth/token,\n"
        "GET|POST /v2/access-tokens, GET|PATCH|DELETE /v2/access-tokens/{uuid}.\n"
        "Faults for tests: --failure-rate answers 5xx without doing anything; --commit-then-fail-rate and\n"
        "--lost-reply-rate do the change first, then answer 502 or close the connection with no reply."));
    parser.addHelpOption();
    parser.addVersionOption();
    const EmulatorOptions defaults;
    const QList<QCommandLineOption> options{
        {QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 (the default) picks a free one."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("demo"),
         QStringLiteral("Seed the demo accounts: demo/demo (about 25 sample tokens) and demo2fa/demo with TOTP secret "
                        "JBSWY3DPEHPK3PXP. Skipped if the state file already has them.")},
        {QStringLiteral("tokens"),
         QStringLiteral("Add N generated tokens to 'demo' (with --demo) or to the first --account."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("state"),
         QStringLiteral("Keep accounts, token hashes and the JWT key in FILE: loaded at start if present, rewritten "
                        "atomically after each change. Default: in memory only."),
         QStringLiteral("FILE")},
        {QStringLiteral("latency"), QStringLiteral("Delay every reply by MS milliseconds."), QStringLiteral("MS"),
         QStringLiteral("0")},
        {QStringLiteral("failure-rate"), QStringLiteral("Share of replies (0 to 1) turned into 500/502/503 at random."),
         QStringLiteral("R"), QStringLiteral("0")},
        {QStringLiteral("commit-then-fail-rate"),
         QStringLiteral("Share of creates, patches and deletes (0 to 1) that are committed and then answered 502 "
                        "at random (\"committed, then failed\")."),
         QStringLiteral("R"), QStringLiteral("0")},
        {QStringLiteral("lost-reply-rate"),
         QStringLiteral("Share of creates, patches and deletes (0 to 1) that are committed and then left without a "
                        "reply: the connection is closed at random (a lost reply)."),
         QStringLiteral("R"), QStringLiteral("0")},
        {QStringLiteral("seed"),
         QStringLiteral("Seed for the random failures and the sample data; 0 (the default) picks one."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per minute per client address before 429; 0 disables. Default %1.")
             .arg(defaults.rateLimitPerMinute),
         QStringLiteral("N"), QString::number(defaults.rateLimitPerMinute)},
        {QStringLiteral("retry-after-unix"),
         QStringLiteral(
             "Send 429's Retry-After as a Unix time instead of seconds (as the real service sometimes does).")},
        {QStringLiteral("session-lifetime"),
         QStringLiteral("Lifetime in seconds of the JWT from /v2/users/login and 2fa-login. Default %1.")
             .arg(defaults.sessionLifetimeSecs),
         QStringLiteral("SECS"), QString::number(defaults.sessionLifetimeSecs)},
        {QStringLiteral("auth-token-lifetime"),
         QStringLiteral("Lifetime in seconds of the JWT from /v2/auth/token. Default %1.")
             .arg(defaults.authTokenLifetimeSecs),
         QStringLiteral("SECS"), QString::number(defaults.authTokenLifetimeSecs)},
        {QStringLiteral("lockout-attempts"),
         QStringLiteral("Failed sign-ins in a row that lock a username; 0 disables. Default %1.")
             .arg(defaults.lockoutAttempts),
         QStringLiteral("N"), QString::number(defaults.lockoutAttempts)},
        {QStringLiteral("lockout-secs"),
         QStringLiteral("How long a lockout lasts, in seconds. Default %1.").arg(defaults.lockoutSecs),
         QStringLiteral("SECS"), QString::number(defaults.lockoutSecs)},
        {QStringLiteral("account"),
         QStringLiteral("Add an account (repeatable). USER:PASSWORD, or USER:PASSWORD:TOTPSECRET (base32) for 2FA. "
                        "The password may not contain ':' when a TOTP secret follows."),
         QStringLiteral("user:password[:totpsecret]")},
        {QStringLiteral("quiet"), QStringLiteral("Do not log requests on stderr.")},
        {QStringLiteral("docker-session"),
         QStringLiteral(
             "Mint a Docker-style Hub session for USER (repeatable), like the JWT Docker Desktop keeps under "
             "https://index.docker.io/v1/access-token, valid for SECS seconds (default 3600). Each is "
             "printed on stdout after the base URL, one line each, in order."),
         QStringLiteral("user[:secs]")},
    };
    parser.addOptions(options);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument: %1 (see --help)").arg(parser.positionalArguments().constFirst()));

    EmulatorOptions o;
    o.port = quint16(intValue(parser, QStringLiteral("port"), 0, 65535));
    o.latencyMs = intValue(parser, QStringLiteral("latency"), 0, 600000);
    bool ok = false;
    o.failureRate = rateValue(parser, QStringLiteral("failure-rate"));
    o.commitThenFailRate = rateValue(parser, QStringLiteral("commit-then-fail-rate"));
    o.lostReplyRate = rateValue(parser, QStringLiteral("lost-reply-rate"));
    o.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        fail(QStringLiteral("--seed must be a whole number from 0 to 4294967295"));
    o.rateLimitPerMinute = intValue(parser, QStringLiteral("rate-limit"), 0, 1000000);
    o.retryAfterAsUnixTime = parser.isSet(QStringLiteral("retry-after-unix"));
    o.sessionLifetimeSecs = intValue(parser, QStringLiteral("session-lifetime"), 1, 100000000);
    o.authTokenLifetimeSecs = intValue(parser, QStringLiteral("auth-token-lifetime"), 1, 100000000);
    o.lockoutAttempts = intValue(parser, QStringLiteral("lockout-attempts"), 0, 1000000);
    o.lockoutSecs = intValue(parser, QStringLiteral("lockout-secs"), 1, 100000000);
    o.stateFile = parser.value(QStringLiteral("state"));
    o.logRequests = !parser.isSet(QStringLiteral("quiet"));
    const int extraTokens = intValue(parser, QStringLiteral("tokens"), 0, 1000000);

    HubEmulator emulator(o);
    QStringList accountNames;
    for (const QString &spec : parser.values(QStringLiteral("account"))) {
        const int first = int(spec.indexOf(QLatin1Char(':')));
        if (first <= 0)
            fail(QStringLiteral("--account wants user:password[:totpsecret]"));
        const QString user = spec.left(first);
        QString password = spec.mid(first + 1);
        QString totp;
        const int last = int(password.lastIndexOf(QLatin1Char(':')));
        if (last >= 0) {
            totp = password.mid(last + 1);
            password = password.left(last);
        }
        if (password.isEmpty())
            fail(QStringLiteral("--account %1: the password is empty").arg(user));
        const bool fresh = !emulator.hasAccount(user);
        emulator.addAccount(user, password, totp);
        if (fresh)
            accountNames << user;
    }
    const bool seedDemo = parser.isSet(QStringLiteral("demo")) && !emulator.hasAccount(QStringLiteral("demo"));
    if (seedDemo)
        emulator.seedDemo();
    if (extraTokens > 0) {
        QString target;
        if (parser.isSet(QStringLiteral("demo")))
            target = seedDemo ? QStringLiteral("demo") : QString();
        else if (!accountNames.isEmpty())
            target = accountNames.constFirst();
        else if (parser.values(QStringLiteral("account")).isEmpty())
            fail(QStringLiteral("--tokens needs --demo or an --account"));
        if (!target.isEmpty()) // with a state file, only when the account was just created
            emulator.seedBulk(target, extraTokens);
    }

    QString error;
    if (!emulator.listen(&error))
        fail(error);
    installSignalHandlers(&app);

    std::fprintf(stdout, "%s\n", qPrintable(emulator.baseUrl().toString()));
    for (const QString &spec : parser.values(QStringLiteral("docker-session"))) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        bool lifetimeOk = parts.size() == 1;
        const int lifetime = parts.size() == 2 ? parts.at(1).toInt(&lifetimeOk) : 3600;
        if (parts.size() > 2 || !lifetimeOk || lifetime < 1)
            fail(QStringLiteral("--docker-session wants user[:secs]"));
        const QString jwt = emulator.mintDockerSession(parts.at(0), lifetime);
        if (jwt.isEmpty())
            fail(QStringLiteral("--docker-session: no account named %1").arg(parts.at(0)));
        std::fprintf(stdout, "%s\n", qPrintable(jwt));
    }
    std::fflush(stdout);
    return app.exec();
}
