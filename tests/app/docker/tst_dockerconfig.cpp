// Docker's config.json (DockerConfig): where it is, reading credsStore, credHelpers and inline auths, which helper
// serves a registry, and setting credsStore — in place (every other byte kept), atomically, 0600 for a new file,
// never over a file that is not a valid configuration. And the text edit under it (JsonTextEdit).
#include "app/docker/DockerConfig.h"
#include "app/docker/JsonTextEdit.h"
#include "tests/support/FakeHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QByteArray base64(const char *text)
{
    return QByteArray(text).toBase64();
}

// A config.json as Docker writes it (tabs), with keys this app must leave alone.
const QByteArray DockerWritten = "{\n"
                                 "\t\"auths\": {\n"
                                 "\t\t\"https://index.docker.io/v1/\": {},\n"
                                 "\t\t\"registry.example.com\": {\n"
                                 "\t\t\t\"auth\": \""
    + base64("bob:hunter2")
    + "\"\n"
      "\t\t}\n"
      "\t},\n"
      "\t\"currentContext\": \"colima\",\n"
      "\t\"plugins\": {\"x\": {\"big\": 12345678901234567890123}},\n"
      "\t\"psFormat\": \"table {{.ID}}\\t{{.Names}}\"\n"
      "}\n";

} // namespace

class TestDockerConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultPath();
    void missingFileIsEmpty();
    void readsStoresHelpersAndAuths();
    void helperFor_data();
    void helperFor();
    void inlineAuthKeys_data();
    void inlineAuthKeys();
    void invalid_data();
    void invalid();
    void unreadable();

    void textEdit_data();
    void textEdit();

    void setCredsStoreKeepsEveryOtherByte();
    void setCredsStoreReplacesTheValue();
    void setCredsStoreCreatesAMissingFile();
    void setCredsStoreKeepsPermissions();
    void setCredsStoreNeverOverwritesInvalid_data();
    void setCredsStoreNeverOverwritesInvalid();
    void setCredsStoreNeedsAnInstalledHelper();
    void setCredsStoreThroughASymlink();

private:
    QString configPath() const { return m_dir->path() + QStringLiteral("/docker/config.json"); }
    FakeHelpers m_fakes;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDockerConfig::initTestCase()
{
    QVERIFY(m_fakes.install()); // docker-credential-fakestore on PATH: an "installed" helper
}

void TestDockerConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("docker")));
}

void TestDockerConfig::defaultPath()
{
    const QByteArray saved = qgetenv("DOCKER_CONFIG");
    qputenv("DOCKER_CONFIG", "/tmp/some-docker-dir");
    QCOMPARE(DockerConfig::defaultPath(), QStringLiteral("/tmp/some-docker-dir/config.json"));
    qunsetenv("DOCKER_CONFIG");
    QCOMPARE(DockerConfig::defaultPath(), QDir::homePath() + QStringLiteral("/.docker/config.json"));
    if (!saved.isEmpty())
        qputenv("DOCKER_CONFIG", saved);
    QCOMPARE(DockerConfig::defaultRegistry(), QStringLiteral("https://index.docker.io/v1/"));
    QCOMPARE(DockerConfig::sessionKey(), QStringLiteral("https://index.docker.io/v1/access-token"));
}

void TestDockerConfig::missingFileIsEmpty()
{
    const auto r = DockerConfig::load(configPath());
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(!r.value.exists());
    QCOMPARE(r.value.path(), configPath());
    QVERIFY(r.value.credsStore().isEmpty());
    QVERIFY(r.value.helperFor(DockerConfig::defaultRegistry()).isEmpty());
    QVERIFY(!r.value.inlineAuth(DockerConfig::defaultRegistry()));
    // An empty file reads as an empty configuration, as Docker reads it.
    QVERIFY(writeFile(configPath(), "  \n"));
    const auto empty = DockerConfig::load(configPath());
    QVERIFY(empty.ok());
    QVERIFY(empty.value.exists());
}

void TestDockerConfig::readsStoresHelpersAndAuths()
{
    const QByteArray json = "{\"credsStore\":\"pass\",\"credHelpers\":{\"gcr.io\":\"gcloud\","
                            "\"https://registry.example.com/v2/\":\"ecr-login\"},"
                            "\"auths\":{\"https://index.docker.io/v1/\":{},"
                            "\"https://index.docker.io/v1/access-token\":{\"auth\":\""
        + base64("alice:eyJ.x.y")
        + "\"},"
          "\"quay.io\":{\"auth\":\""
        + base64("carol:pa:ss")
        + "\"},"
          "\"ghcr.io\":{\"identitytoken\":\"id-tok\"}}}";
    QVERIFY(writeFile(configPath(), json));
    const auto r = DockerConfig::load(configPath());
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const DockerConfig &c = r.value;
    QVERIFY(c.exists());
    QCOMPARE(c.credsStore(), QStringLiteral("pass"));
    QCOMPARE(c.credHelpers().size(), 2);
    QCOMPARE(c.credHelpers().value(QStringLiteral("gcr.io")), QStringLiteral("gcloud"));
    QCOMPARE(c.authKeys().size(), 3); // the empty {} entry is none
    // The empty {} of a configured store is no inline sign-in.
    QVERIFY(!c.inlineAuth(QStringLiteral("https://index.docker.io/v1/")));
    const auto quay = c.inlineAuth(QStringLiteral("quay.io"));
    QVERIFY(quay);
    QCOMPARE(quay->username, QStringLiteral("carol"));
    QCOMPARE(quay->secret, QStringLiteral("pa:ss")); // split at the first ':'
    const auto ghcr = c.inlineAuth(QStringLiteral("ghcr.io"));
    QVERIFY(ghcr);
    QCOMPARE(ghcr->identityToken, QStringLiteral("id-tok"));
    QVERIFY(ghcr->secret.isEmpty());
    const auto session = c.inlineAuth(DockerConfig::sessionKey());
    QVERIFY(session);
    QCOMPARE(session->username, QStringLiteral("alice"));
}

void TestDockerConfig::helperFor_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("helper");
    const QByteArray both = "{\"credsStore\":\"pass\",\"credHelpers\":{\"gcr.io\":\"gcloud\","
                            "\"https://registry.example.com/v2/\":\"ecr-login\"}}";
    QTest::newRow("hub falls back to credsStore") << both << "https://index.docker.io/v1/"
                                                  << "pass";
    QTest::newRow("bare host entry") << both << "https://gcr.io"
                                     << "gcloud";
    QTest::newRow("bare host asked bare") << both << "gcr.io"
                                          << "gcloud";
    QTest::newRow("exact key") << both << "https://registry.example.com/v2/"
                               << "ecr-login";
    QTest::newRow("normalized key") << both << "REGISTRY.example.com/v2"
                                    << "ecr-login";
    QTest::newRow("other registry") << both << "quay.io"
                                    << "pass";
    QTest::newRow("no store at all") << QByteArray("{\"auths\":{}}") << "https://index.docker.io/v1/"
                                     << "";
    QTest::newRow("empty credsStore") << QByteArray("{\"credsStore\":\"\"}") << "https://index.docker.io/v1/"
                                      << "";
    QTest::newRow("null credsStore") << QByteArray("{\"credsStore\":null}") << "https://index.docker.io/v1/"
                                     << "";
    QTest::newRow("hub helper only") << QByteArray(
        "{\"credHelpers\":{\"https://index.docker.io/v1/\":\"secretservice\"}}")
                                     << "https://index.docker.io/v1/"
                                     << "secretservice";
}

void TestDockerConfig::helperFor()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, registry);
    QFETCH(QString, helper);
    QVERIFY(writeFile(configPath(), json));
    const auto r = DockerConfig::load(configPath());
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value.helperFor(registry), helper);
}

void TestDockerConfig::inlineAuthKeys_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<bool>("found");
    QTest::newRow("exact") << "https://index.docker.io/v1/"
                           << "https://index.docker.io/v1/" << true;
    QTest::newRow("no scheme, no slash") << "index.docker.io/v1"
                                         << "https://index.docker.io/v1/" << true;
    QTest::newRow("host case") << "https://Index.Docker.IO/v1/"
                               << "https://index.docker.io/v1/" << true;
    QTest::newRow("session key is not the registry") << "https://index.docker.io/v1/access-token"
                                                     << "https://index.docker.io/v1/" << false;
    QTest::newRow("registry is not the session key") << "https://index.docker.io/v1/"
                                                     << "https://index.docker.io/v1/access-token" << false;
    QTest::newRow("other host") << "https://quay.io/"
                                << "https://index.docker.io/v1/" << false;
}

void TestDockerConfig::inlineAuthKeys()
{
    QFETCH(QString, stored);
    QFETCH(QString, asked);
    QFETCH(bool, found);
    const QJsonObject root{
        {QStringLiteral("auths"),
         QJsonObject{{stored, QJsonObject{{QStringLiteral("auth"), QString::fromLatin1(base64("u:s"))}}}}}};
    QVERIFY(writeFile(configPath(), QJsonDocument(root).toJson()));
    const auto r = DockerConfig::load(configPath());
    QVERIFY(r.ok());
    QCOMPARE(r.value.inlineAuth(asked).has_value(), found);
}

void TestDockerConfig::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{\"credsStore\": \"pass\",,}");
    QTest::newRow("truncated") << QByteArray("{\"auths\": {");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("credsStore a number") << QByteArray("{\"credsStore\": 7}");
    QTest::newRow("credsStore a path") << QByteArray("{\"credsStore\": \"../../bin/sh\"}");
    QTest::newRow("credHelpers an array") << QByteArray("{\"credHelpers\": [\"pass\"]}");
    QTest::newRow("credHelpers value a number") << QByteArray("{\"credHelpers\": {\"gcr.io\": 1}}");
    QTest::newRow("auths a string") << QByteArray("{\"auths\": \"x\"}");
    QTest::newRow("auth entry a string") << QByteArray("{\"auths\": {\"a\": \"x\"}}");
    QTest::newRow("auth not base64") << QByteArray("{\"auths\": {\"a\": {\"auth\": \"%%%\"}}}");
    QTest::newRow("auth without colon") << QByteArray("{\"auths\": {\"a\": {\"auth\": \"" + base64("nocolon")
                                                      + "\"}}}");
}

void TestDockerConfig::invalid()
{
    QFETCH(QByteArray, json);
    QVERIFY(writeFile(configPath(), json));
    const auto r = DockerConfig::load(configPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, DockerError::Kind::ConfigInvalid);
    QCOMPARE(r.error->path, configPath());
    QVERIFY(!r.error->detail.isEmpty());
}

void TestDockerConfig::unreadable()
{
    // A directory where the file should be (chmod 000 means nothing to root, who runs CI).
    QVERIFY(QDir().mkpath(configPath()));
    const auto r = DockerConfig::load(configPath());
    QVERIFY(!r.ok());
    QVERIFY2(r.error->kind == DockerError::Kind::ConfigUnreadable || r.error->kind == DockerError::Kind::ConfigInvalid,
             qPrintable(describe(r)));
    const auto w = DockerConfig::setCredsStore(configPath(), QStringLiteral("fakestore"));
    QVERIFY(!w.ok());
    QVERIFY(QFileInfo(configPath()).isDir());
}

void TestDockerConfig::textEdit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected"); // empty: nullopt
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{\n\t\"credsStore\": \"pass\"\n}");
    QTest::newRow("empty object, spaces")
        << QByteArray("  { \n }\n") << QByteArray("  {\n\t\"credsStore\": \"pass\"\n}\n");
    QTest::newRow("one line") << QByteArray("{\"a\":1}") << QByteArray("{\"a\":1, \"credsStore\": \"pass\"}");
    QTest::newRow("indented with spaces")
        << QByteArray("{\n    \"a\": [1, {\"b\": \"}\"}]\n}\n")
        << QByteArray("{\n    \"a\": [1, {\"b\": \"}\"}],\n    \"credsStore\": \"pass\"\n}\n");
    QTest::newRow("crlf") << QByteArray("{\r\n\t\"a\": true\r\n}\r\n")
                          << QByteArray("{\r\n\t\"a\": true,\r\n\t\"credsStore\": \"pass\"\r\n}\r\n");
    QTest::newRow("replace") << QByteArray("{\"credsStore\" : \"desktop\", \"x\": \"credsStore\"}")
                             << QByteArray("{\"credsStore\" : \"pass\", \"x\": \"credsStore\"}");
    QTest::newRow("replace a null") << QByteArray("{\"credsStore\": null}") << QByteArray("{\"credsStore\": \"pass\"}");
    QTest::newRow("nested key untouched") << QByteArray("{\"o\": {\"credsStore\": \"x\"}}")
                                          << QByteArray("{\"o\": {\"credsStore\": \"x\"}, \"credsStore\": \"pass\"}");
    QTest::newRow("escaped quote in key")
        << QByteArray("{\"a\\\"b\": \"c\\\\\"}") << QByteArray("{\"a\\\"b\": \"c\\\\\", \"credsStore\": \"pass\"}");
    QTest::newRow("not an object") << QByteArray("[1]") << QByteArray();
    QTest::newRow("trailing junk") << QByteArray("{} {}") << QByteArray();
    QTest::newRow("unterminated") << QByteArray("{\"a\": \"b") << QByteArray();
}

void TestDockerConfig::textEdit()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const auto edited = JsonTextEdit::setTopLevelString(json, QStringLiteral("credsStore"), QStringLiteral("pass"));
    if (expected.isEmpty()) {
        QVERIFY(!edited);
        return;
    }
    QVERIFY(edited);
    QCOMPARE(*edited, expected);
    QJsonParseError error{};
    QJsonDocument::fromJson(*edited, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestDockerConfig::setCredsStoreKeepsEveryOtherByte()
{
    QVERIFY(writeFile(configPath(), DockerWritten));
    const auto r = DockerConfig::setCredsStore(configPath(), QStringLiteral("fakestore"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.value.credsStore(), QStringLiteral("fakestore"));
    QByteArray expected = DockerWritten;
    expected.replace("{{.Names}}\"\n}", "{{.Names}}\",\n\t\"credsStore\": \"fakestore\"\n}");
    QCOMPARE(readFile(configPath()), expected);
    // The huge number survived as written (a JSON round trip through doubles would not keep it).
    QVERIFY(readFile(configPath()).contains("12345678901234567890123"));
    // Nothing left behind beside it.
    QCOMPARE(QDir(QFileInfo(configPath()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("config.json")});
    // And it reads back.
    const auto again = DockerConfig::load(configPath());
    QVERIFY(again.ok());
    QCOMPARE(again.value.credsStore(), QStringLiteral("fakestore"));
    QVERIFY(again.value.inlineAuth(QStringLiteral("registry.example.com")));
}

void TestDockerConfig::setCredsStoreReplacesTheValue()
{
    const QByteArray before = "{\n\t\"credsStore\": \"desktop\",\n\t\"auths\": {}\n}";
    QVERIFY(writeFile(configPath(), before));
    const auto r = DockerConfig::setCredsStore(configPath(), QStringLiteral("fakestore"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(readFile(configPath()), QByteArray("{\n\t\"credsStore\": \"fakestore\",\n\t\"auths\": {}\n}"));
}

void TestDockerConfig::setCredsStoreCreatesAMissingFile()
{
    const QString path = m_dir->path() + QStringLiteral("/new/.docker/config.json");
    const auto r = DockerConfig::setCredsStore(path, QStringLiteral("fakestore"));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(r.value.exists());
    QCOMPARE(readFile(path), QByteArray("{\n\t\"credsStore\": \"fakestore\"\n}\n"));
    QCOMPARE(QFileInfo(path).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QFileDevice::Permissions dir = QFileInfo(QFileInfo(path).absolutePath()).permissions();
    QVERIFY(!(dir & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
}

void TestDockerConfig::setCredsStoreKeepsPermissions()
{
    QVERIFY(writeFile(configPath(), "{}"));
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
        | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(configPath(), mode));
    QVERIFY(DockerConfig::setCredsStore(configPath(), QStringLiteral("fakestore")).ok());
    QCOMPARE(QFileInfo(configPath()).permissions(), mode);
}

void TestDockerConfig::setCredsStoreNeverOverwritesInvalid_data()
{
    invalid_data();
}

void TestDockerConfig::setCredsStoreNeverOverwritesInvalid()
{
    QFETCH(QByteArray, json);
    QVERIFY(writeFile(configPath(), json));
    const auto r = DockerConfig::setCredsStore(configPath(), QStringLiteral("fakestore"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->kind, DockerError::Kind::ConfigInvalid);
    QCOMPARE(readFile(configPath()), json);
}

void TestDockerConfig::setCredsStoreNeedsAnInstalledHelper()
{
    QVERIFY(writeFile(configPath(), DockerWritten));
    const auto missing = DockerConfig::setCredsStore(configPath(), QStringLiteral("nosuchhelper"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error->kind, DockerError::Kind::HelperMissing);
    QCOMPARE(missing.error->helper, QStringLiteral("nosuchhelper"));
    const auto bad = DockerConfig::setCredsStore(configPath(), QStringLiteral("../evil"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error->kind, DockerError::Kind::ConfigNotWritten);
    QCOMPARE(readFile(configPath()), DockerWritten);
}

void TestDockerConfig::setCredsStoreThroughASymlink()
{
    const QString real = m_dir->path() + QStringLiteral("/dotfiles-config.json");
    QVERIFY(writeFile(real, "{\"auths\": {}}"));
    QVERIFY(QFile::link(real, configPath()));
    QVERIFY(DockerConfig::setCredsStore(configPath(), QStringLiteral("fakestore")).ok());
    QVERIFY(QFileInfo(configPath()).isSymLink());
    QCOMPARE(readFile(real), QByteArray("{\"auths\": {}, \"credsStore\": \"fakestore\"}"));
}

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_dockerconfig.moc"
