#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

// Where the tokens are: the table, or — in its place — "You have no access tokens yet" (with Generate) once a list
// has arrived empty, or "No tokens match your search" (with Clear filters) when the filters hide every row.
class TokenStack : public QStackedWidget {
    Q_OBJECT
public:
    enum class Page { Table, Empty, NoMatch };

    // `table` becomes the first page.
    explicit TokenStack(QWidget *table, QWidget *parent = nullptr);

    // Shows the page for: whether a list has arrived, how many tokens there are, and how many the filters show.
    // Keeps the keyboard focus on the stack if it was there.
    void showFor(bool loaded, int tokens, int shown);
    Page page() const;
    // "table", "empty", "noMatch" (for tests).
    QString pageName() const;

Q_SIGNALS:
    void generateClicked();
    void clearFiltersClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QWidget *m_table;
    QWidget *m_empty = nullptr;
    QWidget *m_noMatch = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyGenerate = nullptr;
    QLabel *m_noMatchTitle = nullptr;
    QLabel *m_noMatchText = nullptr;
    QPushButton *m_clearFilters = nullptr;
};
