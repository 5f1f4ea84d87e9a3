#pragma once

#include "models/AccessToken.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class TokenCore;

// The preview of a clean-up ("Delete all expired…", "Deactivate unused for N days…"): which tokens, each with the
// date that put it on the list, and a button that says what it will do to how many. Accepting runs the core's bulk
// operation (TokenCore::remove or setActive(…, false)), whose per-item report comes as TokenCore::bulkFinished; the
// dialog closes at once (the window shows the progress and the report).
class CleanupPreviewDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { DeleteExpired, DeactivateUnused };

    // `days`: the unused period (DeactivateUnused only).
    CleanupPreviewDialog(TokenCore *core, Kind kind, const QList<AccessToken> &tokens, int days, const QDateTime &now,
                         QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    const QList<AccessToken> &tokens() const { return m_tokens; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *confirmButton() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The operation was handed to the core, for these uuids.
    void started(const QStringList &uuids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    TokenCore *m_core;
    Kind m_kind;
    QList<AccessToken> m_tokens;
    int m_days;
    QDateTime m_now;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
};
