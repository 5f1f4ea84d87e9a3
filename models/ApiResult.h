#pragma once

#include "ApiError.h"

#include <optional>

// The one result of one API call: a value, or an error.
template <typename T> struct ApiResult {
    T value{};
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    static ApiResult success(T v) { return ApiResult{std::move(v), std::nullopt}; }
    static ApiResult failure(ApiError e) { return ApiResult{T{}, std::move(e)}; }
};

// For calls whose success carries nothing (delete).
struct Done { };
