#pragma once

#include "models/Result.h"

#include <QMetaType>
#include <QString>

#include <optional>

// What went wrong with Docker's configuration or a credential helper, in terms a UI can act on. Never holds a
// secret: a helper's own words are cut to their first line and any secret the call carried is blanked out of them.
// The words for a person come from DockerErrorText (translated); toString() is for logs and tests.
struct DockerError {
    enum class Kind {
        HelperMissing, // docker-credential-<helper> is not on PATH (or could not be started)
        HelperFailed, // the helper exited non-zero (exitCode, and its first line of output in `detail`)
        BadOutput, // the helper's output is not JSON, or not the shape the protocol promises
        TimedOut, // the helper did not finish within the timeout (it was killed)
        ConfigUnreadable, // config.json exists but cannot be read
        ConfigInvalid, // config.json is not a JSON object, or a key has the wrong type or an unusable value
        ConfigNotWritten, // config.json could not be written (nothing was changed)
        NoCredentialStore, // no credsStore/credHelpers serves the registry: a secret would have to go into
        // config.json, which this app never does
        NotASession, // what Docker keeps as its Hub session is not a JWT
        NoSession, // Docker keeps no Hub session (nobody signed in to Docker Desktop or docker login's
        // browser flow), so there is nothing to continue with
        SessionLapsed, // Docker's Hub session has expired: sign in to Docker again
    };

    Kind kind = Kind::HelperFailed;
    QString helper; // the helper's name ("secretservice"), when one was involved
    QString path; // config.json, for the Config* kinds
    int exitCode = 0; // HelperFailed: the exit code (-1: the helper crashed)
    int timeoutMs = 0; // TimedOut
    QString detail; // the helper's first line of output, or the file or parse error; may be empty

    // A short English description for logs and tests; the UI translates from `kind` (DockerErrorText).
    QString toString() const;
};

// The one result of a Docker call: a value, or a DockerError.
template <typename T> using DockerResult = Result<T, DockerError>;

Q_DECLARE_METATYPE(DockerError)
