#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ExportFile {

std::optional<Error> check(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Error::Kind::IsAFolder, path, {}};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Error::Kind::NoFolder, path, {}};
    // A new file needs a writable folder; an existing one is replaced by a rename, which needs the same.
    if (!folder.isWritable() || (info.exists() && !info.isWritable()))
        return Error{Error::Kind::NotWritable, path, {}};
    return std::nullopt;
}

std::optional<Error> write(const QString &path, const QByteArray &bytes)
{
    if (const std::optional<Error> problem = check(path))
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Kind::WriteFailed, path, file.errorString()};
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{Error::Kind::WriteFailed, path, why};
    }
    if (!file.commit())
        return Error{Error::Kind::WriteFailed, path, file.errorString()};
    return std::nullopt;
}

QString errorText(const Error &error)
{
    const QString path = QDir::toNativeSeparators(error.path);
    switch (error.kind) {
    case Error::Kind::NoFolder:
        return QCoreApplication::translate("ExportFile", "Can't write “%1”: the folder %2 does not exist.")
            .arg(path, QDir::toNativeSeparators(QFileInfo(error.path).absolutePath()));
    case Error::Kind::IsAFolder:
        return QCoreApplication::translate("ExportFile", "Can't write “%1”: it is a folder. Give a file name.")
            .arg(path);
    case Error::Kind::NotWritable:
        return QCoreApplication::translate("ExportFile", "Can't write “%1”: permission denied.").arg(path);
    case Error::Kind::WriteFailed: break;
    }
    if (error.detail.isEmpty())
        return QCoreApplication::translate("ExportFile", "Can't write “%1”.").arg(path);
    return QCoreApplication::translate("ExportFile", "Can't write “%1”: %2").arg(path, error.detail);
}

} // namespace ExportFile
