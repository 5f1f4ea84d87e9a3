#include "EmuPagination.h"

#include <QtGlobal>

namespace emu {

bool EmuPagination::parsePositive(const QString &text, int *value)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 1)
        return false;
    *value = int(qMin<qlonglong>(v, 1000000000));
    return true;
}

EmuPagination::Page EmuPagination::compute(int total, const std::optional<QString> &page,
                                           const std::optional<QString> &pageSize)
{
    Page p;
    if (page && !parsePositive(*page, &p.page)) {
        p.status = Status::BadPage;
        return p;
    }
    if (pageSize && !parsePositive(*pageSize, &p.pageSize)) {
        p.status = Status::BadPageSize;
        return p;
    }
    p.pageSize = qMin(p.pageSize, MaxPageSize);
    p.lastPage = total <= 0 ? 1 : (total + p.pageSize - 1) / p.pageSize;
    if (p.page > p.lastPage) {
        p.status = Status::PastEnd;
        return p;
    }
    p.first = (p.page - 1) * p.pageSize;
    p.count = qMax(0, qMin(p.pageSize, total - p.first));
    p.hasNext = p.page < p.lastPage;
    p.hasPrevious = p.page > 1;
    return p;
}

} // namespace emu
