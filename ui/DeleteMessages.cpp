#include "DeleteMessages.h"

#include "models/ErrorText.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// Gives the free functions a tr() with the context "DeleteMessages" (lupdate reads the macro).
struct Words {
    Q_DECLARE_TR_FUNCTIONS(DeleteMessages)
};
} // namespace

namespace DeleteMessages {

QString quoted(const QString &label)
{
    return Words::tr("“%1”").arg(label);
}

Confirmation confirmation(const QList<AccessToken> &tokens)
{
    const int n = int(tokens.size());
    if (n == 1) {
        return {Words::tr("Delete access token?"), Words::tr("Delete the token %1?").arg(quoted(tokens.first().label)),
                Words::tr("This is permanent: a deleted token can't be restored. Anything that uses it, such as "
                          "scripts, CI pipelines or a Docker CLI signed in with it, will stop working."),
                Words::tr("Delete")};
    }
    QStringList lines;
    for (int i = 0; i < n && i < NamesShown; ++i)
        lines << QStringLiteral("• ") + quoted(tokens.at(i).label);
    const int more = n - NamesShown;
    if (more > 0)
        lines << Words::tr("and %n more", nullptr, more);
    return {Words::tr("Delete %n access tokens?", nullptr, n),
            Words::tr("Delete these %n tokens?", nullptr, n) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            Words::tr("This is permanent: deleted tokens can't be restored. Anything that uses them, such as "
                      "scripts, CI pipelines or a Docker CLI signed in with them, will stop working."),
            Words::tr("Delete %n tokens", nullptr, n)};
}

FailureReport failures(const QList<ItemOutcome> &failed)
{
    const int n = int(failed.size());
    QStringList lines, advice;
    for (const ItemOutcome &item : failed) {
        const ApiError error = item.error.value_or(ApiError{});
        lines << Words::tr("• %1: %2").arg(quoted(item.label), ErrorText::title(error));
        const QString message = ErrorText::message(error);
        if (!advice.contains(message))
            advice << message;
    }
    return {Words::tr("%n token(s) not deleted", nullptr, n),
            Words::tr("%n token(s) could not be deleted and will stay in the list:", nullptr, n) + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n')),
            advice.join(QLatin1Char('\n'))};
}

} // namespace DeleteMessages
