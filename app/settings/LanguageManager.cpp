#include "LanguageManager.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

const QStringList Supported = {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("zh_CN"),
                               QStringLiteral("zh_TW")};

// Resolves "(s)" in English plural source texts: "%n day(s) ago" → "%n day ago" for n == 1, "%n days ago" otherwise.
// Answers nothing (a null string) for every other text, so the translators above it and Qt's defaults still apply.
class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        if (n < 0 || !sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")))
            return {};
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

namespace LanguageSupport {

void installEnglishPlurals()
{
    static QPointer<QTranslator> installed;
    auto *app = QCoreApplication::instance();
    if (installed || !app)
        return;
    installed = new EnglishPlurals(app);
    // Installed first, so it is asked last: every real catalog takes precedence.
    QCoreApplication::installTranslator(installed);
}

} // namespace LanguageSupport

LanguageManager::LanguageManager(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    LanguageSupport::installEnglishPlurals();
}

LanguageManager::~LanguageManager()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return Supported;
}

QString LanguageManager::nativeName(const QString &code)
{
    // Each in its own language, so that a person can find theirs whatever the app is showing.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return code;
}

QString LanguageManager::normalize(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lower = c.toLower();
    if (lower.isEmpty())
        return {};
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    if (lower == QLatin1String("ja") || lower.startsWith(QLatin1String("ja_")))
        return QStringLiteral("ja");
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_"))) {
        if (lower.contains(QLatin1String("hant")) || lower.endsWith(QLatin1String("_tw"))
            || lower.endsWith(QLatin1String("_hk")) || lower.endsWith(QLatin1String("_mo")))
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    }
    return {};
}

QString LanguageManager::languageFor(const QLocale &locale)
{
    const QStringList ui = locale.uiLanguages();
    for (const QString &language : ui) {
        const QString code = normalize(language);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::setCatalog(const QString &directory, const QString &baseName)
{
    m_catalogDir = directory;
    m_catalogBase = baseName;
}

void LanguageManager::setSystemLocale(const QLocale &locale)
{
    m_systemLocale = locale;
}

bool LanguageManager::hasQtTranslation() const
{
    return m_qtInstalled;
}

bool LanguageManager::hasAppTranslation() const
{
    return m_appInstalled;
}

QString LanguageManager::commandLineLanguage(const QStringList &arguments)
{
    QString lang;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    return lang;
}

bool LanguageManager::start(const QString &commandLine)
{
    const QString code = normalize(commandLine);
    if (code.isEmpty())
        applySaved();
    else
        apply(code);
    return commandLine.isEmpty() || !code.isEmpty();
}

void LanguageManager::applySaved()
{
    apply(m_settings ? normalize(m_settings->language()) : QString());
}

void LanguageManager::select(const QString &code)
{
    const QString normalized = normalize(code);
    if (m_settings) {
        m_settings->setLanguage(normalized);
        m_settings->sync();
    }
    apply(normalized);
}

void LanguageManager::apply(const QString &code)
{
    m_chosen = normalize(code);
    install(m_chosen.isEmpty() ? languageFor(m_systemLocale) : m_chosen);
}

void LanguageManager::install(const QString &code)
{
    // Dates and numbers: the system's own locale when it speaks this language (en_GB keeps its date order),
    // otherwise the language's main one.
    const bool systemSpeaksIt = languageFor(m_systemLocale) == code;
    const QLocale locale = m_chosen.isEmpty() && systemSpeaksIt ? m_systemLocale : QLocale(code);
    const bool localeChanged = QLocale() != locale;
    QLocale::setDefault(locale);

    bool sent = false; // installing or removing a translator makes Qt send LanguageChange
    if (code != m_current) {
        m_current = code;
        if (m_appInstalled)
            sent |= QCoreApplication::removeTranslator(m_app.get());
        if (m_qtInstalled)
            sent |= QCoreApplication::removeTranslator(m_qt.get());
        m_appInstalled = m_qtInstalled = false;

        // New translators each time: load() on an installed one would change texts under Qt's feet.
        m_app = std::make_unique<QTranslator>();
        m_qt = std::make_unique<QTranslator>();
        const QString appFile = QDir(m_catalogDir).filePath(QStringLiteral("%1_%2.qm").arg(m_catalogBase, code));
        if (m_app->load(appFile))
            m_appInstalled = QCoreApplication::installTranslator(m_app.get());
        if (code != QLatin1String("en")
            && m_qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtInstalled = QCoreApplication::installTranslator(m_qt.get());
        sent |= m_appInstalled || m_qtInstalled;
    }
    if (!sent && localeChanged && QCoreApplication::instance()) {
        // Same texts, other dates and numbers (e.g. en_GB → en_US): windows still have to redraw them.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    Q_EMIT languageChanged(code);
}
