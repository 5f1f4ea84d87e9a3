#pragma once

#include <QString>

#include <optional>

namespace emu {

// Page arithmetic for GET /v2/access-tokens: 1-based pages, default size 10, size clamped to 100.
class EmuPagination {
public:
    static constexpr int DefaultPageSize = 10;
    static constexpr int MaxPageSize = 100;

    enum class Status { Ok, BadPage, BadPageSize, PastEnd };

    struct Page {
        Status status = Status::Ok;
        int page = 1;
        int pageSize = DefaultPageSize;
        int first = 0; // index of the first item on this page
        int count = 0; // items on this page
        int lastPage = 1; // 1 for an empty list
        bool hasNext = false;
        bool hasPrevious = false;
    };

    // `page` / `pageSize`: the raw query values (nullopt: parameter absent, so the default).
    static Page compute(int total, const std::optional<QString> &page, const std::optional<QString> &pageSize);
    // Parses a positive integer; false for anything else ("", "abc", "0", "-1", "1.5").
    static bool parsePositive(const QString &text, int *value);
};

} // namespace emu
