#include "Prompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace {

class MessageBoxPrompter final : public Prompter {
public:
    Answer confirm(QWidget *parent, const QString &title, const QString &text, const QString &informativeText,
                   const QString &acceptLabel, bool destructive) override
    {
        QMessageBox box(parent);
        box.setIcon(destructive ? QMessageBox::Warning : QMessageBox::Question);
        box.setWindowTitle(title);
        box.setText(text);
        box.setInformativeText(informativeText);
        box.setWindowModality(Qt::WindowModal);
        QPushButton *accept = box.addButton(acceptLabel, destructive ? QMessageBox::DestructiveRole
                                                                     : QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        // A destructive question defaults to the safe answer.
        box.setDefaultButton(destructive ? cancel : accept);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == accept ? Answer::Accept : Answer::Reject;
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

Prompter &Prompter::instance()
{
    static MessageBoxPrompter defaultPrompter;
    return g_installed ? *g_installed : defaultPrompter;
}

void Prompter::install(Prompter *p)
{
    g_installed = p;
}
