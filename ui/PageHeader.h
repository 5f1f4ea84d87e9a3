#pragma once

#include <QWidget>

class LanguageManager;
class QActionGroup;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QUrl;

// The top of the window: "Personal access tokens" with Docker's sentence under it, and on the right the server (when
// it is not Docker Hub), who is signed in, Sign out and the language button (the current language's own name; a menu
// of the others, each in its own language).
class PageHeader : public QWidget {
    Q_OBJECT
public:
    explicit PageHeader(QWidget *parent = nullptr);

    // Who is signed in where; an empty username: nobody. A server other than Docker Hub is named in a chip: "Demo
    // server" for the emulator that --demo started (`demo`), "Local server" for another on this computer.
    void setAccount(const QString &username, const QUrl &server, bool demo);
    // Adds the language menu (nullptr: none; tests and the screenshot tool go without).
    void setLanguageManager(LanguageManager *languages);

    QPushButton *signOutButton() const { return m_signOut; }
    QToolButton *languageButton() const { return m_languageButton; }

Q_SIGNALS:
    void signOutClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateLanguageMenu();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_serverChip = nullptr;
    QPushButton *m_signOut = nullptr;
    QToolButton *m_languageButton = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguage = nullptr;
    LanguageManager *m_languages = nullptr;
    QString m_username;
    QString m_server; // shown form; empty when it is Docker Hub
    bool m_demo = false;
    bool m_loopback = false;
};
