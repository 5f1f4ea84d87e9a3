// hubtokens-cli: Docker Hub personal access tokens from the command line. QCoreApplication only: it works over SSH,
// in CI and anywhere without a display.
#include "CliApp.h"
#include "CliExit.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubtokens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("HubTokens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBTOKENS_VERSION));

    CliApp cli;
    QObject::connect(
        &cli, &CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    const int code = cli.start(QCoreApplication::arguments());
    return code != CliExit::Running ? code : QCoreApplication::exec();
}
