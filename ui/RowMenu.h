#pragma once

#include "models/AccessToken.h"

#include <QMenu>

// The "⋯" menu of one row (also the context menu and the Menu key): Activate or Deactivate, Edit…, Rotate…, Details…,
// Copy UUID, Delete…. Expired tokens can only be deleted, and say so; a token waiting for the server can't be
// switched again. It asks; the window acts on the signals.
class RowMenu : public QMenu {
    Q_OBJECT
public:
    RowMenu(const AccessToken &token, bool expired, bool pending, QWidget *parent = nullptr);

    QString uuid() const { return m_uuid; }

Q_SIGNALS:
    void toggleRequested(const QString &uuid);
    void editRequested(const QString &uuid);
    void rotateRequested(const QString &uuid);
    void detailsRequested(const QString &uuid);
    void copyUuidRequested(const QString &uuid);
    void deleteRequested(const QString &uuid);

private:
    QString m_uuid;
};
