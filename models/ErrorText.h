#pragma once

#include "ApiError.h"

#include <QString>

// The one place that turns an ApiError into words for a person (translated, context "ErrorText").
namespace ErrorText {
QString title(const ApiError &e); // short, e.g. "Wrong username or password"
QString message(const ApiError &e); // one or two sentences: what happened and what to do
// A title and its message on one line, for a terminal or one step of a report: "Title: message", the separator
// translated ("：" in Japanese and Chinese). DockerText::line uses it too.
QString line(const QString &title, const QString &message);
QString line(const ApiError &e);
} // namespace ErrorText
