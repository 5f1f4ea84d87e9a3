#include "RowMenu.h"

#include <QAction>

RowMenu::RowMenu(const AccessToken &token, bool expired, bool pending, QWidget *parent)
    : QMenu(parent)
    , m_uuid(token.uuid)
{
    setObjectName(QStringLiteral("rowMenu"));
    setAccessibleName(tr("Actions for %1").arg(tr("“%1”").arg(token.label)));
    setToolTipsVisible(true);
    const QString uuid = token.uuid;

    QAction *toggle = addAction(token.active ? tr("Deactivate") : tr("Activate"));
    toggle->setObjectName(QStringLiteral("actionToggle"));
    toggle->setEnabled(!expired && !pending);
    if (expired)
        toggle->setToolTip(tr("Expired tokens can only be deleted."));
    connect(toggle, &QAction::triggered, this, [this, uuid] { Q_EMIT toggleRequested(uuid); });

    QAction *edit = addAction(expired ? tr("Edit — expired tokens can't be edited") : tr("Edit…"));
    edit->setObjectName(QStringLiteral("actionEdit"));
    edit->setEnabled(!expired);
    if (expired)
        edit->setToolTip(
            tr("This token has expired. Expired tokens can only be deleted; generate a new token instead."));
    connect(edit, &QAction::triggered, this, [this, uuid] { Q_EMIT editRequested(uuid); });

    QAction *rotate = addAction(tr("Rotate…"));
    rotate->setObjectName(QStringLiteral("actionRotate"));
    rotate->setEnabled(!pending);
    rotate->setToolTip(tr("Replace this token with a new one and deactivate it"));
    connect(rotate, &QAction::triggered, this, [this, uuid] { Q_EMIT rotateRequested(uuid); });

    QAction *details = addAction(tr("Details…"));
    details->setObjectName(QStringLiteral("actionDetails"));
    connect(details, &QAction::triggered, this, [this, uuid] { Q_EMIT detailsRequested(uuid); });

    QAction *copy = addAction(tr("Copy UUID"));
    copy->setObjectName(QStringLiteral("actionCopyUuid"));
    connect(copy, &QAction::triggered, this, [this, uuid] { Q_EMIT copyUuidRequested(uuid); });

    addSeparator();
    QAction *del = addAction(tr("Delete…"));
    del->setObjectName(QStringLiteral("actionDelete"));
    connect(del, &QAction::triggered, this, [this, uuid] { Q_EMIT deleteRequested(uuid); });
}
