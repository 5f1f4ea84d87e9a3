#pragma once

#include <optional>
#include <utility>

// The one shape of an outcome in Hub Tokens: a value, or an error of the layer that failed (ApiError for the Hub,
// DockerError for Docker's side, SecretError for the keychain). `value` is meaningful only when ok(); `error` is set
// exactly when it is not.
template <typename T, typename E> struct Result {
    T value{};
    std::optional<E> error;

    bool ok() const { return !error.has_value(); }
    static Result success(T v) { return Result{std::move(v), std::nullopt}; }
    static Result failure(E e) { return Result{T{}, std::move(e)}; }
};

// For calls whose success carries nothing (delete, write, remove).
struct Done { };
