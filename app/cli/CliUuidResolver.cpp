#include "CliUuidResolver.h"

#include <QSet>

CliUuidResolver::Resolution CliUuidResolver::resolve(const QStringList &arguments, const QList<AccessToken> &tokens)
{
    Resolution r;
    QSet<QString> taken;
    for (const QString &argument : arguments) {
        QList<AccessToken> matches;
        for (const AccessToken &t : tokens) {
            if (t.uuid.compare(argument, Qt::CaseInsensitive) == 0) {
                matches = {t};
                break;
            }
            if (t.uuid.startsWith(argument, Qt::CaseInsensitive))
                matches.append(t);
        }
        if (matches.isEmpty()) {
            if (!r.unknown.contains(argument))
                r.unknown.append(argument);
        } else if (matches.size() > 1) {
            r.ambiguous.append({argument, matches});
        } else if (!taken.contains(matches.constFirst().uuid)) {
            taken.insert(matches.constFirst().uuid);
            r.tokens.append(matches.constFirst());
        }
    }
    return r;
}

QString CliUuidResolver::ambiguousMessage(const QString &argument, const QList<AccessToken> &candidates)
{
    QString text =
        tr("“%1” matches %n token(s); give more of the uuid:", nullptr, int(candidates.size())).arg(argument);
    for (const AccessToken &t : candidates)
        text += QStringLiteral("\n  %1  %2").arg(t.uuid, t.label);
    return text;
}

QString CliUuidResolver::unknownMessage(const QString &argument)
{
    return tr("No token matches “%1”.").arg(argument);
}
