#pragma once

#include "models/TokenScope.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;

// "Access permissions": the four scopes as radio buttons, each with its one-line description underneath.
class ScopePicker : public QWidget {
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    // The checked scope; nullopt when none is (a legacy token that has not been given one).
    std::optional<TokenScope> scope() const;
    void setScope(std::optional<TokenScope> scope);
    QRadioButton *button(TokenScope scope) const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void scopeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QButtonGroup *m_group;
    QList<QLabel *> m_descriptions; // one per scope, in TokenScopes::all() order
};
