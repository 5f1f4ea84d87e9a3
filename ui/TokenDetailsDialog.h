#pragma once

#include "models/AccessToken.h"

#include <QDialog>
#include <QList>

#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

// Read-only details of one token.
class TokenDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit TokenDetailsDialog(const AccessToken &token, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // One line of the form: its label and value, made in the current language and locale.
    struct Row {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
        std::function<QString()> labelText;
        std::function<QString()> valueText;
        std::function<QString()> accessibleName;
    };
    void retranslateUi();

    QList<Row> m_rows;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};
