#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A strip above the table: an icon, a bold title, a message, an optional action button (Retry, Sign in) and a
// close button. The data below it stays as it was.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the banner. An empty actionLabel hides the action button.
    void showMessage(Kind kind, const QString &title, const QString &message, const QString &actionLabel = {});
    void dismiss();

    Kind kind() const { return m_kind; }
    QString title() const;
    QString message() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

private:
    Kind m_kind = Kind::Error;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
};
