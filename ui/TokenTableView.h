#pragma once

#include "models/AccessToken.h"

#include <QByteArray>
#include <QList>
#include <QTableView>

class TokenFilterProxyModel;
class TokenTableModel;

// The token table as the window shows it: rows selected whole, sorted on the model's raw values (newest first by
// default), the activation switch and the "⋯" menu as delegates, Description taking the spare width, header sections
// wide enough for their titles and the scope names in the current language. The keys a person expects: Delete
// deletes the selection, Enter (or a double-click) shows details, Space flips the switch, the Menu key opens the
// row's menu. It asks; the window acts (signals below).
class TokenTableView : public QTableView {
    Q_OBJECT
public:
    TokenTableView(TokenTableModel *model, TokenFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The selected tokens, in the order they are shown.
    QList<AccessToken> selectedTokens() const;
    // The uuid of the current row, or an empty string.
    QString currentUuid() const;
    // Makes `uuid` the current, only selected row and scrolls to it (if it is shown).
    void selectToken(const QString &uuid);
    // Moves focus here and, if no row is current, makes the first one current.
    void focusFirstRow();

    // Widens header sections whose title would not fit (another language, another font).
    void fitHeaderSections();
    // Column widths and sort order, as saved by saveHeaderState(); whatever was saved, Description stretches.
    void restoreHeaderState(const QByteArray &state);
    QByteArray saveHeaderState() const;

Q_SIGNALS:
    void toggleRequested(const QString &uuid);
    void detailsRequested(const QString &uuid);
    void deleteRequested();
    // The row's menu, to be shown at `globalPos`.
    void menuRequested(const QString &uuid, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupHeader();
    void forgetSelectionOnListChanges();
    // Hides the columns the details dialog also shows (Source, then Created, then Last used) while the table is
    // too narrow to give Description a readable width, and shows them again when there is room.
    void collapseColumns();
    int m_scopeFullWidth = 0; // Scope's width before collapseColumns() narrowed it; 0 while it is not narrowed

    TokenTableModel *m_model;
    TokenFilterProxyModel *m_proxy;
};
