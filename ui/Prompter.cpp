#include "Prompter.h"

#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSpacerItem>

namespace {

class MessageBoxPrompter final : public Prompter {
public:
    Answer confirm(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                   const QString &acceptLabel, bool destructive) override
    {
        QPushButton *accept = nullptr;
        const auto box = confirmationBox(parent, title, text, informativeText, acceptLabel, destructive, &accept);
        box->exec();
        return box->clickedButton() == accept ? Answer::Accept : Answer::Reject;
    }

    void inform(QWidget *parent, const QString &title, const QString &text, const QString &informativeText) override
    {
        QMessageBox box(parent);
        box.setIcon(QMessageBox::Information);
        box.setWindowTitle(title);
        box.setText(text);
        box.setInformativeText(informativeText);
        box.setWindowModality(Qt::WindowModal);
        box.setStandardButtons(QMessageBox::Ok);
        box.exec();
    }
};

Prompter *g_installed = nullptr;

} // namespace

std::unique_ptr<QMessageBox> Prompter::confirmationBox(QWidget *parent, const QString &title, const QString &text,
                                                       const QString &informativeText, const QString &acceptLabel,
                                                       bool destructive, QPushButton **accept)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(destructive ? QMessageBox::Warning : QMessageBox::Question);
    box->setWindowTitle(title);
    box->setText(text);
    box->setInformativeText(informativeText);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *acceptButton =
        box->addButton(acceptLabel, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // A destructive question defaults to the safe answer.
    box->setDefaultButton(destructive ? cancel : acceptButton);
    box->setEscapeButton(cancel);
    // QMessageBox wraps its text to a narrow column; a list of names and a warning read better wider.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout())) {
        const int width = box->fontMetrics().averageCharWidth() * 60;
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Expanding), grid->rowCount(), 0, 1,
                      grid->columnCount());
    }
    if (accept)
        *accept = acceptButton;
    return box;
}

Prompter &Prompter::instance()
{
    static MessageBoxPrompter defaultPrompter;
    return g_installed ? *g_installed : defaultPrompter;
}

void Prompter::install(Prompter *p)
{
    g_installed = p;
}
