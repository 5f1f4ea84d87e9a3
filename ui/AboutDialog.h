#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

// Help → About: the app's version, the Qt it runs on, its licence, the server in use, and in one line what the app
// stores where. The texts follow the language.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    struct Facts {
        QString version; // the app's
        QString server; // as the window names it: "https://… (demo)", "… (local server)" or the address
        QString settingsFile; // where AppSettings writes
    };

    explicit AboutDialog(Facts facts, QWidget *parent = nullptr);

    // For tests: the words shown.
    QString versionText() const;
    QString qtText() const;
    QString licenceText() const;
    QString serverText() const;
    QString storageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Facts m_facts;
    QLabel *m_title = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_qt = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_storage = nullptr;
    QPushButton *m_close = nullptr;
};
