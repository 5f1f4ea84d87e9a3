#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; });
}

// A value of type "string" or "localestring": a backslash is written "\\" (Desktop Entry Specification, "Possible
// value types"); line breaks never reach here.
QString escapeValue(const QString &value)
{
    QString out = value;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    return out;
}

} // namespace

QString AutostartError::message() const
{
    QString text;
    switch (kind) {
    case Kind::UnusableProgram:
        text = QCoreApplication::translate("AutostartEntry",
                                           "Hub Tokens cannot start itself at login from “%1”: the program's path "
                                           "must be absolute and on one line.")
                   .arg(path);
        break;
    case Kind::CannotCreateFolder:
        text = QCoreApplication::translate("AutostartEntry", "The folder %1 could not be created.").arg(path);
        break;
    case Kind::CannotWrite:
        text = QCoreApplication::translate("AutostartEntry", "The start-up entry %1 could not be written.").arg(path);
        break;
    case Kind::CannotRemove:
        text = QCoreApplication::translate("AutostartEntry", "The start-up entry %1 could not be removed.").arg(path);
        break;
    }
    if (!detail.isEmpty()) {
        //: An error sentence (%1), then the system's own words for the cause (%2).
        text = QCoreApplication::translate("AutostartEntry", "%1 (%2)").arg(text, detail);
    }
    return text;
}

AutostartEntry::AutostartEntry(const QString &desktopId, const QString &configHome)
    : m_desktopId(desktopId)
    , m_configHome(configHome.isEmpty() ? xdgConfigHome() : configHome)
{
}

QString AutostartEntry::xdgConfigHome()
{
    const QString configured = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The base directory specification: a relative path is invalid and ignored.
    if (!configured.isEmpty() && QDir::isAbsolutePath(configured))
        return QDir::cleanPath(configured);
    return QDir::homePath() + QLatin1String("/.config");
}

QString AutostartEntry::filePath() const
{
    return m_configHome + QLatin1String("/autostart/") + m_desktopId + QLatin1String(".desktop");
}

bool AutostartEntry::isInstalled() const
{
    return QFileInfo::exists(filePath());
}

QString AutostartEntry::execArgument(const QString &program)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString arg = program;
    const bool needsQuotes = std::any_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); });
    if (needsQuotes) {
        QString quoted;
        for (const QChar c : arg) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        arg = u'"' + quoted + u'"';
    }
    arg.replace(QLatin1String("%"), QLatin1String("%%")); // not a field code
    return escapeValue(arg);
}

QByteArray AutostartEntry::contents(const QString &program)
{
    if (program.isEmpty() || !QDir::isAbsolutePath(program) || hasControlCharacter(program))
        return {};
    const QString comment = QCoreApplication::translate(
        "AutostartEntry", "Reminds you of Docker Hub access tokens that are about to expire");
    QStringList lines{
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Name=Hub Tokens"),
        QStringLiteral("Comment=") + escapeValue(comment),
        QStringLiteral("Icon=") + QLatin1String(DefaultDesktopId),
        QStringLiteral("TryExec=") + escapeValue(program),
        QStringLiteral("Exec=") + execArgument(program) + u' ' + QLatin1String(CheckRemindersOption),
        QStringLiteral("Terminal=false"),
        QStringLiteral("X-GNOME-Autostart-enabled=true"),
        QStringLiteral("X-GNOME-Autostart-Delay=60"),
    };
    return (lines.join(u'\n') + u'\n').toUtf8();
}

std::optional<AutostartError> AutostartEntry::install(const QString &program) const
{
    const QByteArray text = contents(program);
    if (text.isEmpty())
        return AutostartError{AutostartError::Kind::UnusableProgram, program, {}};
    const QString folder = QFileInfo(filePath()).path();
    if (!QDir().mkpath(folder))
        return AutostartError{AutostartError::Kind::CannotCreateFolder, folder, {}};
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return AutostartError{AutostartError::Kind::CannotWrite, filePath(), file.errorString()};
    return std::nullopt;
}

std::optional<AutostartError> AutostartEntry::remove() const
{
    QFile file(filePath());
    if (!file.exists())
        return std::nullopt;
    if (!file.remove())
        return AutostartError{AutostartError::Kind::CannotRemove, filePath(), file.errorString()};
    return std::nullopt;
}
