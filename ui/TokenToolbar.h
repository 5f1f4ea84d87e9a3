#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class TokenFilterProxyModel;
class TokenTableModel;

// The row above the table: Generate, the search field, the status and source filters (they drive the proxy model
// directly), Refresh, the counts ("3 active · 1 inactive", then "· 3 of 5 auto-generated" when Docker Desktop made
// any) and "Delete selected (N)" while rows are selected.
class TokenToolbar : public QWidget {
    Q_OBJECT
public:
    TokenToolbar(TokenTableModel *model, TokenFilterProxyModel *proxy, QWidget *parent = nullptr);

    // Generate and Refresh work only while signed in.
    void setSignedIn(bool signedIn);
    // How many rows are selected: "Delete selected (N)", hidden at 0.
    void setSelectedCount(int n);
    // Whether a list has arrived: until then, and while there are no rows, the counts read "Loading…" (while signed
    // in) instead of zeros. `partOfList`: the rows are the first pages of a list (TokenCore::isPartial), whose counts
    // would be untrue too: they read "Loading…" while that list is under way (`listLoading`), else nothing.
    void setCountsKnown(bool known, bool partOfList = false, bool listLoading = false);
    // Recounts from the model and the proxy.
    void updateCounts();
    // Empties the search and shows every status and source.
    void clearFilters();
    // Puts the cursor in the search field, its text selected (Ctrl+F).
    void focusSearch();

    QPushButton *generateButton() const { return m_generate; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *sourceFilter() const { return m_sourceFilter; }
    QToolButton *refreshButton() const { return m_refresh; }
    QPushButton *deleteSelectedButton() const { return m_deleteSelected; }

Q_SIGNALS:
    void generateClicked();
    void refreshClicked();
    void deleteSelectedClicked();
    // Down in the search field: go to the table.
    void tableFocusRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
    int m_selected = 0;
    bool m_countsKnown = false;
    bool m_partOfList = false;
    bool m_listLoading = false;
    bool m_signedIn = false;
    QPushButton *m_generate = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_searchIcon = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_autoCount = nullptr; // "· 3 of 5 auto-generated", with Docker's explanation as its tooltip
    QPushButton *m_deleteSelected = nullptr;
};
