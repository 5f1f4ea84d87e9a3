#pragma once

#include "ApiError.h"

#include <QString>

// The one place that turns an ApiError into words for a person (translated, context "ErrorText").
namespace ErrorText {
QString title(const ApiError &e);    // short, e.g. "Wrong username or password"
QString message(const ApiError &e);  // one or two sentences: what happened and what to do
} // namespace ErrorText
