#pragma once

#include "DockerError.h"
#include "DockerLoginState.h"

#include <QString>

// The one place that turns Docker errors and what Docker's store holds into words for a person (translated,
// context "DockerText").
namespace DockerText {
QString title(const DockerError &e); // short, e.g. "Docker's credential helper is not installed"
QString message(const DockerError &e); // one or two sentences: what happened and what to do
// Both on one line, "Title: message", as ErrorText::line writes an ApiError.
QString line(const DockerError &e);
// What is stored, as a noun phrase for a sentence or a table cell: "a personal access token", "a password",
// "a Docker session", "nothing".
QString kindName(StoredLogin::Kind kind);
// What signing Docker in with a token would replace, as a question to ask first; empty for Nothing and SameToken.
QString replaceQuestion(DockerLoginState::Replaces replaces, const QString &registry);
} // namespace DockerText
