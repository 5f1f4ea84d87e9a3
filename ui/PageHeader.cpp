#include "PageHeader.h"

#include "FlowLayout.h"
#include "app/hub/HubClient.h"
#include "app/settings/LanguageManager.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

PageHeader::PageHeader(QWidget *parent)
    : QWidget(parent)
{
    // The title, and the account on the right of its line or, when the window is narrow, on lines of its own.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto *top = new FlowLayout(nullptr, 10, 4);
    column->addLayout(top);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    top->addWidget(m_title);
    column->addWidget(m_subtitle);

    auto *account = new QWidget(this);
    account->setObjectName(QStringLiteral("accountArea"));
    auto *accountRow = new FlowLayout(account, 8, 4);
    m_serverChip = new QLabel(account);
    m_serverChip->setObjectName(QStringLiteral("serverChip"));
    m_serverChip->hide();
    m_accountLabel = new QLabel(account);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);
    m_signOut = new QPushButton(account);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAutoDefault(false);
    connect(m_signOut, &QPushButton::clicked, this, &PageHeader::signOutClicked);
    m_languageButton = new QToolButton(account);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_languageMenu = new QMenu(m_languageButton);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageButton->setMenu(m_languageMenu);
    m_languageButton->hide(); // until setLanguageManager()
    for (QWidget *w : {static_cast<QWidget *>(m_serverChip), static_cast<QWidget *>(m_accountLabel),
                       static_cast<QWidget *>(m_signOut), static_cast<QWidget *>(m_languageButton)})
        accountRow->addRightWidget(w);
    top->addRightWidget(account);
    retranslateUi();
}

void PageHeader::setAccount(const QString &username, const QUrl &server, bool demo)
{
    m_username = username;
    const bool hub =
        server.adjusted(QUrl::StripTrailingSlash) == HubClient::defaultBaseUrl().adjusted(QUrl::StripTrailingSlash);
    m_server = hub ? QString() : server.toDisplayString(QUrl::StripTrailingSlash);
    m_demo = demo;
    m_loopback = HubClient::isLoopback(server);
    retranslateUi();
}

void PageHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PageHeader::retranslateUi()
{
    m_title->setText(tr("Personal access tokens"));
    m_title->setAccessibleName(m_title->text());
    m_subtitle->setText(tr("You can use a personal access token (PAT) as an alternative to your password for "
                           "Docker CLI authentication."));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_languageButton->setToolTip(tr("Language"));
    m_languageButton->setAccessibleName(tr("Language"));
    if (m_systemLanguage)
        m_systemLanguage->setText(tr("System default"));

    const bool signedIn = !m_username.isEmpty();
    m_accountLabel->setText(signedIn ? tr("Signed in as %1").arg(m_username) : tr("Not signed in"));
    m_accountLabel->setAccessibleName(m_accountLabel->text());
    m_signOut->setVisible(signedIn);
    if (m_server.isEmpty()) {
        m_serverChip->hide();
    } else {
        if (m_demo)
            m_serverChip->setText(tr("Demo server %1").arg(m_server));
        else if (m_loopback)
            m_serverChip->setText(tr("Local server %1").arg(m_server));
        else
            m_serverChip->setText(tr("Server %1").arg(m_server));
        m_serverChip->setToolTip(tr("Not Docker Hub: tokens here are not your Docker Hub tokens."));
        m_serverChip->setAccessibleName(m_serverChip->text());
        m_serverChip->show();
    }
}

void PageHeader::setLanguageManager(LanguageManager *languages)
{
    m_languages = languages;
    m_languageMenu->clear();
    delete m_languageGroup;
    m_languageGroup = nullptr;
    m_systemLanguage = nullptr;
    m_languageButton->setVisible(languages != nullptr);
    if (!languages)
        return;

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const auto add = [this](const QString &text, const QString &code) {
        QAction *action = m_languageMenu->addAction(text);
        action->setObjectName(
            QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setData(code);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages)
                m_languages->select(code);
        });
        return action;
    };
    m_systemLanguage = add(tr("System default"), QString());
    m_languageMenu->addSeparator();
    const QStringList codes = LanguageManager::supportedLanguages();
    for (const QString &code : codes)
        add(LanguageManager::nativeName(code), code);
    connect(languages, &LanguageManager::languageChanged, this, &PageHeader::updateLanguageMenu);
    updateLanguageMenu();
}

void PageHeader::updateLanguageMenu()
{
    if (!m_languages || !m_languageGroup)
        return;
    const QList<QAction *> actions = m_languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages->chosen());
    m_languageButton->setText(LanguageManager::nativeName(m_languages->current()));
    // The menu arrow is drawn in the button's bottom-right corner: leave the centred name room to clear it.
    m_languageButton->setMinimumWidth(0);
    m_languageButton->setMinimumWidth(m_languageButton->sizeHint().width() + m_languageButton->fontMetrics().height());
}
