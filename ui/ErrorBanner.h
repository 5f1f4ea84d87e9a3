#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

// A strip above the table: an icon, a bold title, a message, an optional action button (Retry, Sign in) or two and a
// close button. The data below it stays as it was.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    struct Texts {
        QString title;
        QString message;
        QString actionLabel; // empty: no action button
        QString secondActionLabel = {}; // empty: no second action button
    };
    // Makes the banner's words; called again when the language changes, so they follow it.
    using TextSource = std::function<Texts()>;

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows the banner. An empty actionLabel hides the action button. These words stay as given.
    void showMessage(Kind kind, const QString &title, const QString &message, const QString &actionLabel = {});
    // Shows the banner with words that are made anew on every language change.
    void showMessage(Kind kind, TextSource texts);
    void dismiss();
    // Makes the words again from their TextSource (a countdown in them moves on), without announcing them anew.
    void refreshTexts();

    Kind kind() const { return m_kind; }
    QString title() const;
    QString message() const;
    QPushButton *actionButton() const { return m_action; }
    QPushButton *secondActionButton() const { return m_second; }

Q_SIGNALS:
    void actionTriggered();
    void secondActionTriggered();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyColours(); // for m_kind, from the application's palette
    void setTexts(const Texts &texts);

    TextSource m_texts;
    Kind m_kind = Kind::Error;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_second = nullptr;
    QToolButton *m_close = nullptr;
};
