#pragma once

#include "CliOutput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// A line of progress on stderr while the person waits ("Listing tokens… 300 of 1,200"), rewritten in place and wiped
// when done. Only on a terminal: in a pipe or a log nothing is written. The place for "retrying…" too, when the
// client reports a retry (ApiRequest::retrying).
class CliStatus {
    Q_DECLARE_TR_FUNCTIONS(CliStatus)
public:
    explicit CliStatus(bool enabled) { m_enabled = enabled; }
    ~CliStatus() { clear(); }
    CliStatus(const CliStatus &) = delete;
    CliStatus &operator=(const CliStatus &) = delete;

    void show(const QString &text)
    {
        if (!m_enabled)
            return;
        // Back to the start of the line, the text, then erase whatever an earlier, longer text left.
        CliOutput::raw(QStringLiteral("\r") + text + QStringLiteral("\x1b[K"));
        m_shown = true;
    }
    void clear()
    {
        if (m_shown)
            CliOutput::raw(QStringLiteral("\r\x1b[K"));
        m_shown = false;
    }

    void listing(int loaded, int total)
    {
        const QLocale locale;
        show(total > 0 ? tr("Listing tokens… %1 of %2").arg(locale.toString(loaded), locale.toString(total))
                       : tr("Listing tokens…"));
    }
    // A call failed for a while and is tried again (when the client says so).
    void retrying(const QString &what, int secondsToWait)
    {
        show(tr("%1 — retrying in %n second(s)…", nullptr, secondsToWait).arg(what));
    }

private:
    bool m_enabled;
    bool m_shown = false;
};
