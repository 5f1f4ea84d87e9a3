#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// What went wrong writing or removing the autostart entry.
struct AutostartError {
    enum class Kind {
        UnusableProgram, // the program path is empty, relative, or holds a line break or other control character
        CannotCreateFolder,
        CannotWrite,
        CannotRemove,
    };
    Kind kind = Kind::CannotWrite;
    QString path; // the file or folder concerned
    QString detail; // the system's words, if any

    // One translated sentence for a message box or stderr.
    QString message() const;
};

// "Remind me even when Hub Tokens is closed": an XDG autostart entry (the freedesktop Desktop Application Autostart
// specification) at $XDG_CONFIG_HOME/autostart/<desktop id>.desktop — ~/.config/autostart/ when XDG_CONFIG_HOME is
// unset, empty or relative. It starts `<program> --check-reminders` at login.
//
// What `hubtokens --check-reminders` must do (main.cpp): no window at first. Resume the kept session
// (SessionKeeper; without one, or when it has expired, exit 0 quietly: the entry never asks for a password). If
// neither the notification service (DesktopNotifier::isAvailable) nor a system tray is there, exit 0 without
// checking, so that the reminder stays due for the window. Otherwise list the tokens, call ReminderService::check()
// once with them, and:
// - nothing due, or reminders off: exit 0;
// - a notification shown (ReminderService::notified): stay running, windowless, until it is clicked
//   (ReminderService::activated: show the main window filtered to those uuids and carry on as the normal app) or
//   closed (ReminderService::closed: exit 0);
// - no notification service (fallbackNeeded): a tray icon with the reminder as its message; a click opens the window
//   filtered to reminder.uuids(), dismissing it exits.
// Errors (offline, Hub down) end it quietly with exit 0; the next login tries again.
//
// The entry carries TryExec (so it does nothing once the program is gone) and a 60-second start delay for GNOME, so
// that the keyring is unlocked and the network is up. install() and remove() write the file only when asked: a
// person who turned the entry off in their desktop's start-up settings is not overruled on the next start.
class AutostartEntry {
public:
    static constexpr char DefaultDesktopId[] = "io.github.hubtokens.HubTokens";
    static constexpr char CheckRemindersOption[] = "--check-reminders";

    // `configHome` empty: $XDG_CONFIG_HOME or ~/.config, read now.
    explicit AutostartEntry(const QString &desktopId = QLatin1String(DefaultDesktopId), const QString &configHome = {});

    // $XDG_CONFIG_HOME if set to an absolute path, else $HOME/.config.
    static QString xdgConfigHome();

    QString filePath() const;
    bool isInstalled() const;
    // Writes the entry for `program` (an absolute path, e.g. QCoreApplication::applicationFilePath()), creating the
    // folder if needed, atomically. nullopt on success.
    std::optional<AutostartError> install(const QString &program) const;
    // Removes the entry; removing one that is not there succeeds.
    std::optional<AutostartError> remove() const;

    // The .desktop file for `program`; empty if the program path is unusable.
    static QByteArray contents(const QString &program);
    // `program` quoted for an Exec key (Desktop Entry Specification: double quotes around an argument with reserved
    // characters, backslash before " ` $ \ inside them, then the string escaping of backslashes, and % doubled).
    static QString execArgument(const QString &program);

private:
    QString m_desktopId;
    QString m_configHome;
};
