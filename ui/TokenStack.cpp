#include "TokenStack.h"

#include "Icons.h"
#include "Theme.h"
#include "WindowStyle.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

TokenStack::TokenStack(QWidget *table, QWidget *parent)
    : QStackedWidget(parent)
    , m_table(table)
{
    const WindowStyle::StatePage empty = WindowStyle::statePage(
        this, QStringLiteral("empty"), Icons::key(Theme::accent(QGuiApplication::palette()), 56).pixmap(56, 56));
    m_empty = empty.page;
    m_emptyTitle = empty.title;
    m_emptyText = empty.text; // its width: retranslateUi()
    m_emptyGenerate = empty.button;
    m_emptyGenerate->setObjectName(QStringLiteral("emptyGenerateButton"));
    m_emptyGenerate->setProperty("primary", true);
    connect(m_emptyGenerate, &QPushButton::clicked, this, &TokenStack::generateClicked);

    const WindowStyle::StatePage noMatch =
        WindowStyle::statePage(this, QStringLiteral("noMatch"), Icons::search().pixmap(40, 40));
    m_noMatch = noMatch.page;
    m_noMatchTitle = noMatch.title;
    m_noMatchText = noMatch.text;
    m_clearFilters = noMatch.button;
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(m_clearFilters, &QPushButton::clicked, this, &TokenStack::clearFiltersClicked);

    addWidget(m_table);
    addWidget(m_empty);
    addWidget(m_noMatch);
    retranslateUi();
}

void TokenStack::showFor(bool loaded, int tokens, int shown)
{
    QWidget *next = m_table;
    if (loaded && tokens == 0)
        next = m_empty;
    else if (tokens > 0 && shown == 0)
        next = m_noMatch;
    if (currentWidget() == next)
        return;
    const bool hadFocus = currentWidget()->hasFocus();
    setCurrentWidget(next);
    if (hadFocus)
        next->setFocus();
}

TokenStack::Page TokenStack::page() const
{
    if (currentWidget() == m_empty)
        return Page::Empty;
    if (currentWidget() == m_noMatch)
        return Page::NoMatch;
    return Page::Table;
}

QString TokenStack::pageName() const
{
    switch (page()) {
    case Page::Empty: return QStringLiteral("empty");
    case Page::NoMatch: return QStringLiteral("noMatch");
    case Page::Table: break;
    }
    return QStringLiteral("table");
}

void TokenStack::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::ApplicationPaletteChange) {
        // The pages' pictures are drawn in the palette's colours: draw them again in the new ones.
        const auto repaint = [](QWidget *page, const QPixmap &pixmap) {
            const auto labels = page->findChildren<QLabel *>();
            for (QLabel *label : labels) {
                if (!label->pixmap().isNull())
                    label->setPixmap(pixmap);
            }
        };
        repaint(m_empty, Icons::key(Theme::accent(QGuiApplication::palette()), 56).pixmap(56, 56));
        repaint(m_noMatch, Icons::search().pixmap(40, 40));
    }
    QStackedWidget::changeEvent(event);
}

void TokenStack::retranslateUi()
{
    m_emptyTitle->setText(tr("You have no access tokens yet"));
    m_emptyText->setText(tr("Generate a token to use in place of your password when you sign in with the Docker "
                            "CLI. You can create as many tokens as you need."));
    // About 62 Latin characters a line, in any script (set on every language change).
    m_emptyText->setFixedWidth(qMax(360, m_emptyText->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 62));
    m_emptyGenerate->setText(tr("Generate new token"));
    m_emptyGenerate->setAccessibleName(tr("Generate new token"));
    m_noMatchTitle->setText(tr("No tokens match your search"));
    m_noMatchText->setText(tr("Try other words, or show tokens of every status and source."));
    m_noMatchText->setFixedWidth(m_emptyText->width());
    m_clearFilters->setText(tr("Clear filters"));
    m_clearFilters->setAccessibleName(tr("Clear filters"));
}
