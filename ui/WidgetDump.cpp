#include "WidgetDump.h"

#include "MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QTextDocumentFragment>

#include <cstdio>

namespace {

const char *const EnvironmentVariable = "HUBTOKENS_DUMP_WIDGETS";

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void add(QStringList &lines, const QWidget *widget, const QString &text)
{
    const QString shown = plain(text).simplified();
    if (shown.isEmpty())
        return;
    lines << QStringLiteral("%1 %2: %3")
                 .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), shown);
}

void addModel(QStringList &lines, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        add(lines, view, model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString cell = model->index(row, column).data(Qt::DisplayRole).toString();
            if (!cell.isEmpty())
                cells << cell;
        }
        add(lines, view, cells.join(QLatin1String(" | ")));
    }
}

void addWidget(QStringList &lines, const QWidget *widget)
{
    if (widget->isWindow())
        add(lines, widget, widget->windowTitle());
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        add(lines, widget, label->text());
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        add(lines, widget, button->text());
    else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        add(lines, widget, edit->text().isEmpty() ? edit->placeholderText() : edit->text());
    else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        add(lines, widget, combo->currentText());
    else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
        addModel(lines, view);
}

} // namespace

namespace WidgetDump {

QStringList visibleTexts(const QWidget *root)
{
    QStringList lines;
    if (!root || !root->isVisible())
        return lines;
    addWidget(lines, root);
    const auto children = root->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *child : children) {
        // The combo box's popup list and other windows of their own are their own roots.
        if (!child->isWindow())
            lines << visibleTexts(child);
    }
    return lines;
}

bool write(const QString &path, const QStringList &lines)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QString &line : lines)
        file.write(line.toUtf8() + '\n');
    return file.commit();
}

void fromEnvironment(MainWindow *window)
{
    const QString path = qEnvironmentVariable(EnvironmentVariable);
    if (path.isEmpty())
        return;
    const auto dump = [window, path] {
        // First the name of the window's icon when it came from the icon theme (the installed one), else nothing.
        QStringList lines{QStringLiteral("icon: %1").arg(window->windowIcon().name())};
        const auto windows = QApplication::topLevelWidgets();
        for (const QWidget *top : windows)
            lines << visibleTexts(top);
        if (!write(path, lines)) {
            std::fprintf(stderr, "hubtokens: %s: cannot write %s\n", EnvironmentVariable, qPrintable(path));
            QCoreApplication::exit(1);
            return;
        }
        // Quit once the file is gone: the script has read it, and looked at the window.
        auto *watcher = new QFileSystemWatcher({path}, window);
        QObject::connect(watcher, &QFileSystemWatcher::fileChanged, window, [path] {
            if (!QFile::exists(path))
                QCoreApplication::quit();
        });
        if (!QFile::exists(path)) // removed before the watch began
            QCoreApplication::quit();
    };
    QObject::connect(window, &MainWindow::refreshFinished, window, dump, Qt::SingleShotConnection);
}

} // namespace WidgetDump
