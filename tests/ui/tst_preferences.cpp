// The clipboard delay setting: AppSettings' range and clamping (10 s to 5 min, or never; 30 s by default), the
// Preferences dialog opened from the main window, and that OK hands the value to the ClipboardGuard at once.
// ClipboardGuard's own branches (countdown, clear, release, never) are covered by tst_clipboardguard.
#include "GuiTestSupport.h"
#include "app/docker/DockerConfig.h"
#include "app/docker/DockerCredentials.h"
#include "app/hub/HubClient.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <memory>

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultIsThirtySeconds();
    void clamping_data();
    void clamping();
    void storedValueIsCheckedOnRead_data();
    void storedValueIsCheckedOnRead();
    void dialogShowsTheSetting();
    void spinBoxRange();
    void okAppliesToGuardAndSettings();
    void neverAppliesZero();
    void cancelChangesNothing();
    void registryKeyIsCheckedAndFollowed();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("prefs-%1.ini").arg(m_run)); }
    PreferencesDialog *openFromWindow();
    QSpinBox *seconds(QDialog *d) const { return d->findChild<QSpinBox *>(); }
    QCheckBox *autoClear(QDialog *d) const { return d->findChild<QCheckBox *>(); }
    QPushButton *button(QDialog *d, QDialogButtonBox::StandardButton which) const
    {
        return d->findChild<QDialogButtonBox *>()->button(which);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    GuiTestSupport::AppParts m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestPreferences::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPreferences::init()
{
    ++m_run;
    const QString error = m_app.start(iniPath(), GuiTestSupport::AppParts::Server::None);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_app.clipboard->setClearDelay(m_app.settings->clipboardClearDelay()); // as main.cpp does
    m_window = m_app.makeWindow();
}

void TestPreferences::cleanup()
{
    m_window.reset();
    GuiTestSupport::deleteOpenDialogs();
    m_app.reset();
}

PreferencesDialog *TestPreferences::openFromWindow()
{
    // Through the window's menu, the way a person gets there.
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionPreferences"));
    if (!action)
        return nullptr;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    bool inMenu = false;
    for (QAction *menuAction : menus) {
        if (menuAction->menu() && menuAction->menu()->actions().contains(action))
            inMenu = true;
    }
    if (!inMenu)
        return nullptr;
    action->trigger();
    PreferencesDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<PreferencesDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void TestPreferences::defaultIsThirtySeconds()
{
    QCOMPARE(m_app.settings->clipboardClearDelay(), 30);
    QCOMPARE(m_app.clipboard->clearDelay(), 30);
}

void TestPreferences::clamping_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("stored");
    QTest::newRow("never") << 0 << 0;
    QTest::newRow("1 s → 10 s") << 1 << 10;
    QTest::newRow("9 s → 10 s") << 9 << 10;
    QTest::newRow("10 s") << 10 << 10;
    QTest::newRow("30 s") << 30 << 30;
    QTest::newRow("299 s") << 299 << 299;
    QTest::newRow("5 min") << 300 << 300;
    QTest::newRow("301 s → 5 min") << 301 << 300;
    QTest::newRow("10 min → 5 min") << 600 << 300;
    QTest::newRow("INT_MAX → 5 min") << INT_MAX << 300;
    QTest::newRow("negative → default") << -5 << 30;
    QTest::newRow("INT_MIN → default") << INT_MIN << 30;
}

void TestPreferences::clamping()
{
    QFETCH(int, set);
    QFETCH(int, stored);
    QCOMPARE(AppSettings::clampClipboardDelay(set), stored);
    m_app.settings->setClipboardClearDelay(set);
    QCOMPARE(m_app.settings->clipboardClearDelay(), stored);
    m_app.settings->sync();
    AppSettings again(iniPath());
    QCOMPARE(again.clipboardClearDelay(), stored);
}

void TestPreferences::storedValueIsCheckedOnRead_data()
{
    QTest::addColumn<QVariant>("raw");
    QTest::addColumn<int>("read");
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << 30;
    QTest::newRow("too long") << QVariant(86'400) << 300;
    QTest::newRow("too short") << QVariant(2) << 10;
    QTest::newRow("negative") << QVariant(-1) << 30;
    QTest::newRow("never") << QVariant(0) << 0;
    QTest::newRow("2 min") << QVariant(120) << 120;
}

void TestPreferences::storedValueIsCheckedOnRead()
{
    // An edited settings file cannot get the app outside the range.
    QFETCH(QVariant, raw);
    QFETCH(int, read);
    m_app.settings->sync(); // the app's settings (CoreServices owns them) have nothing left to write
    {
        QSettings ini(iniPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("clipboard/clearDelaySecs"), raw);
    }
    AppSettings settings(iniPath());
    QCOMPARE(settings.clipboardClearDelay(), read);
}

void TestPreferences::dialogShowsTheSetting()
{
    m_app.settings->setClipboardClearDelay(120);
    PreferencesDialog *dialog = openFromWindow();
    QVERIFY(dialog);
    QVERIFY(autoClear(dialog)->isChecked());
    QCOMPARE(seconds(dialog)->value(), 120);
    QVERIFY(seconds(dialog)->isEnabled());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());

    m_app.settings->setClipboardClearDelay(0);
    dialog = openFromWindow();
    QVERIFY(dialog);
    QVERIFY(!autoClear(dialog)->isChecked());
    QVERIFY(!seconds(dialog)->isEnabled());
    QCOMPARE(dialog->clearDelay(), 0);
}

void TestPreferences::spinBoxRange()
{
    PreferencesDialog *dialog = openFromWindow();
    QVERIFY(dialog);
    QSpinBox *spin = seconds(dialog);
    QCOMPARE(spin->minimum(), 10);
    QCOMPARE(spin->maximum(), 300);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("5"));
    spin->interpretText();
    QVERIFY(spin->value() >= 10);
    dialog->setClearDelay(9999);
    QCOMPARE(dialog->clearDelay(), 300);
    dialog->setClearDelay(3);
    QCOMPARE(dialog->clearDelay(), 10);
    dialog->setClearDelay(0);
    QCOMPARE(dialog->clearDelay(), 0);
}

void TestPreferences::okAppliesToGuardAndSettings()
{
    PreferencesDialog *dialog = openFromWindow();
    QVERIFY(dialog);
    QSpinBox *spin = seconds(dialog);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("45"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());

    QCOMPARE(m_app.settings->clipboardClearDelay(), 45);
    QCOMPARE(m_app.clipboard->clearDelay(), 45);
    AppSettings again(iniPath());
    QCOMPARE(again.clipboardClearDelay(), 45); // stored, not just in memory
    // The guard counts down from the new delay on the next copy.
    m_app.clipboard->copySecret(QStringLiteral("not-a-real-secret"));
    QCOMPARE(m_app.clipboard->secondsLeft(), 45);
    m_app.clipboard->clearNow();
}

void TestPreferences::neverAppliesZero()
{
    PreferencesDialog *dialog = openFromWindow();
    QVERIFY(dialog);
    QTest::mouseClick(autoClear(dialog), Qt::LeftButton, {}, QPoint(8, autoClear(dialog)->height() / 2));
    QVERIFY(!autoClear(dialog)->isChecked());
    QVERIFY(!seconds(dialog)->isEnabled());
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    QCOMPARE(m_app.settings->clipboardClearDelay(), 0);
    QCOMPARE(m_app.clipboard->clearDelay(), 0);
    m_app.clipboard->copySecret(QStringLiteral("not-a-real-secret"));
    QCOMPARE(m_app.clipboard->secondsLeft(), 0); // no countdown
    QVERIFY(m_app.clipboard->isHoldingSecret());
}

void TestPreferences::cancelChangesNothing()
{
    m_app.settings->setClipboardClearDelay(60);
    m_app.clipboard->setClearDelay(60);
    PreferencesDialog *dialog = openFromWindow();
    QVERIFY(dialog);
    seconds(dialog)->setValue(200);
    QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    QCOMPARE(m_app.settings->clipboardClearDelay(), 60);
    QCOMPARE(m_app.clipboard->clearDelay(), 60);
}

QTEST_MAIN(TestPreferences)
void TestPreferences::registryKeyIsCheckedAndFollowed()
{
    // Docker's side of the app, made from the same settings as the window (as main.cpp does).
    DockerCredentials docker(m_app.settings);
    QCOMPARE(docker.registry(), DockerConfig::defaultRegistry());

    PreferencesDialog *dialog = openFromWindow();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("registryEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("registryError"));
    QVERIFY(edit && error);
    QVERIFY(edit->text().isEmpty()); // Docker Hub's key, shown as the placeholder
    QCOMPARE(edit->placeholderText(), DockerConfig::defaultRegistry());

    // Bad input: a clear word, the dialog stays open, nothing is stored, and the text is kept to be mended.
    QTest::keyClicks(edit, QStringLiteral("my registry"));
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("no spaces")), qPrintable(error->text()));
    QCOMPARE(edit->text(), QStringLiteral("my registry"));
    QVERIFY(m_app.settings->dockerRegistry().isEmpty());

    // Mended: stored, and Docker's side follows at once.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral(" ghcr.io "));
    QVERIFY(!error->isVisible()); // editing takes the complaint away
    QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    QCOMPARE(m_app.settings->dockerRegistry(), QStringLiteral("ghcr.io"));
    QCOMPARE(docker.registry(), QStringLiteral("ghcr.io"));
    // A key given for this run (the CLI's --registry) is not overridden by the settings.
    docker.setRegistry(QStringLiteral("registry.example.com"));
    m_app.settings->setDockerRegistry(QString());
    QCOMPARE(docker.registry(), QStringLiteral("registry.example.com"));
}

#include "tst_preferences.moc"
