#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Edits one top-level member of a JSON object in its text, leaving every other byte as it was (key order, spacing,
// numbers too large for a double, everything). DockerConfig uses it so that setting "credsStore" changes nothing
// else in a person's config.json.
namespace JsonTextEdit {

// `json` with the top-level member `key` set to the string `value`: every existing member named `key` gets the new
// value in place; without one, the member is added after the last member, indented like the first. Nullopt when
// `json` is not a single JSON object (the caller checks the result parses to what it expects).
std::optional<QByteArray> setTopLevelString(const QByteArray &json, const QString &key, const QString &value);

// `value` as a JSON string literal, quotes included.
QByteArray quote(const QString &value);

} // namespace JsonTextEdit
