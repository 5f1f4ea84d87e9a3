#pragma once

#include "ApiError.h"
#include "Result.h"

// The one result of one API call: a value, or an ApiError.
template <typename T> using ApiResult = Result<T, ApiError>;
