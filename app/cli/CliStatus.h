#pragma once

#include <QCoreApplication>
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

    void show(const QString &text);
    void clear();

    void listing(int loaded, int total);
    // A call failed for a while and is tried again (when the client says so).
    void retrying(const QString &what, int secondsToWait);

private:
    bool m_enabled;
    bool m_shown = false;
};
