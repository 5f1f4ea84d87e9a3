#include "EmuDemoData.h"

#include "EmuRfc3339.h"

namespace emu {

const QString EmuDemoData::DemoTotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

namespace {
const QString Admin = QStringLiteral("repo:admin");
const QString Write = QStringLiteral("repo:write");
const QString Read = QStringLiteral("repo:read");
const QString PublicRead = QStringLiteral("repo:public_read");

const QString UaBrowser = QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, "
                                         "like Gecko) Version/17.4 Safari/605.1.15");
const QString UaFirefox = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0");
const QString UaDesktopMac = QStringLiteral("Docker-Client/26.1.1 (darwin)");
const QString UaDesktopWin = QStringLiteral("Docker-Client/26.0.0 (windows)");

struct Row {
    const char *label;
    QStringList scopes;
    bool legacy;
    bool active;
    const char *generatedBy;
    double createdDaysAgo;
    double lastUsedDaysAgo; // < 0: never
    int expiryKind; // 0 absent, 1 null, 2 "", 3 time
    double expiresInDays; // with expiryKind 3; negative: expired
    const char *ip;
    const QString *ua;
};

SeedToken fromRow(const Row &r, const QDateTime &now)
{
    SeedToken t;
    t.label = QString::fromUtf8(r.label);
    t.omitScopes = r.legacy;
    t.scopes = r.legacy ? QStringList() : r.scopes;
    t.active = r.active;
    t.generatedBy = QString::fromLatin1(r.generatedBy);
    t.createdAt = now.addSecs(-qint64(r.createdDaysAgo * 86400));
    if (r.lastUsedDaysAgo >= 0)
        t.lastUsed = now.addSecs(-qint64(r.lastUsedDaysAgo * 86400));
    switch (r.expiryKind) {
    case 0: t.expiresAt = QJsonValue(QJsonValue::Undefined); break;
    case 1: t.expiresAt = QJsonValue(QJsonValue::Null); break;
    case 2: t.expiresAt = QString(); break;
    default: t.expiresAt = EmuDemoData::rfc3339(now.addSecs(qint64(r.expiresInDays * 86400))); break;
    }
    t.creatorIp = QString::fromLatin1(r.ip);
    t.creatorUa = *r.ua;
    return t;
}
} // namespace

QJsonValue EmuDemoData::rfc3339(const QDateTime &dateTime)
{
    // Sub-millisecond digits as the real service has them, derived from the time so they stay stable.
    const qint64 usecs = EmuRfc3339::toUsecs(dateTime);
    return EmuRfc3339::format(usecs + (usecs / 1000 * 7919) % 1000);
}

QList<SeedToken> EmuDemoData::demoTokens(const QDateTime &now)
{
    constexpr double Minute = 1.0 / 1440;
    // clang-format off
    const Row rows[] = {
        // label                                   scopes        legacy active  generated_by       created  used       exp  expires in
        {"GitHub Actions – release",              {Write},       false, true,  "manual",          200,   2.0 / 24,  3, 165,   "140.82.112.21", &UaBrowser},
        {"Jenkins nightly",                       {Read},        false, true,  "manual",          400,   1,         0, 0,     "10.20.30.40",   &UaFirefox},
        {"laptop docker login",                   {Admin},       false, true,  "manual",          30,    10 * Minute, 1, 0,   "192.168.1.23",  &UaBrowser},
        {"CI pull-only",                          {PublicRead},  false, true,  "manual",          90,    -1,        2, 0,     "203.0.113.7",   &UaFirefox},
        {"Old build server",                      {},            true,  true,  "manual",          1500,  700,       0, 0,     "198.51.100.4",  &UaFirefox},
        {"legacy deploy key",                     {},            true,  false, "manual",          1300,  1000,      0, 0,     "198.51.100.9",  &UaBrowser},
        {"staging deploy",                        {Write},       false, true,  "manual",          120,   35,        3, -30,   "10.0.0.12",     &UaFirefox},
        {"temp debugging",                        {Read},        false, false, "manual",          60,    -1,        3, -5,    "192.168.1.23",  &UaBrowser},
        {"Release signing",                       {Admin},       false, true,  "manual",          362,   3,         3, 3,     "140.82.112.21", &UaBrowser},
        {"Renovate bot",                          {Read},        false, true,  "manual",          83,    1.0 / 24,  3, 6.8,   "52.14.99.3",    &UaFirefox},
        {"本番環境の CI",                          {Write},       false, true,  "manual",          45,    5.0 / 24,  3, 320,   "203.0.113.50",  &UaBrowser},
        {"ステージング用トークン",                  {Read},        false, false, "manual",          20,    -1,        1, 0,     "203.0.113.51",  &UaBrowser},
        {"持续集成流水线",                          {Write},       false, true,  "manual",          15,    2,         3, 75,    "198.18.0.10",   &UaFirefox},
        {"测试环境只读令牌",                        {PublicRead},  false, true,  "manual",          9,     -1,        2, 0,     "198.18.0.11",   &UaFirefox},
        {"Docker Desktop — MacBook-Pro.local",    {Admin},       false, true,  "docker-desktop",  40,    1.0 / 24,  1, 0,     "192.168.1.23",  &UaDesktopMac},
        {"Docker Desktop — DESKTOP-7Q2K1",        {Admin},       false, true,  "docker-desktop",  120,   60,        1, 0,     "192.168.1.40",  &UaDesktopWin},
        {"Docker Desktop — build-mac-mini",       {Admin},       false, false, "docker-desktop",  300,   250,       0, 0,     "10.0.0.77",     &UaDesktopMac},
        {"Kubernetes imagePullSecret",            {Read},        false, true,  "manual",          250,   0.5 * Minute, 1, 0,  "34.117.59.81",  &UaFirefox},
        {"Terraform Cloud",                       {Admin},       false, false, "manual",          500,   480,       1, 0,     "52.86.0.1",     &UaBrowser},
        {"Buildkite agents",                      {Write},       false, true,  "manual",          10,    -1,        3, 80,    "35.190.0.2",    &UaFirefox},
        {"GitLab CI – mirror job",                {Read},        false, true,  "manual",          3,     3,         3, 27,    "35.231.145.151", &UaFirefox},
        {"Ansible playbooks",                     {PublicRead},  false, false, "manual",          565,   400,       3, -200,  "10.0.0.5",      &UaBrowser},
        {"Homelab registry mirror 🚀",            {Read},        false, true,  "manual",          70,    20,        1, 0,     "192.168.1.2",   &UaFirefox},
        {"A deliberately long description that fills the whole one-hundred-character limit of the Hub web UI!!",
                                                  {Read},        false, true,  "manual",          33,    12,        3, 200,   "192.168.1.23",  &UaBrowser},
        {"Created a minute ago",                  {PublicRead},  false, true,  "manual",          Minute, -1,       3, 30,    "127.0.0.1",     &UaBrowser},
        {"Nightly backup job",                    {Write},       false, true,  "manual",          180,   0.8,       2, 0,     "10.0.0.90",     &UaFirefox},
    };
    // clang-format on
    QList<SeedToken> out;
    for (const Row &r : rows)
        out << fromRow(r, now);
    return out;
}

QList<SeedToken> EmuDemoData::demo2faTokens(const QDateTime &now)
{
    const Row rows[] = {
        {"2FA laptop", {Admin}, false, true, "manual", 50, 1, 1, 0, "192.168.1.30", &UaBrowser},
        {"Release pipeline", {Write}, false, true, "manual", 100, 4, 3, 60, "140.82.112.21", &UaFirefox},
        {"Docker Desktop — ThinkPad-X1",
         {Admin},
         false,
         true,
         "docker-desktop",
         12,
         0.2,
         1,
         0,
         "192.168.1.31",
         &UaDesktopWin},
        {"Expired read token", {Read}, false, false, "manual", 400, 100, 3, -10, "192.168.1.30", &UaBrowser},
    };
    QList<SeedToken> out;
    for (const Row &r : rows)
        out << fromRow(r, now);
    return out;
}

SeedToken EmuDemoData::bulkToken(int index, const QDateTime &now)
{
    static const char *const systems[] = {"Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "Buildkite",
                                          "Argo CD", "Tekton",         "Drone",     "Travis",   "laptop"};
    static const char *const purposes[] = {"release", "nightly", "pull", "mirror", "deploy", "scan", "cache"};
    static const QString scopes[] = {Admin, Write, Read, PublicRead};
    SeedToken t;
    t.label = QStringLiteral("%1 %2 #%3")
                  .arg(QLatin1String(systems[index % 10]), QLatin1String(purposes[(index / 10) % 7]))
                  .arg(index + 1);
    t.scopes = {scopes[index % 4]};
    t.omitScopes = index % 41 == 40;
    t.active = index % 7 != 6;
    t.createdAt = now.addSecs(-qint64(index + 1) * 3 * 3600);
    if (index % 3 != 0)
        t.lastUsed = now.addSecs(-qint64(index) * 3600);
    switch (index % 5) {
    case 0: t.expiresAt = QJsonValue(QJsonValue::Null); break;
    case 1: t.expiresAt = rfc3339(now.addDays(30 + index % 300)); break;
    case 2: t.expiresAt = rfc3339(now.addDays(-(1 + index % 90))); break;
    case 3: t.expiresAt = QJsonValue(QJsonValue::Undefined); break;
    default: t.expiresAt = QString(); break;
    }
    if (t.omitScopes)
        t.expiresAt = QJsonValue(QJsonValue::Undefined);
    t.creatorIp = QStringLiteral("10.1.%1.%2").arg((index / 250) % 250).arg(index % 250 + 1);
    t.creatorUa = QStringLiteral("hub-emulator bulk seed");
    return t;
}

} // namespace emu
