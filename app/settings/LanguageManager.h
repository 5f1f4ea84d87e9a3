#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class AppSettings;
class QTranslator;

// The one place that switches the app's language: owns the app's translator (hubtokens_<code>.qm, from the
// resources) and Qt's own (qtbase_<code>.qm, from Qt's translations directory), installs and removes them, sets the
// default QLocale (dates, numbers) and emits languageChanged(). Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, so open windows and dialogs retranslate themselves (changeEvent).
//
// The language is a code from supportedLanguages(), or empty for the system's. select() remembers the choice in the
// settings; apply() does not (the --lang override for one run).
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(AppSettings *settings = nullptr, QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en", "ja", "zh_CN", "zh_TW".
    static QStringList supportedLanguages();
    // The language's name in its own language ("日本語"); not translated.
    static QString nativeName(const QString &code);
    // The supported language for a locale's UI languages (zh-Hant/zh_TW/zh_HK → zh_TW, zh → zh_CN, ja → ja, else en).
    static QString languageFor(const QLocale &locale);
    // A supported code for `code` ("ja_JP" → "ja", "zh-TW" → "zh_TW", "zh" → "zh_CN"), or empty if there is none.
    static QString normalize(const QString &code);

    // The value of --lang CODE / --lang=CODE in `arguments` (as QCoreApplication::arguments()), or empty.
    static QString commandLineLanguage(const QStringList &arguments);
    // At start-up: `commandLine` (--lang) for this run if given, else the settings' choice, else the system's.
    // False if `commandLine` is not a supported language (the settings' choice applies then).
    bool start(const QString &commandLine = {});
    // The settings' choice (empty: system default), applied.
    void applySaved();
    // Switches to `code` (empty: the system's language) and remembers it.
    void select(const QString &code);
    // Switches to `code` (empty: the system's language) for this run only (--lang).
    void apply(const QString &code);

    // What was chosen ("" = system default) and the language in effect.
    QString chosen() const { return m_chosen; }
    QString current() const { return m_current; }
    // Whether Qt's own translation (qtbase) is installed for the current language.
    bool hasQtTranslation() const;
    bool hasAppTranslation() const;

    // Where the app's .qm files are looked up: <directory>/<baseName>_<code>.qm. Default ":/i18n", "hubtokens".
    // Tests point it at catalogs of their own.
    void setCatalog(const QString &directory, const QString &baseName);
    // The locale the system reports; tests replace it. Default QLocale::system().
    void setSystemLocale(const QLocale &locale);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void install(const QString &code);

    AppSettings *m_settings;
    QString m_chosen;
    QString m_current;
    QString m_catalogDir = QStringLiteral(":/i18n");
    QString m_catalogBase = QStringLiteral("hubtokens");
    QLocale m_systemLocale = QLocale::system();
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

namespace LanguageSupport {
// English needs plural forms too: "%n day(s) ago" is "1 day ago" / "3 days ago". The plural-only English catalog
// (hubtokens_en.qm) does that once it is built; until then, and for any string a catalog lacks (an untranslated entry
// falls back to English), a translator of lowest priority resolves "(s)" from n. Installed once per application:
// LanguageManager does it; tests that check English text without a LanguageManager call this.
void installEnglishPlurals();
} // namespace LanguageSupport
