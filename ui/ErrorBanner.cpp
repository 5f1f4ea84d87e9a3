#include "ErrorBanner.h"

#include "Icons.h"
#include "Theme.h"

#include <QAccessible>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->setAutoDefault(false);
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    m_second = new QPushButton(this);
    m_second->setObjectName(QStringLiteral("bannerSecondAction"));
    m_second->setAutoDefault(false);
    m_second->hide();
    connect(m_second, &QPushButton::clicked, this, &ErrorBanner::secondActionTriggered);

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_message);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 10, 8, 10);
    row->setSpacing(10);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    row->addWidget(m_action, 0, Qt::AlignVCenter);
    row->addWidget(m_second, 0, Qt::AlignVCenter);
    row->addWidget(m_close, 0, Qt::AlignTop);

    retranslateUi();
    hide();
}

void ErrorBanner::retranslateUi()
{
    setAccessibleName(tr("Message"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    if (m_texts)
        setTexts(m_texts());
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
    QFrame::changeEvent(event);
}

void ErrorBanner::showMessage(Kind kind, const QString &title, const QString &message, const QString &actionLabel)
{
    showMessage(kind, [texts = Texts{title, message, actionLabel}] { return texts; });
}

void ErrorBanner::setTexts(const Texts &texts)
{
    m_title->setText(texts.title);
    m_title->setVisible(!texts.title.isEmpty());
    m_message->setText(texts.message);
    m_message->setVisible(!texts.message.isEmpty());
    m_action->setText(texts.actionLabel);
    m_action->setAccessibleName(texts.actionLabel);
    m_action->setVisible(!texts.actionLabel.isEmpty());
    m_second->setText(texts.secondActionLabel);
    m_second->setAccessibleName(texts.secondActionLabel);
    m_second->setVisible(!texts.secondActionLabel.isEmpty());
    setAccessibleDescription(texts.title + QLatin1Char(' ') + texts.message);
}

void ErrorBanner::showMessage(Kind kind, TextSource texts)
{
    m_kind = kind;
    m_texts = std::move(texts);
    applyColours();
    setTexts(m_texts ? m_texts() : Texts{});
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ErrorBanner::applyColours()
{
    // A tint of the kind's hue over the desktop's palette (the application's: our own carries the style sheet).
    const QPalette palette = QGuiApplication::palette();
    QColor hue;
    QIcon icon;
    switch (m_kind) {
    case Kind::Error:
        hue = Theme::dangerHue();
        icon = Icons::error();
        break;
    case Kind::Warning:
        hue = Theme::warningHue();
        icon = Icons::warning();
        break;
    case Kind::Info:
        hue = Theme::infoHue();
        icon = Icons::info();
        break;
    }
    const QColor background = Theme::tint(palette, hue);
    const QColor text = Theme::readable(palette.color(QPalette::WindowText), background);
    const QString sheet = QStringLiteral("#errorBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                                         "#errorBanner QLabel { color: %3; background: transparent; }")
                              .arg(background.name(), Theme::tintBorder(palette, hue).name(), text.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    m_icon->setPixmap(icon.pixmap(18, 18));
}

void ErrorBanner::dismiss()
{
    hide();
    m_texts = {};
}

void ErrorBanner::refreshTexts()
{
    if (m_texts)
        setTexts(m_texts());
}

QString ErrorBanner::title() const
{
    return m_title->text();
}

QString ErrorBanner::message() const
{
    return m_message->text();
}
