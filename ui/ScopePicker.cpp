#include "ScopePicker.h"

#include "DialogParts.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    const auto scopes = TokenScopes::all();
    for (TokenScope s : scopes) {
        // "Repo Read & Write": a lone & would make a mnemonic of the W.
        auto *radio = new QRadioButton(this);
        radio->setObjectName(QStringLiteral("scope%1").arg(static_cast<int>(s)));
        m_group->addButton(radio, static_cast<int>(s));
        auto *line = DialogParts::hintLabel(QString(), this);
        m_descriptions.append(line);
        line->setContentsMargins(indent, 0, 0, 0);
        line->setBuddy(radio);
        layout->addWidget(radio);
        layout->addWidget(line);
        if (s != scopes.constLast())
            layout->addSpacing(4);
    }
    retranslateUi();
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT scopeChanged();
    });
    setScope(TokenScope::PublicRead);
}

void ScopePicker::retranslateUi()
{
    const auto scopes = TokenScopes::all();
    for (int i = 0; i < scopes.size(); ++i) {
        const TokenScope s = scopes.at(i);
        QAbstractButton *radio = m_group->button(static_cast<int>(s));
        // "Repo Read & Write": a lone & would make a mnemonic of the W.
        radio->setText(TokenScopes::displayName(s).replace(QLatin1Char('&'), QLatin1String("&&")));
        radio->setAccessibleName(TokenScopes::displayName(s));
        radio->setAccessibleDescription(TokenScopes::description(s));
        m_descriptions.at(i)->setText(TokenScopes::description(s));
    }
}

void ScopePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

std::optional<TokenScope> ScopePicker::scope() const
{
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<TokenScope>(id);
}

void ScopePicker::setScope(std::optional<TokenScope> scope)
{
    if (!scope) {
        // An exclusive group can't be unchecked: lift that for a moment.
        m_group->setExclusive(false);
        for (QAbstractButton *b : m_group->buttons())
            b->setChecked(false);
        m_group->setExclusive(true);
        return;
    }
    if (QAbstractButton *b = m_group->button(static_cast<int>(*scope)))
        b->setChecked(true);
}

QRadioButton *ScopePicker::button(TokenScope scope) const
{
    return qobject_cast<QRadioButton *>(m_group->button(static_cast<int>(scope)));
}

void ScopePicker::setReadOnly(bool readOnly)
{
    for (QAbstractButton *b : m_group->buttons())
        b->setEnabled(!readOnly);
}
