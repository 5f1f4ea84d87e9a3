#include "CleanupPreviewDialog.h"

#include "DialogParts.h"
#include "app/hygiene/TokenSelection.h"
#include "app/tokens/TokenCore.h"
#include "models/RelativeTime.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CleanupPreviewDialog::CleanupPreviewDialog(TokenCore *core, Kind kind, const QList<AccessToken> &tokens, int days,
                                           const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_kind(kind)
    , m_tokens(tokens)
    , m_days(days)
    , m_now(now)
{
    setObjectName(QStringLiteral("cleanupPreviewDialog"));
    auto *layout = new QVBoxLayout(this);
    m_title = DialogParts::titleLabel(QString(), this);
    layout->addWidget(m_title);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("cleanupList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setColumnCount(2);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const AccessToken &t : std::as_const(m_tokens)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, t.uuid);
        item->setText(0, t.label);
        item->setToolTip(0, t.uuid);
    }
    layout->addWidget(m_list, 1);

    m_note = DialogParts::hintLabel(QString(), this);
    layout->addWidget(m_note);

    // The confirming button is not a standard one: a standard button takes back its own text ("OK") when the
    // language changes, after this dialog has set "Delete 3 tokens".
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    confirmButton()->setObjectName(QStringLiteral("cleanupConfirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cleanupCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter does not delete
    confirmButton()->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CleanupPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CleanupPreviewDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
    DialogParts::setPreferredWidth(this, 560);
    DialogParts::refitWhenShown(this);
}

QPushButton *CleanupPreviewDialog::confirmButton() const
{
    return m_confirm;
}

void CleanupPreviewDialog::accept()
{
    const QStringList uuids = TokenSelection::uuids(m_tokens);
    if (!uuids.isEmpty()) {
        if (m_kind == Kind::DeleteExpired)
            m_core->remove(uuids);
        else
            m_core->setActive(uuids, false);
        Q_EMIT started(uuids);
    }
    QDialog::accept();
}

void CleanupPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CleanupPreviewDialog::retranslateUi()
{
    const int n = int(m_tokens.size());
    if (m_kind == Kind::DeleteExpired) {
        setWindowTitle(tr("Delete all expired tokens"));
        m_title->setText(tr("Delete %n expired token(s)?", nullptr, n));
        m_text->setText(tr("These tokens have expired and can no longer be used. Deleting them removes them from "
                           "your Docker Hub account for good."));
        m_list->setHeaderLabels({tr("Description"), tr("Expired")});
        m_note->setText(tr("This can't be undone."));
        confirmButton()->setText(tr("Delete %n token(s)", nullptr, n));
    } else {
        setWindowTitle(tr("Deactivate unused tokens"));
        m_title->setText(tr("Deactivate %n token(s) unused for %1 days or more?", nullptr, n).arg(m_days));
        m_text->setText(tr("A deactivated token stops working until you activate it again. A token that was "
                           "never used counts from the day it was created."));
        m_list->setHeaderLabels({tr("Description"), tr("Last used")});
        m_note->setText(tr("You can activate them again at any time."));
        confirmButton()->setText(tr("Deactivate %n token(s)", nullptr, n));
    }
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_tokens.size(); ++i) {
        const AccessToken &t = m_tokens.at(i);
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (m_kind == Kind::DeleteExpired) {
            item->setText(1, RelativeTime::date(t.expiresAt));
        } else if (t.lastUsed.isValid()) {
            item->setText(1, RelativeTime::format(t.lastUsed, m_now));
        } else {
            //: A token never used, and when it was created: "Never (created 3 months ago)"
            item->setText(1, tr("Never (created %1)").arg(RelativeTime::format(t.createdAt, m_now)));
        }
    }
}
