#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Writing an export to a file, for the window's Export menu and `hubtokens-cli token export --output FILE`: all or
// nothing (QSaveFile: a temporary file beside the target, renamed over it once complete), so a failed write never
// leaves half a file or damages the one that was there.
namespace ExportFile {

// Why a file could not be written.
struct Error {
    enum class Kind {
        NoFolder, // the folder the file would go in does not exist
        IsAFolder, // the path names a folder
        NotWritable, // the folder or the file may not be written
        WriteFailed, // opening, writing or renaming failed (disk full, …)
    };
    Kind kind = Kind::WriteFailed;
    QString path; // the path as given
    QString detail; // the system's words, when there are any
};

// Checks what can be known before the export is made (folder exists, path is not a folder, may be written).
std::optional<Error> check(const QString &path);
// Writes `bytes` to `path` atomically; nullopt when done.
std::optional<Error> write(const QString &path, const QByteArray &bytes);

// "Can't write “/x/y.csv”: the folder /x does not exist." — translated.
QString errorText(const Error &error);

} // namespace ExportFile
