#pragma once

#include "models/AccessToken.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Turns the uuids given on the command line into tokens. A whole uuid matches itself; anything else matches the
// tokens whose uuid starts with it (letter case ignored). An argument that matches several tokens is ambiguous
// (a usage error: nothing is done); one that matches none is unknown (that item fails).
class CliUuidResolver {
    Q_DECLARE_TR_FUNCTIONS(CliUuidResolver)
public:
    struct Resolution {
        QList<AccessToken> tokens; // in the order given, each once
        QStringList unknown; // arguments that match no token
        QList<QPair<QString, QList<AccessToken>>> ambiguous; // argument → the tokens it could mean

        bool isAmbiguous() const { return !ambiguous.isEmpty(); }
    };

    static Resolution resolve(const QStringList &arguments, const QList<AccessToken> &tokens);

    // "“ab” matches 3 tokens: …" with one line per candidate (uuid and description).
    static QString ambiguousMessage(const QString &argument, const QList<AccessToken> &candidates);
    // "No token matches “ab”."
    static QString unknownMessage(const QString &argument);
};
