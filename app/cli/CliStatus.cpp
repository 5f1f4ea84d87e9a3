#include "CliStatus.h"

#include "CliOutput.h"

#include <QLocale>

void CliStatus::show(const QString &text)
{
    if (!m_enabled)
        return;
    // Back to the start of the line, the text, then erase whatever an earlier, longer text left.
    CliOutput::raw(QStringLiteral("\r") + text + QStringLiteral("\x1b[K"));
    m_shown = true;
}

void CliStatus::clear()
{
    if (!m_shown)
        return;
    CliOutput::raw(QStringLiteral("\r\x1b[K"));
    m_shown = false;
}

void CliStatus::listing(int loaded, int total)
{
    const QLocale locale;
    if (total > 0)
        show(tr("Listing tokens… %1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    else
        show(tr("Listing tokens…"));
}

void CliStatus::retrying(const QString &what, int secondsToWait)
{
    show(tr("%1 — retrying in %n second(s)…", nullptr, secondsToWait).arg(what));
}
