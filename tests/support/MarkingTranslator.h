#pragma once

// A translator that marks every text of one context, to show that a string goes through translation:
// "Docker Hub token “%1” expires" becomes "⟦Docker Hub token “%1” expires⟧". Installed for the lifetime of the object.
#include <QCoreApplication>
#include <QTranslator>

class MarkingTranslator : public QTranslator {
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    {
        QCoreApplication::installTranslator(this);
    }
    ~MarkingTranslator() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!context || !sourceText || qstrcmp(context, m_context) != 0)
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }

private:
    const char *m_context;
};
