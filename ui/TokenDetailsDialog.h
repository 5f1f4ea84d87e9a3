#pragma once

#include "AccessToken.h"

#include <QDialog>

// Read-only details of one token.
class TokenDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit TokenDetailsDialog(const AccessToken &token, QWidget *parent = nullptr);
};
