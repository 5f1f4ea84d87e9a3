#pragma once

#include <QDialog>

class AppSettings;
class ClipboardGuard;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class ReminderPreferences;

// "Preferences": how long a copied token stays on the clipboard (10 s to 5 min, or never), the expiry reminders
// (ReminderPreferences), and Docker's registry key (empty: Docker Hub's). OK stores them in AppSettings and applies the delay to the ClipboardGuard at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(AppSettings *settings, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    // Seconds as the dialog shows them now: 0 = never.
    int clearDelay() const;
    void setClearDelay(int seconds);
    // Whether "Stay signed in" keeps a session: "Remind me even when Hub Tokens is closed" needs one.
    void setStaySignedIn(bool on);
    ReminderPreferences *reminders() const { return m_reminders; }
    // Why `key` can't be a registry key, or empty when it can (empty is Docker Hub's key).
    static QString registryProblem(const QString &key);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    AppSettings *m_settings;
    ClipboardGuard *m_clipboard;
    QLabel *m_title = nullptr;
    QCheckBox *m_autoClear = nullptr;
    QLabel *m_afterLabel = nullptr;
    QSpinBox *m_seconds = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ReminderPreferences *m_reminders = nullptr;
    QLabel *m_dockerTitle = nullptr;
    QLabel *m_registryLabel = nullptr;
    QLineEdit *m_registry = nullptr;
    QLabel *m_registryError = nullptr;
    QLabel *m_registryHint = nullptr;
};
