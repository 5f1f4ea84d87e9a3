#include "AppMenus.h"

#include "AboutDialog.h"
#include "app/hub/HubClient.h"
#include "app/settings/AppSettings.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

AppMenus::AppMenus(QMainWindow *window, HubClient *client, AppSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_settings(settings)
{
    QMenuBar *bar = window->menuBar();

    m_quit = new QAction(window); // texts: retranslate()
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &AppMenus::quitRequested);
    window->addAction(m_quit);
    m_fileMenu = new QMenu(bar);
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quit);
    // File comes first, before the window's own menus.
    bar->insertMenu(bar->actions().value(0), m_fileMenu);

    m_about = new QAction(window);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &AppMenus::showAbout);
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_about);

    retranslate();
}

void AppMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Hub Tokens"));
}

QString AppMenus::serverText() const
{
    const QUrl server = m_client->baseUrl();
    const QString shown = server.toDisplayString(QUrl::StripTrailingSlash);
    // The words the sign-in dialog uses for the same servers.
    if (m_demo)
        return QCoreApplication::translate("MainWindow", "%1 (demo)").arg(shown);
    if (HubClient::isLoopback(server))
        return QCoreApplication::translate("MainWindow", "%1 (local server)").arg(shown);
    return shown;
}

AboutDialog *AppMenus::aboutDialog() const
{
    return m_aboutDialog;
}

void AppMenus::showAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(HUBTOKENS_VERSION);
    auto *dialog = new AboutDialog({version, serverText(), m_settings->fileName()}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog = dialog;
    dialog->open();
}
