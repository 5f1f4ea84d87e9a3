#pragma once

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class AppSettings;
class QCheckBox;
class QLabel;
class QLineEdit;

// The "Expiry reminders" part of Preferences (issue 10): reminders on or off, the thresholds in days ("30, 7, 1"),
// and "Remind me even when Hub Tokens is closed", which installs the XDG autostart entry (AutostartEntry) and is
// offered only while "Stay signed in" keeps a session (the check at login never asks for a password).
class ReminderPreferences : public QWidget {
    Q_OBJECT
public:
    explicit ReminderPreferences(AppSettings *settings, QWidget *parent = nullptr);

    // Whether a session is kept: without one the autostart choice is off and disabled.
    void setStaySignedIn(bool on);

    // "30, 7, 1" → {30, 7, 1}, normalized (AppSettings::normalizeReminderThresholds); nullopt when it is not a list
    // of whole days from 1 to 365.
    static std::optional<QList<int>> parseThresholds(const QString &text);
    static QString thresholdsText(const QList<int> &days);

    // An empty string when the fields are fine, else what is wrong (shown under the field too).
    QString check();
    // Stores the choices; installs or removes the autostart entry when that choice changed. Returns the error's
    // words when the entry could not be written or removed (the other choices are stored anyway).
    QString save();

    // Tests: the program the autostart entry starts, and where it goes (default: this program, $XDG_CONFIG_HOME).
    void setAutostartTarget(const QString &program, const QString &configHome);

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QCheckBox *whenClosedBox() const { return m_whenClosed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    AppSettings *m_settings;
    bool m_staySignedIn = false;
    QString m_program;
    QString m_configHome;
    QLabel *m_title = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_thresholdsLabel = nullptr;
    QLineEdit *m_thresholds = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_whenClosed = nullptr;
    QLabel *m_whenClosedHint = nullptr;
};
