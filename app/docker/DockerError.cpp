#include "DockerError.h"

QString DockerError::toString() const
{
    QString text;
    switch (kind) {
    case Kind::HelperMissing:
        text = QStringLiteral("credential helper docker-credential-%1 not found on PATH").arg(helper);
        break;
    case Kind::HelperFailed:
        text = QStringLiteral("credential helper %1 failed (exit code %2)").arg(helper).arg(exitCode);
        break;
    case Kind::BadOutput:
        text = QStringLiteral("credential helper %1 gave output that is not what the protocol promises").arg(helper);
        break;
    case Kind::TimedOut:
        text = QStringLiteral("credential helper %1 did not finish within %2 ms").arg(helper).arg(timeoutMs);
        break;
    case Kind::ConfigUnreadable: text = QStringLiteral("cannot read %1").arg(path); break;
    case Kind::ConfigInvalid: text = QStringLiteral("%1 is not a valid Docker configuration").arg(path); break;
    case Kind::ConfigNotWritten: text = QStringLiteral("cannot write %1").arg(path); break;
    case Kind::NoCredentialStore: text = QStringLiteral("no credential store is configured in %1").arg(path); break;
    case Kind::NotASession: text = QStringLiteral("the stored Docker session is not a JWT"); break;
    case Kind::NoSession: text = QStringLiteral("Docker keeps no Docker Hub session"); break;
    case Kind::SessionLapsed: text = QStringLiteral("Docker's Docker Hub session has expired"); break;
    }
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}
