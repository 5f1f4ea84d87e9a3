#pragma once

#include "app/tokens/TokenOutcome.h"
#include "models/AccessToken.h"

#include <QList>
#include <QString>

// The words around deleting tokens (translated, context "DeleteMessages"): the confirmation, naming the tokens, and
// the report of the ones that could not be deleted, each by name with its reason and, once, what to do about it.
namespace DeleteMessages {

struct Confirmation {
    QString title;
    QString text;
    QString informative;
    QString acceptLabel;
};
// Names up to NamesShown tokens, then "and N more".
constexpr int NamesShown = 5;
Confirmation confirmation(const QList<AccessToken> &tokens);

struct FailureReport {
    QString title;
    QString text;
    QString advice;
};
FailureReport failures(const QList<ItemOutcome> &failed);

// “label”, as every message quotes a token's description.
QString quoted(const QString &label);

} // namespace DeleteMessages
