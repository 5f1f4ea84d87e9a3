<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hub Tokens</source>
        <translation>关于 Hub Tokens</translation>
    </message>
    <message>
        <source>Hub Tokens</source>
        <translation>Hub Tokens</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（构建时使用 Qt %2）</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Licence: Apache License 2.0. You may use, change and share Hub Tokens under its terms. Hub Tokens is not a product of Docker, Inc.</source>
        <translation>许可证：Apache License 2.0。您可以按照其条款使用、修改和分享 Hub Tokens。Hub Tokens 不是 Docker, Inc. 的产品。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Stored: your sign-in (a session token) in the system keychain, only when “Stay signed in” is on; the settings in %1; a token you sign Docker in with, in Docker&apos;s own credential store. Nothing else.</source>
        <translation>存储的内容：仅在开启“保持登录”时，将您的登录信息（会话令牌）保存在系统钥匙串中；设置保存在 %1 中；用于登录 Docker 的令牌保存在 Docker 自己的凭据存储中。除此之外不存储任何内容。</translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation>存储的内容</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Your session expired. Sign in again to continue.</source>
        <translation>您的会话已过期。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Your session is about to expire. Sign in again to continue.</source>
        <translation>您的会话即将过期。请重新登录以继续。</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in has expired. Sign in to Docker again (Docker Desktop, or docker login), then continue with Docker&apos;s sign-in; or sign in here with your password.</source>
        <translation>Docker 的登录信息已过期。请重新登录 Docker（Docker Desktop 或 docker login），然后继续使用 Docker 的登录信息；或在此处使用密码登录。</translation>
    </message>
</context>
<context>
    <name>ActionsDelegate</name>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hub Tokens</source>
        <translation>关于 Hub Tokens(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Hub Tokens cannot start itself at login from “%1”: the program&apos;s path must be absolute and on one line.</source>
        <translation>Hub Tokens 无法在登录时从“%1”自动启动：程序路径必须是绝对路径，且只能占一行。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The start-up entry %1 could not be written.</source>
        <translation>无法写入启动项 %1。</translation>
    </message>
    <message>
        <source>The start-up entry %1 could not be removed.</source>
        <translation>无法移除启动项 %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An error sentence (%1), then the system&apos;s own words for the cause (%2).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reminds you of Docker Hub access tokens that are about to expire</source>
        <translation>提醒您即将过期的 Docker Hub 访问令牌</translation>
    </message>
</context>
<context>
    <name>CleanupPreviewDialog</name>
    <message>
        <source>Delete all expired tokens</source>
        <translation>删除所有已过期的令牌</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n expired token(s)?</source>
        <translation>
            <numerusform>要删除 %n 个已过期的令牌吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens have expired and can no longer be used. Deleting them removes them from your Docker Hub account for good.</source>
        <translation>这些令牌已过期，无法再使用。删除后，它们将从您的 Docker Hub 帐户中永久移除。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>This can&apos;t be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s)</source>
        <translation>
            <numerusform>删除 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate unused tokens</source>
        <translation>停用未使用的令牌</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s) unused for %1 days or more?</source>
        <translation>
            <numerusform>要停用 %n 个 %1 天以上未使用的令牌吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated token stops working until you activate it again. A token that was never used counts from the day it was created.</source>
        <translation>停用的令牌在重新激活之前将无法使用。从未使用过的令牌从创建之日起计算。</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最后使用时间</translation>
    </message>
    <message>
        <source>You can activate them again at any time.</source>
        <translation>您可以随时重新激活它们。</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s)</source>
        <translation>
            <numerusform>停用 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (created %1)</source>
        <extracomment>A token never used, and when it was created: &quot;Never (created 3 months ago)&quot;</extracomment>
        <translation>从未使用（创建于 %1）</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>HUBTOKENS_PASSWORD is set but HUBTOKENS_USERNAME is not: set both to sign in with them.</source>
        <translation>已设置 HUBTOKENS_PASSWORD，但未设置 HUBTOKENS_USERNAME：要使用它们登录，请同时设置两者。</translation>
    </message>
    <message>
        <source>HUBTOKENS_USERNAME is set but HUBTOKENS_PASSWORD is empty: set both to sign in with them, or unset HUBTOKENS_PASSWORD.</source>
        <translation>已设置 HUBTOKENS_USERNAME，但 HUBTOKENS_PASSWORD 为空：要使用它们登录，请同时设置两者，或取消设置 HUBTOKENS_PASSWORD。</translation>
    </message>
</context>
<context>
    <name>CliBulkCommand</name>
    <message>
        <source>Not deleting: stdin is not a terminal, so nobody can confirm by typing the username. Add --force to delete without asking.</source>
        <translation>已取消删除：stdin 不是终端，无法通过输入用户名进行确认。如需不经确认直接删除，请添加 --force。</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>未执行任何操作。</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n token(s):</source>
        <translation>
            <numerusform>您即将删除 %n 个令牌：</numerusform>
        </translation>
    </message>
    <message>
        <source>This can&apos;t be undone: whatever uses them will stop working.</source>
        <translation>此操作无法撤销：所有使用这些令牌的地方都将失效。</translation>
    </message>
    <message>
        <source>To confirm, type your username (%1): </source>
        <translation>请输入您的用户名 (%1) 进行确认: </translation>
    </message>
    <message>
        <source>The username didn&apos;t match: nothing was deleted.</source>
        <translation>用户名不匹配，未删除任何令牌。</translation>
    </message>
    <message>
        <source>“%1” (%2) was already active.</source>
        <translation>“%1”(%2) 已处于活动状态。</translation>
    </message>
    <message>
        <source>“%1” (%2) was already inactive.</source>
        <translation>“%1”(%2) 已处于非活动状态。</translation>
    </message>
    <message>
        <source>“%1” (%2) has expired: it can&apos;t be used anyway.</source>
        <translation>“%1”(%2) 已过期，本来就无法使用。</translation>
    </message>
    <message>
        <source>Activated “%1” (%2).</source>
        <translation>已激活“%1”(%2)。</translation>
    </message>
    <message>
        <source>Deactivated “%1” (%2).</source>
        <translation>已停用“%1”(%2)。</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>已删除“%1”(%2)。</translation>
    </message>
    <message>
        <source>Could not activate “%1” (%2): it has expired, and expired tokens can only be deleted.</source>
        <translation>无法激活“%1”(%2)：该令牌已过期，过期的令牌只能删除。</translation>
    </message>
    <message>
        <source>your session expired; run &apos;%1 login&apos; to sign in again</source>
        <translation>您的会话已过期；请运行 &apos;%1 login&apos; 重新登录</translation>
    </message>
    <message>
        <source>Could not activate “%1” (%2): %3</source>
        <translation>无法激活“%1”(%2)：%3</translation>
    </message>
    <message>
        <source>Could not deactivate “%1” (%2): %3</source>
        <translation>无法停用“%1”(%2)：%3</translation>
    </message>
    <message>
        <source>Could not delete “%1” (%2): %3</source>
        <translation>无法删除“%1”(%2)：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed.</source>
        <translation>
            <numerusform>%n 个中有 %1 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token has expired: nothing to delete.</source>
        <translation>没有已过期的令牌，无需删除。</translation>
    </message>
    <message numerus="yes">
        <source>No active token has gone unused for %n day(s): nothing to deactivate.</source>
        <translation>
            <numerusform>没有 %n 天以上未使用的活动令牌，无需停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Would activate “%1” (%2).</source>
        <translation>将激活“%1”(%2)。</translation>
    </message>
    <message>
        <source>Would deactivate “%1” (%2).</source>
        <translation>将停用“%1”(%2)。</translation>
    </message>
    <message>
        <source>Would delete “%1” (%2).</source>
        <translation>将删除“%1”(%2)。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Your session expired. Run &apos;%1 login&apos; to sign in again.</source>
        <translation>您的会话已过期。请运行 &apos;%1 login&apos; 重新登录。</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>The description can&apos;t be empty.</source>
        <translation>描述不能为空。</translation>
    </message>
    <message>
        <source>The description is %1 characters long; it can have at most %2.</source>
        <translation>描述长度为 %1 个字符，最多允许 %2 个字符。</translation>
    </message>
    <message>
        <source>--expires takes never, 30d, 90d, a date (YYYY-MM-DD) or an RFC 3339 time (2025-12-31T18:00:00Z), not “%1”.</source>
        <translation>--expires 只接受 never、30d、90d、日期 (YYYY-MM-DD) 或 RFC 3339 时间 (2025-12-31T18:00:00Z)，不接受“%1”。</translation>
    </message>
    <message>
        <source>The expiry %1 is not in the future.</source>
        <translation>过期时间 %1 必须晚于当前时间。</translation>
    </message>
    <message>
        <source>The expiry %1 is more than a year ahead; Docker Hub allows at most one year.</source>
        <translation>过期时间 %1 超出了一年；Docker Hub 最长只允许一年。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Can&apos;t use the server %1: %2</source>
        <translation>无法使用服务器 %1：%2</translation>
    </message>
    <message>
        <source>--format takes table or json, not “%1”.</source>
        <translation>--format 只接受 table 或 json，不接受“%1”。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use one of: %2.</source>
        <translation>未知语言“%1”；请使用以下语言之一：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one UUID.</source>
        <translation>&apos;%1&apos; 需要一个 UUID。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one UUID.</source>
        <translation>&apos;%1&apos; 至少需要一个 UUID。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>无法识别的参数“%1”。</translation>
    </message>
    <message>
        <source>An empty UUID was given.</source>
        <translation>UUID 不能为空。</translation>
    </message>
    <message>
        <source>--username can&apos;t be empty.</source>
        <translation>--username 不能为空。</translation>
    </message>
    <message>
        <source>--status takes active, inactive or expired, not “%1”.</source>
        <translation>--status 只接受 active、inactive 或 expired，不接受“%1”。</translation>
    </message>
    <message>
        <source>--source takes manual or auto, not “%1”.</source>
        <translation>--source 只接受 manual 或 auto，不接受“%1”。</translation>
    </message>
    <message>
        <source>--expiring-within takes a number of days (0 to 36500), not “%1”.</source>
        <translation>--expiring-within 只接受天数（0 到 36500），不接受“%1”。</translation>
    </message>
    <message>
        <source>&apos;token create&apos; needs --description.</source>
        <translation>&apos;token create&apos; 需要 --description。</translation>
    </message>
    <message>
        <source>--scope takes repo:public_read, repo:read, repo:write or repo:admin, not “%1”.</source>
        <translation>--scope 只接受 repo:public_read、repo:read、repo:write 或 repo:admin，不接受“%1”。</translation>
    </message>
    <message>
        <source>&apos;token edit&apos; needs --description or --scope (or both).</source>
        <translation>&apos;token edit&apos; 需要 --description 或 --scope（或两者）。</translation>
    </message>
    <message>
        <source>--quiet and --format json can&apos;t be used together.</source>
        <translation>--quiet 和 --format json 不能同时使用。</translation>
    </message>
    <message>
        <source>&apos;token export&apos; needs --format ics, csv or json.</source>
        <translation>&apos;token export&apos; 需要 --format ics、csv 或 json。</translation>
    </message>
    <message>
        <source>&apos;token export&apos; takes --format ics, csv or json, not “%1”.</source>
        <translation>&apos;token export&apos; 的 --format 只接受 ics、csv 或 json，不接受“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; takes no UUID.</source>
        <translation>&apos;%1 %2&apos; 不接受 UUID。</translation>
    </message>
    <message>
        <source>--output can&apos;t be empty.</source>
        <translation>--output 不能为空。</translation>
    </message>
    <message>
        <source>--unused-for takes a number of days (1 to 36500), not “%1”.</source>
        <translation>--unused-for 只接受天数（1 到 36500），不接受“%1”。</translation>
    </message>
    <message>
        <source>&apos;token&apos; needs a command: ls, inspect, create, edit, activate, deactivate, rm, export or rotate.</source>
        <translation>&apos;token&apos; 需要一个命令：ls、inspect、create、edit、activate、deactivate、rm、export 或 rotate。</translation>
    </message>
    <message>
        <source>--registry can&apos;t be empty.</source>
        <translation>--registry 不能为空。</translation>
    </message>
    <message>
        <source>&apos;docker use-store&apos; takes the name of one credential store (secretservice or pass).</source>
        <translation>&apos;docker use-store&apos; 需要一个凭据存储的名称（secretservice 或 pass）。</translation>
    </message>
    <message>
        <source>An empty name was given.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>--from-docker uses Docker&apos;s own sign-in: no --username or --password-stdin with it.</source>
        <translation>--from-docker 使用 Docker 自身的登录信息：不能同时指定 --username 或 --password-stdin。</translation>
    </message>
    <message>
        <source>--force goes with --docker-login.</source>
        <translation>--force 需与 --docker-login 一起使用。</translation>
    </message>
</context>
<context>
    <name>CliCreateCommand</name>
    <message>
        <source>It never expires.</source>
        <translation>该令牌永不过期。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>该令牌将于 %1 过期。</translation>
    </message>
    <message>
        <source>Created the token “%1” (%2) with the scope %3. %4</source>
        <translation>已创建令牌“%1”(%2)，作用域为 %3。%4</translation>
    </message>
    <message>
        <source>Copy it now: this is the only time it is shown.</source>
        <translation>请立即复制：它只会显示这一次。</translation>
    </message>
    <message>
        <source>To sign in to Docker with it, run:</source>
        <translation>要使用它登录 Docker，请运行：</translation>
    </message>
    <message>
        <source>then paste the token, press Enter and then Ctrl-D. In a script, pipe the token into that command instead of putting it on the command line.</source>
        <translation>然后粘贴令牌，按 Enter，再按 Ctrl-D。在脚本中，请通过管道将令牌传给该命令，而不要将其放在命令行中。</translation>
    </message>
    <message>
        <source>The token “%1” (%2) was created, but the reply with its secret was lost, so it can&apos;t be used. Deactivate or delete it: %3 token rm %2</source>
        <translation>令牌“%1”(%2) 已创建，但包含其密钥的响应已丢失，因此无法使用。请停用或删除它：%3 token rm %2</translation>
    </message>
</context>
<context>
    <name>CliDockerCommand</name>
    <message>
        <source>Registry:</source>
        <translation>镜像仓库：</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>Credential store:</source>
        <translation>凭据存储：</translation>
    </message>
    <message>
        <source>none (sign-ins are kept in the configuration file itself)</source>
        <translation>无（登录信息直接保存在配置文件中）</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>a personal access token this app didn&apos;t create</source>
        <translation>非本应用创建的个人访问令牌</translation>
    </message>
    <message>
        <source>the token %1</source>
        <translation>令牌 %1</translation>
    </message>
    <message>
        <source>the token “%1” (%2)</source>
        <translation>令牌“%1”(%2)</translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation>登录凭据：</translation>
    </message>
    <message>
        <source>A password can do everything your account can. Replace it with a token: %1 token create --description D --docker-login --force</source>
        <translation>密码可以执行您帐户能执行的所有操作。请改用令牌：%1 token create --description D --docker-login --force</translation>
    </message>
    <message>
        <source>Docker has no credential store. Choose one with: %1 docker use-store NAME (installed here: %2)</source>
        <translation>Docker 没有凭据存储。请使用以下命令选择一个：%1 docker use-store NAME（此处已安装：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>“%1” is not a credential store this app can set up here. Installed: %2.</source>
        <translation>“%1”不是本应用可以在此处设置的凭据存储。已安装：%2。</translation>
    </message>
    <message>
        <source>Docker now keeps its sign-ins with docker-credential-%1 (credsStore in %2).</source>
        <translation>Docker 现在使用 docker-credential-%1 保存登录信息（%2 中的 credsStore）。</translation>
    </message>
</context>
<context>
    <name>CliDockerLogin</name>
    <message>
        <source>Run &apos;%1 docker use-store NAME&apos; to choose one.</source>
        <translation>请运行 &apos;%1 docker use-store NAME&apos; 来选择一个。</translation>
    </message>
    <message>
        <source>another token this app created (%1)</source>
        <translation>本应用创建的另一个令牌 (%1)</translation>
    </message>
    <message>
        <source>a token this app did not create</source>
        <translation>非本应用创建的令牌</translation>
    </message>
    <message>
        <source>Docker is already signed in to %1 as %2 with %3. Nothing was created. Add --force to replace it.</source>
        <translation>Docker 已使用 %3 以 %2 身份登录 %1。未创建任何令牌。如需替换，请添加 --force。</translation>
    </message>
    <message>
        <source>Docker was not signed in with the token: %1</source>
        <translation>未能使用此令牌登录 Docker：%1</translation>
    </message>
    <message>
        <source>Docker is now signed in to %1 as %2 with this token (kept by docker-credential-%3).</source>
        <translation>Docker 现已使用此令牌以 %2 身份登录 %1（由 docker-credential-%3 保存）。</translation>
    </message>
</context>
<context>
    <name>CliEditCommand</name>
    <message>
        <source>“%1” has expired: its scope can&apos;t be changed any more. Expired tokens can only be renamed or deleted.</source>
        <translation>“%1”已过期：无法再更改其作用域。已过期的令牌只能重命名或删除。</translation>
    </message>
    <message>
        <source>Updated “%1” (%2): scope %3.</source>
        <translation>已更新“%1”(%2)：作用域 %3。</translation>
    </message>
    <message>
        <source>Nothing to change: “%1” (%2) already has that description and scope.</source>
        <translation>无需更改：“%1”(%2) 的描述和作用域已是指定的值。</translation>
    </message>
</context>
<context>
    <name>CliExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n expiry date(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个过期日期写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个令牌导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>The Hub API server (default %1). http:// only for this computer (127.0.0.1, ::1, localhost).</source>
        <translation>Hub API 服务器（默认为 %1）。http:// 仅可用于本机 (127.0.0.1, ::1, localhost)。</translation>
    </message>
    <message>
        <source>How results are printed on stdout (default table).</source>
        <translation>结果在 stdout 上的输出格式（默认为 table）。</translation>
    </message>
    <message>
        <source>The language of messages for this run: %1.</source>
        <translation>本次运行所用消息的语言：%1。</translation>
    </message>
    <message>
        <source>Show this help (or a command&apos;s, after it).</source>
        <translation>显示此帮助（放在命令之后则显示该命令的帮助）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The token&apos;s description: 1 to 100 characters.</source>
        <translation>令牌的描述：1 到 100 个字符。</translation>
    </message>
    <message>
        <source>repo:public_read (the default for new tokens), repo:read, repo:write or repo:admin.</source>
        <translation>repo:public_read（新令牌的默认值）、repo:read、repo:write 或 repo:admin。</translation>
    </message>
    <message>
        <source>The Docker ID to sign in as (default: HUBTOKENS_USERNAME, else the last one used with this server).</source>
        <translation>用于登录的 Docker ID（默认为 HUBTOKENS_USERNAME，未设置时为此服务器上次使用的 ID）。</translation>
    </message>
    <message>
        <source>Read the password from stdin (for scripts).</source>
        <translation>从 stdin 读取密码（用于脚本）。</translation>
    </message>
    <message>
        <source>Only tokens that are active, inactive or expired.</source>
        <translation>仅限活动、非活动或已过期的令牌。</translation>
    </message>
    <message>
        <source>Only tokens made by hand (manual) or by Docker Desktop (auto).</source>
        <translation>仅限手动创建 (manual) 或由 Docker Desktop 自动生成 (auto) 的令牌。</translation>
    </message>
    <message>
        <source>never (the default), 30d, 90d, a date YYYY-MM-DD (00:00 local time) or an RFC 3339 time; at most one year ahead.</source>
        <translation>never（默认）、30d、90d、日期 YYYY-MM-DD（本地时间 00:00）或 RFC 3339 时间；最长为一年。</translation>
    </message>
    <message>
        <source>Print only the token&apos;s secret and a newline.</source>
        <translation>仅输出令牌的密钥和一个换行符。</translation>
    </message>
    <message>
        <source>Delete without asking to type the username.</source>
        <translation>删除时不要求输入用户名。</translation>
    </message>
    <message>
        <source>Sign in and keep the session in the system keychain, so later runs need no password.</source>
        <translation>登录并将会话保存在系统钥匙串中，之后运行时无需密码。</translation>
    </message>
    <message>
        <source>Forget the kept session.</source>
        <translation>清除已保存的会话。</translation>
    </message>
    <message>
        <source>List every token: description, scope, status, source, created, last used, expires, uuid.</source>
        <translation>列出所有令牌：描述、作用域、状态、来源、创建时间、最后使用时间、过期时间、uuid。</translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation>显示一个令牌。</translation>
    </message>
    <message>
        <source>Create a token and print its secret, once.</source>
        <translation>创建令牌并输出其密钥（仅一次）。</translation>
    </message>
    <message>
        <source>Change a token&apos;s description or scope.</source>
        <translation>更改令牌的描述或作用域。</translation>
    </message>
    <message>
        <source>Activate tokens.</source>
        <translation>激活令牌。</translation>
    </message>
    <message>
        <source>Deactivate tokens: they stop working until activated again.</source>
        <translation>停用令牌：在重新激活之前，这些令牌将无法使用。</translation>
    </message>
    <message>
        <source>Delete tokens. On a terminal it asks you to type your username first.</source>
        <translation>删除令牌。在终端上会先要求您输入用户名。</translation>
    </message>
    <message>
        <source>Manage your Docker Hub personal access tokens.</source>
        <translation>管理您的 Docker Hub 个人访问令牌。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>运行 &apos;%1 --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>运行 &apos;%1 %2 --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>An operation failed; each failure is reported on stderr.</source>
        <translation>有操作失败；每项失败都会输出到 stderr。</translation>
    </message>
    <message>
        <source>A usage error: an unknown command or option, an invalid value, an ambiguous uuid, or a deletion without --force when no terminal can confirm it.</source>
        <translation>用法错误：未知的命令或选项、无效的值、有歧义的 uuid，或在没有终端可确认时未使用 --force 进行删除。</translation>
    </message>
    <message>
        <source>Not signed in, or the session expired.</source>
        <translation>未登录，或会话已过期。</translation>
    </message>
    <message>
        <source>Usage: %1 [--server URL] [--format table|json] COMMAND [OPTIONS]</source>
        <translation>用法：%1 [--server URL] [--format table|json] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>UUID may be any unique start of a token&apos;s uuid. Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>UUID 可以是令牌 uuid 的任意唯一前缀。运行 &apos;%1 COMMAND --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>Sign in with these on every run (for CI), before any kept session; nothing is kept. Not for accounts with two-factor authentication: run &apos;%1 login&apos; on a terminal once instead.</source>
        <translation>每次运行时都用这两个变量登录（适用于 CI），优先于已保存的会话，且不会保存任何内容。不适用于启用了双重身份验证的帐户：请改为在终端上运行一次 &apos;%1 login&apos;。</translation>
    </message>
    <message>
        <source>Set to anything: no colours, even on a terminal.</source>
        <translation>设置为任意值：即使在终端上也不使用颜色。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>On a terminal it asks for the password without showing it, then for the two-factor code if the account has one. Without a terminal, use --password-stdin or HUBTOKENS_PASSWORD. The session (never the password) is kept in the system keychain, shared with the Hub Tokens window&apos;s &quot;Stay signed in&quot;.</source>
        <translation>在终端上，会在不显示输入内容的情况下要求输入密码；如果帐户启用了双重身份验证，还会要求输入验证码。没有终端时，请使用 --password-stdin 或 HUBTOKENS_PASSWORD。会话保存在系统钥匙串中（不会保存密码），与 Hub Tokens 窗口的“保持登录”共用。</translation>
    </message>
    <message>
        <source>The secret is shown only this once, with the steps to use it with docker login. --format json prints the token with its secret in &quot;token&quot;.</source>
        <translation>密钥仅显示这一次，并附有配合 docker login 使用的步骤。--format json 会输出令牌，密钥位于 &quot;token&quot; 字段中。</translation>
    </message>
    <message>
        <source>Without --force, on a terminal, you are asked to type your username to confirm; without a terminal it refuses (exit status 2).</source>
        <translation>不使用 --force 时，在终端上会要求您输入用户名进行确认；没有终端时会拒绝执行（退出状态 2）。</translation>
    </message>
    <message>
        <source>UUID may be any unique start of a token&apos;s uuid; an ambiguous one lists the tokens it could mean (exit status 2), one that matches no token fails (exit status 1).</source>
        <translation>UUID 可以是令牌 uuid 的任意唯一前缀；有歧义时会列出可能匹配的令牌（退出状态 2），不匹配任何令牌时则失败（退出状态 1）。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>List what would be done, and change nothing.</source>
        <translation>列出将要执行的操作，但不做任何更改。</translation>
    </message>
    <message>
        <source>Only active tokens that have not expired but will within DAYS days.</source>
        <translation>仅限尚未过期、但将在 DAYS 天内过期的活动令牌。</translation>
    </message>
    <message>
        <source>Exit with status 1 when the list is not empty and 0 when it is (for cron jobs and CI).</source>
        <translation>列表不为空时以退出状态 1 退出，为空时以 0 退出（适用于 cron 作业和 CI）。</translation>
    </message>
    <message>
        <source>Delete every expired token (instead of UUIDs).</source>
        <translation>删除所有已过期的令牌（无需指定 UUID）。</translation>
    </message>
    <message>
        <source>Deactivate every active token not used for DAYS days or more (instead of UUIDs); a token never used counts from its creation.</source>
        <translation>停用所有 DAYS 天以上未使用的活动令牌（无需指定 UUID）；从未使用过的令牌从创建时起计算。</translation>
    </message>
    <message>
        <source>Write to FILE (replaced in one step) instead of stdout.</source>
        <translation>写入 FILE（一次性整体替换）而不是 stdout。</translation>
    </message>
    <message>
        <source>Export the list: expiry dates as a calendar (ics), or the fields of &apos;token ls --format json&apos; as CSV or JSON. Never a secret.</source>
        <translation>导出列表：将过期日期导出为日历 (ics)，或将 &apos;token ls --format json&apos; 的字段导出为 CSV 或 JSON。绝不包含密钥。</translation>
    </message>
    <message>
        <source>--expired picks every token whose expiry has passed, active or not. --dry-run lists what would be deleted, asks nothing and deletes nothing.</source>
        <translation>--expired 选择所有已过期的令牌，无论是否处于活动状态。--dry-run 仅列出将被删除的令牌，既不询问也不删除。</translation>
    </message>
    <message>
        <source>--unused-for DAYS picks every active, unexpired token whose last use (or, if never used, creation) is DAYS days ago or more. --dry-run lists them and changes nothing.</source>
        <translation>--unused-for DAYS 选择所有未过期的活动令牌中，最后使用时间（如从未使用，则为创建时间）在 DAYS 天前或更早的令牌。--dry-run 仅列出这些令牌，不做任何更改。</translation>
    </message>
    <message>
        <source>ics: one event per token with a future expiry, at the moment it expires, with alarms 7 days and 1 day before; importing a newer file updates the events. csv: a header row, UTF-8 with a byte order mark. Here --format takes ics, csv or json and is required.</source>
        <translation>ics：每个将在未来过期的令牌对应一个事件，时间为其过期时刻，并在提前 7 天和 1 天时提醒；导入较新的文件会更新这些事件。csv：带标题行，采用带字节顺序标记 (BOM) 的 UTF-8。此处 --format 为必填项，可为 ics、csv 或 json。</translation>
    </message>
    <message>
        <source>With --exit-code, exit status 1 means the list is not empty (like git diff --exit-code): &apos;token ls --expiring-within 7 --exit-code&apos; fails a cron job or CI step while a token is about to expire.</source>
        <translation>使用 --exit-code 时，退出状态 1 表示列表不为空（类似 git diff --exit-code）：只要有令牌即将过期，&apos;token ls --expiring-within 7 --exit-code&apos; 就会使 cron 作业或 CI 步骤失败。</translation>
    </message>
    <message>
        <source>The registry key Docker keeps the sign-in under (default %1, whatever --server is).</source>
        <translation>Docker 保存登录信息时所用的镜像仓库地址（默认为 %1，与 --server 无关）。</translation>
    </message>
    <message>
        <source>Continue with Docker&apos;s own sign-in (Docker Desktop, or docker login in the browser): the way in for accounts whose organization enforces SSO. Only the choice is kept; each run reads Docker&apos;s session from its credential store.</source>
        <translation>使用 Docker 自身的登录信息继续（Docker Desktop 或在浏览器中完成的 docker login）：适用于组织强制使用单点登录 (SSO) 的帐户。仅保存此选择；每次运行时都会从 Docker 的凭据存储中读取 Docker 的会话。</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token: store it through Docker&apos;s credential helper, as docker login does.</source>
        <translation>使用新令牌登录 Docker：像 docker login 一样，通过 Docker 的凭据帮助程序保存它。</translation>
    </message>
    <message>
        <source>With --docker-login: replace what Docker keeps for the registry (a password, another token or a Docker session).</source>
        <translation>与 --docker-login 一起使用时：替换 Docker 为该镜像仓库保存的内容（密码、另一个令牌或 Docker 会话）。</translation>
    </message>
    <message>
        <source>The new token&apos;s expiry (as for token create); default: the old token&apos;s lifetime from now, or never if it had none.</source>
        <translation>新令牌的过期时间（格式同 token create）；默认为从现在起与旧令牌相同的有效期，如果旧令牌永不过期，则新令牌也永不过期。</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token even if the old one was not what Docker used.</source>
        <translation>即使 Docker 使用的不是旧令牌，也使用新令牌登录 Docker。</translation>
    </message>
    <message>
        <source>Delete the old token instead of only deactivating it.</source>
        <translation>删除旧令牌，而不只是停用它。</translation>
    </message>
    <message>
        <source>With --docker-login: replace what Docker keeps for the registry, whatever it is.</source>
        <translation>与 --docker-login 一起使用时：无论 Docker 为该镜像仓库保存的是什么，都将其替换。</translation>
    </message>
    <message>
        <source>Replace a token with a new one (same description and scope), sign Docker in with it if Docker used the old one, then deactivate the old one.</source>
        <translation>用新令牌（描述和作用域相同）替换令牌；如果 Docker 使用的是旧令牌，则用新令牌登录 Docker；然后停用旧令牌。</translation>
    </message>
    <message>
        <source>Show what this computer&apos;s Docker CLI is signed in with: the registry, the credential store, the username, and which token.</source>
        <translation>显示此计算机上的 Docker CLI 使用什么登录：镜像仓库、凭据存储、用户名以及哪个令牌。</translation>
    </message>
    <message>
        <source>Set Docker&apos;s credential store (credsStore in its config.json) to an installed helper.</source>
        <translation>将 Docker 的凭据存储（其 config.json 中的 credsStore）设置为已安装的帮助程序。</translation>
    </message>
    <message>
        <source>--docker-login checks Docker&apos;s credential store before creating the token: if it already holds a sign-in for the registry, it says what that is and stops unless --force is given. The secret goes to the helper on its stdin only; the app keeps its SHA-256 fingerprint, never the secret, to recognise the token later.</source>
        <translation>--docker-login 会在创建令牌之前检查 Docker 的凭据存储：如果其中已有该镜像仓库的登录信息，则说明其内容并停止，除非指定了 --force。密钥仅通过 stdin 传给帮助程序；本应用只保存其 SHA-256 指纹（从不保存密钥本身），以便日后识别该令牌。</translation>
    </message>
    <message>
        <source>The steps are: create the new token and print its secret once; if Docker used the old token (or --docker-login), sign Docker in with the new one; deactivate the old token (or delete it with --delete-old). Each step is reported; a failure stops there and says what was done and what not.</source>
        <translation>步骤如下：创建新令牌并输出其密钥一次；如果 Docker 使用的是旧令牌（或指定了 --docker-login），则用新令牌登录 Docker；停用旧令牌（或在指定 --delete-old 时将其删除）。每个步骤都会报告结果；某一步失败时会就此停止，并说明哪些已完成、哪些未完成。</translation>
    </message>
    <message>
        <source>--format json prints {&quot;registry&quot;, &quot;helper&quot;, &quot;username&quot;, &quot;kind&quot;, &quot;uuid&quot;, &quot;config&quot;}; kind is token, password, session or none.</source>
        <translation>--format json 输出 {&quot;registry&quot;, &quot;helper&quot;, &quot;username&quot;, &quot;kind&quot;, &quot;uuid&quot;, &quot;config&quot;}；kind 为 token、password、session 或 none。</translation>
    </message>
</context>
<context>
    <name>CliListCommand</name>
    <message>
        <source>Can&apos;t tell which token Docker uses: %1</source>
        <translation>无法确定 Docker 使用的是哪个令牌：%1</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>Two-factor code for %1: </source>
        <translation>%1 的验证码: </translation>
    </message>
    <message>
        <source>Wrong code. Check the code in your authenticator app and try again; codes change every 30 seconds.</source>
        <translation>验证码错误。请检查身份验证器应用中的验证码，然后重试；验证码每 30 秒更换一次。</translation>
    </message>
</context>
<context>
    <name>CliLoginCommand</name>
    <message>
        <source>No terminal to ask for the password: use --password-stdin, or set HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.</source>
        <translation>没有可用于询问密码的终端：请使用 --password-stdin，或设置 HUBTOKENS_USERNAME 和 HUBTOKENS_PASSWORD。</translation>
    </message>
    <message>
        <source>Which account? Give --username (or set HUBTOKENS_USERNAME) with %1.</source>
        <translation>请指定帐户：使用 %1 时，请提供 --username（或设置 HUBTOKENS_USERNAME）。</translation>
    </message>
    <message>
        <source>--password-stdin: nothing was read from stdin.</source>
        <translation>--password-stdin：未从 stdin 读取到任何内容。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain until %1: later runs and the Hub Tokens window use it. &apos;%2 logout&apos; forgets it.</source>
        <translation>会话将保存在系统钥匙串中，直到 %1：之后的运行和 Hub Tokens 窗口都会使用它。运行 &apos;%2 logout&apos; 可清除该会话。</translation>
    </message>
    <message>
        <source>The session could not be kept in the keychain: later runs will have to sign in again.</source>
        <translation>无法将会话保存在钥匙串中：之后运行时需要重新登录。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with Docker&apos;s sign-in.</source>
        <translation>已使用 Docker 的登录信息以 %2 身份登录 %1。</translation>
    </message>
    <message>
        <source>Nothing is kept: each run reads the session from Docker&apos;s credential store, so it follows Docker&apos;s renewals (this one is good until %1). &apos;%2 logout&apos; stops using it.</source>
        <translation>不保存任何内容：每次运行都会从 Docker 的凭据存储中读取会话，因此会随 Docker 的续期而更新（当前会话有效期至 %1）。运行 &apos;%2 logout&apos; 可停止使用。</translation>
    </message>
</context>
<context>
    <name>CliLogoutCommand</name>
    <message>
        <source>No session is kept for %1.</source>
        <translation>未保存 %1 的会话。</translation>
    </message>
    <message>
        <source>Signed out %1 from %2: the kept session is forgotten.</source>
        <translation>%1 已从 %2 退出登录，已保存的会话已清除。</translation>
    </message>
    <message>
        <source>No keychain is available, so no session was kept.</source>
        <translation>没有可用的钥匙串，因此未保存任何会话。</translation>
    </message>
    <message>
        <source>The kept session could not be removed from the keychain.</source>
        <translation>无法从钥匙串中移除已保存的会话。</translation>
    </message>
    <message>
        <source>Stopped using Docker&apos;s sign-in for %1 (Docker itself stays signed in).</source>
        <translation>已停止对 %1 使用 Docker 的登录信息（Docker 本身仍保持登录）。</translation>
    </message>
</context>
<context>
    <name>CliRotateCommand</name>
    <message>
        <source>done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>FAILED: %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <source>Try that step again? [y/N] </source>
        <translation>要重试这一步吗？[y/N] </translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>Not signed in to %1. Run &apos;%2 login&apos; first, or set HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.</source>
        <translation>未登录 %1。请先运行 &apos;%2 login&apos;，或设置 HUBTOKENS_USERNAME 和 HUBTOKENS_PASSWORD。</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>未登录 %1。</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>用户名: </translation>
    </message>
    <message>
        <source>Username [%1]: </source>
        <translation>用户名 [%1]: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码: </translation>
    </message>
    <message>
        <source>The session is kept in the system keychain until %1; &apos;%2 logout&apos; forgets it.</source>
        <translation>会话将保存在系统钥匙串中，直到 %1；运行 &apos;%2 logout&apos; 可清除该会话。</translation>
    </message>
    <message>
        <source>The session could not be kept in the keychain: you will be asked to sign in again next time.</source>
        <translation>无法将会话保存在钥匙串中：下次将要求您重新登录。</translation>
    </message>
    <message>
        <source>The account %1 uses two-factor authentication, so HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD can&apos;t sign it in. Run &apos;%2 login&apos; once on a terminal: later runs use the kept session.</source>
        <translation>帐户 %1 启用了双重身份验证，因此无法通过 HUBTOKENS_USERNAME 和 HUBTOKENS_PASSWORD 登录。请在终端上运行一次 &apos;%2 login&apos;：之后的运行将使用已保存的会话。</translation>
    </message>
    <message>
        <source>The account %1 uses two-factor authentication: run &apos;%2 login&apos; on a terminal, without --password-stdin, to enter the code.</source>
        <translation>帐户 %1 启用了双重身份验证：请在终端上运行 &apos;%2 login&apos;（不带 --password-stdin）以输入验证码。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>No password for %1: HUBTOKENS_USERNAME names that account, but HUBTOKENS_PASSWORD is not set and no session of %1 is kept for %2. Set HUBTOKENS_PASSWORD, or run &apos;%3 login --username %1&apos; once.</source>
        <translation>缺少 %1 的密码：HUBTOKENS_USERNAME 指定了该帐户，但未设置 HUBTOKENS_PASSWORD，且 %2 上没有 %1 已保存的会话。请设置 HUBTOKENS_PASSWORD，或运行一次 &apos;%3 login --username %1&apos;。</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <source>Listing tokens… %1 of %2</source>
        <translation>正在获取令牌列表… %1 / %2</translation>
    </message>
    <message>
        <source>Listing tokens…</source>
        <translation>正在获取令牌列表…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 — 将在 %n 秒后重试…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTokenFormat</name>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>CliUuidResolver</name>
    <message numerus="yes">
        <source>“%1” matches %n token(s); give more of the uuid:</source>
        <translation>
            <numerusform>“%1”匹配 %n 个令牌；请提供更长的 uuid：</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>没有与“%1”匹配的令牌。</translation>
    </message>
</context>
<context>
    <name>DeleteMessages</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Delete access token?</source>
        <translation>要删除访问令牌吗？</translation>
    </message>
    <message>
        <source>Delete the token %1?</source>
        <translation>要删除令牌 %1 吗？</translation>
    </message>
    <message>
        <source>This is permanent: a deleted token can&apos;t be restored. Anything that uses it, such as scripts, CI pipelines or a Docker CLI signed in with it, will stop working.</source>
        <translation>此操作无法撤销，删除的令牌无法恢复。所有使用它的地方（例如脚本、CI 流水线或用它登录的 Docker CLI）都将失效。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n access tokens?</source>
        <translation>
            <numerusform>要删除 %n 个访问令牌吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n tokens?</source>
        <translation>
            <numerusform>要删除这 %n 个令牌吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is permanent: deleted tokens can&apos;t be restored. Anything that uses them, such as scripts, CI pipelines or a Docker CLI signed in with them, will stop working.</source>
        <translation>此操作无法撤销，删除的令牌无法恢复。所有使用它们的地方（例如脚本、CI 流水线或用它们登录的 Docker CLI）都将失效。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens</source>
        <translation>
            <numerusform>删除 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) not deleted</source>
        <translation>
            <numerusform>%n 个令牌未删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be deleted and will stay in the list:</source>
        <translation>
            <numerusform>以下 %n 个令牌无法删除，将保留在列表中：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show tokens</source>
        <translation>显示令牌</translation>
    </message>
    <message>
        <source>Open Hub Tokens</source>
        <translation>打开 Hub Tokens</translation>
    </message>
    <message>
        <source>Hub Tokens</source>
        <translation>Hub Tokens</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A date and a time, e.g. &quot;12/31/2025 2:00 PM&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Characters used out of the maximum, e.g. &quot;12/100&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>已输入 %1/%2 个字符</translation>
    </message>
</context>
<context>
    <name>DockerLoginPanel</name>
    <message>
        <source>Sign Docker in with this token</source>
        <translation>使用此令牌登录 Docker</translation>
    </message>
    <message>
        <source>Store the token in Docker&apos;s credential store, as docker login does, so that the Docker CLI on this computer uses it.</source>
        <translation>像 docker login 一样，将令牌保存到 Docker 的凭据存储中，使此计算机上的 Docker CLI 使用它。</translation>
    </message>
    <message>
        <source>It is signed in as %1.</source>
        <translation>当前以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Replace Docker&apos;s sign-in?</source>
        <translation>要替换 Docker 的登录信息吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in was left as it was.</source>
        <translation>Docker 的登录信息保持不变。</translation>
    </message>
    <message>
        <source>Choose a credential store for Docker?</source>
        <translation>要为 Docker 选择凭据存储吗？</translation>
    </message>
    <message>
        <source>Docker keeps sign-ins in %1 itself, and this app never writes a secret there. Set Docker to keep them with docker-credential-%2 instead? This changes credsStore in that file, for every program that uses Docker.</source>
        <translation>Docker 将登录信息直接保存在 %1 中，本应用绝不会在其中写入密钥。要改为让 Docker 使用 docker-credential-%2 保存登录信息吗？这会更改该文件中的 credsStore，影响所有使用 Docker 的程序。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>The token is no longer here to store.</source>
        <translation>要保存的令牌已不存在。</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 as %2 with this token (docker-credential-%3).</source>
        <translation>Docker 已使用此令牌以 %2 身份登录 %1 (docker-credential-%3)。</translation>
    </message>
</context>
<context>
    <name>DockerText</name>
    <message>
        <source>Docker&apos;s credential helper is not installed</source>
        <translation>未安装 Docker 的凭据帮助程序</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper failed</source>
        <translation>Docker 的凭据帮助程序运行失败</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper gave an unexpected answer</source>
        <translation>Docker 的凭据帮助程序返回了意外的响应</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper didn&apos;t answer in time</source>
        <translation>Docker 的凭据帮助程序未及时响应</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration can&apos;t be read</source>
        <translation>无法读取 Docker 的配置</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration is not valid</source>
        <translation>Docker 的配置无效</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration could not be saved</source>
        <translation>无法保存 Docker 的配置</translation>
    </message>
    <message>
        <source>Docker has no credential store</source>
        <translation>Docker 没有凭据存储</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in can&apos;t be used</source>
        <translation>无法使用 Docker 的登录信息</translation>
    </message>
    <message>
        <source>Docker is set to keep sign-ins with %1, but that program is not installed or not on the PATH. Install it, or choose another credential store.</source>
        <translation>Docker 已配置为使用 %1 保存登录信息，但该程序未安装或不在 PATH 中。请安装该程序，或选择其他凭据存储。</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 意外退出。</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 失败，退出代码为 %2。</translation>
    </message>
    <message>
        <source>Check that the credential store is unlocked and try again.</source>
        <translation>请确认凭据存储已解锁，然后重试。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>输出内容：%1</translation>
    </message>
    <message>
        <source>%1 answered with something that is not what Docker&apos;s credential helpers send. Nothing was changed.</source>
        <translation>%1 返回的内容不是 Docker 凭据帮助程序应发送的内容。未进行任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) and was stopped. The credential store may be locked or waiting for a password; unlock it and try again.</source>
        <translation>
            <numerusform>%1 未在 %n 秒内完成，已被停止。凭据存储可能已锁定或正在等待密码；请将其解锁，然后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists but can&apos;t be read: %2</source>
        <translation>%1 存在，但无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid Docker configuration, so it was left as it is. Fix or remove it, then try again. (%2)</source>
        <translation>%1 不是有效的 Docker 配置，因此未作改动。请修复或删除该文件，然后重试。(%2)</translation>
    </message>
    <message>
        <source>%1 could not be saved; it was left as it was. %2</source>
        <translation>无法保存 %1，文件未作改动。%2</translation>
    </message>
    <message>
        <source>Docker keeps sign-ins in %1 itself, encoded but not encrypted, and this app never writes a secret there. Choose a credential store (for example pass or the Secret Service) first.</source>
        <translation>Docker 将登录信息直接保存在 %1 中，仅经过编码而未加密，本应用绝不会在其中写入密钥。请先选择一个凭据存储（例如 pass 或 Secret Service）。</translation>
    </message>
    <message>
        <source>What Docker keeps as its Docker Hub session is not one this app can use. Sign in to Docker again (docker login, or Docker Desktop).</source>
        <translation>Docker 保存的 Docker Hub 会话不是本应用可以使用的类型。请重新登录 Docker（docker login 或 Docker Desktop）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>a personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>a Docker session</source>
        <translation>Docker 会话</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with another token this app created. Replace it with this token?</source>
        <translation>Docker 正在使用本应用创建的另一个令牌登录 %1。要改用此令牌吗？</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with a token this app did not create. Replace it with this token?</source>
        <translation>Docker 正在使用非本应用创建的令牌登录 %1。要改用此令牌吗？</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with a password. Replace it with this token? (A token is safer: it can be limited and revoked.)</source>
        <translation>Docker 正在使用密码登录 %1。要改用此令牌吗？（令牌更安全：可以限制权限，也可以随时撤销。）</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with its own session (Docker Desktop or docker login in the browser). Replace it with this token?</source>
        <translation>Docker 正在使用其自身的会话（Docker Desktop 或在浏览器中完成的 docker login）登录 %1。要改用此令牌吗？</translation>
    </message>
    <message>
        <source>Docker is not signed in to Docker Hub</source>
        <translation>Docker 未登录 Docker Hub</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in has expired</source>
        <translation>Docker 的登录信息已过期</translation>
    </message>
    <message>
        <source>Docker keeps no Docker Hub session on this computer. Sign in with Docker Desktop, or with docker login in the browser, then try again.</source>
        <translation>此计算机上没有 Docker 保存的 Docker Hub 会话。请通过 Docker Desktop 或在浏览器中使用 docker login 登录，然后重试。</translation>
    </message>
    <message>
        <source>Docker&apos;s Docker Hub session has expired. Sign in to Docker again (Docker Desktop, or docker login), then continue with Docker&apos;s sign-in once more.</source>
        <translation>Docker 的 Docker Hub 会话已过期。请重新登录 Docker（Docker Desktop 或 docker login），然后再次使用 Docker 的登录信息继续。</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit access token</source>
        <translation>编辑访问令牌</translation>
    </message>
    <message>
        <source>This token expired on %1. Expired tokens can&apos;t be changed; they can only be deleted.</source>
        <translation>此令牌已于 %1 过期。已过期的令牌无法更改，只能删除。</translation>
    </message>
    <message>
        <source>Why this token can&apos;t be edited</source>
        <translation>此令牌无法编辑的原因</translation>
    </message>
    <message>
        <source>This token was made before access permissions existed and has full access. Choose a permission to restrict it.</source>
        <translation>此令牌创建于访问权限推出之前，拥有完全访问权限。请选择一项权限来加以限制。</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <source>Expiration dates can&apos;t be changed. Generate a new token to set a new one.</source>
        <translation>过期日期无法更改。如需设置新的过期日期，请生成新令牌。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>请输入描述。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again, then select Save once more. Your changes are kept.</source>
        <translation>您的会话已过期。请重新登录，然后再次选择“保存”。您的更改会保留。</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不过期</translation>
    </message>
</context>
<context>
    <name>EmulatorProcess</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>演示服务器未在 %1 秒内启动。</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>无法启动演示服务器 (%1)：%2</translation>
    </message>
    <message>
        <source>The demo server was not found at %1.</source>
        <translation>在 %1 找不到演示服务器。</translation>
    </message>
    <message>
        <source>The demo server printed something unexpected.</source>
        <translation>演示服务器输出了意外的内容。</translation>
    </message>
    <message>
        <source>The demo server crashed while starting.</source>
        <translation>演示服务器在启动时崩溃。</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (exit code %1).</source>
        <translation>演示服务器在启动时停止（退出代码 %1）。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>请过几分钟再试。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <source>Single sign-on account</source>
        <translation>单点登录帐户</translation>
    </message>
    <message>
        <source>Can&apos;t reach the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>已拒绝不安全的连接</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Two-factor code required</source>
        <translation>需要双重身份验证的验证码</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>已使用访问令牌登录</translation>
    </message>
    <message>
        <source>Your session expired</source>
        <translation>您的会话已过期</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>Token not found</source>
        <translation>找不到令牌</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>请检查填写的内容</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>尝试次数过多</translation>
    </message>
    <message>
        <source>Docker Hub had a problem</source>
        <translation>Docker Hub 出现问题</translation>
    </message>
    <message>
        <source>Unexpected reply from the server</source>
        <translation>服务器返回了意外的响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Your organization requires single sign-on (SSO), so this account can&apos;t sign in with a password here. Manage your access tokens on the Docker Hub website instead.</source>
        <translation>您的组织要求使用单点登录 (SSO)，因此此帐户无法在此处使用密码登录。请改为在 Docker Hub 网站上管理您的访问令牌。</translation>
    </message>
    <message>
        <source>Check your network connection and the server address, then try again.</source>
        <translation>请检查网络连接和服务器地址，然后重试。</translation>
    </message>
    <message>
        <source>The connection may be slow or the server busy. Try again in a moment.</source>
        <translation>连接可能较慢，或服务器繁忙。请稍后重试。</translation>
    </message>
    <message>
        <source>The server address uses http:// for a computer other than this one, which would send your password unencrypted. Use an https:// address.</source>
        <translation>http:// 仅可用于本机上的服务器；如果连接其他计算机，密码将以明文发送。请改用 https:// 地址。</translation>
    </message>
    <message>
        <source>Check your username and password and try again. Your password is the one you use on the Docker Hub website.</source>
        <translation>请检查用户名和密码，然后重试。密码即您在 Docker Hub 网站上使用的密码。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的 6 位验证码。</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Docker Hub only allows managing access tokens after signing in with your password (and your two-factor code, if enabled).</source>
        <translation>您是使用个人访问令牌登录的。Docker Hub 仅允许在使用密码（以及双重身份验证码，如已启用）登录后管理访问令牌。</translation>
    </message>
    <message>
        <source>Sign in again to continue. Nothing you entered has been lost.</source>
        <translation>请重新登录以继续。您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Docker Hub refused this request: “%1”</source>
        <translation>Docker Hub 拒绝了此请求：“%1”</translation>
    </message>
    <message>
        <source>Docker Hub refused this request for your account.</source>
        <translation>Docker Hub 不允许您的帐户执行此操作。</translation>
    </message>
    <message>
        <source>It may have been deleted in another window or on the Docker Hub website. Refresh the list.</source>
        <translation>它可能已在其他窗口或 Docker Hub 网站上被删除。请刷新列表。</translation>
    </message>
    <message>
        <source>Docker Hub didn&apos;t accept what was entered. Check the fields and try again.</source>
        <translation>Docker Hub 未接受输入的内容。请检查各字段，然后重试。</translation>
    </message>
    <message>
        <source>Docker Hub is limiting requests from this account for a while. %1</source>
        <translation>Docker Hub 正在暂时限制此帐户的请求。%1</translation>
    </message>
    <message>
        <source>The server answered with an error (%1). Try again in a moment.</source>
        <translation>服务器返回了错误 (%1)。请稍后重试。</translation>
    </message>
    <message>
        <source>Docker Hub sent a reply this app doesn&apos;t understand. Try again; if it keeps happening, the service may have changed.</source>
        <translation>Docker Hub 返回了此应用无法理解的响应。请重试；如果问题持续出现，可能是该服务已发生变更。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server answered with status %1. Try again in a moment.</source>
        <translation>服务器返回了状态 %1。请稍后重试。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>请在 %1（%n 秒后）重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>请在 %1（%n 分钟后）重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n hour(s)).</source>
        <translation>
            <numerusform>请在 %1（%n 小时后）重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An error on one line: its title, then what happened and what to do</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExpiryReminders</name>
    <message>
        <source>“%1”</source>
        <extracomment>A token&apos;s description, quoted, in a reminder (Japanese: 「%1」).</extracomment>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a shortened list of tokens: &quot;“A”, “B” and 3 more&quot;.</extracomment>
        <translation>
            <numerusform>其他 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>Goes into &quot;… expire(s) within %1&quot;, e.g. &quot;within 7 days&quot;.</extracomment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 已过期。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens have expired: %1.</source>
        <translation>
            <numerusform>%n 个令牌已过期：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expires within %2.</source>
        <translation>%1 将在 %2内过期。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens expire within %1: %2.</source>
        <translation>
            <numerusform>%n 个令牌将在 %1内过期：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>A Docker Hub token expires soon</source>
        <translation>有一个 Docker Hub 令牌即将过期</translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens expire soon</source>
        <translation>
            <numerusform>%n 个 Docker Hub 令牌即将过期</numerusform>
        </translation>
    </message>
    <message>
        <source>A Docker Hub token has expired</source>
        <translation>有一个 Docker Hub 令牌已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens have expired</source>
        <translation>
            <numerusform>%n 个 Docker Hub 令牌已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens need attention</source>
        <translation>
            <numerusform>%n 个 Docker Hub 令牌需要处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Can&apos;t write “%1”: the folder %2 does not exist.</source>
        <translation>无法写入“%1”：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: it is a folder. Give a file name.</source>
        <translation>无法写入“%1”：这是一个文件夹。请提供文件名。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: permission denied.</source>
        <translation>无法写入“%1”：权限被拒绝。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>GenerateTokenDialog</name>
    <message>
        <source>Generate new token</source>
        <translation>生成新令牌</translation>
    </message>
    <message>
        <source>A personal access token can be used instead of your password when you sign in with the Docker CLI.</source>
        <translation>使用 Docker CLI 登录时，可以使用个人访问令牌代替密码。</translation>
    </message>
    <message>
        <source>e.g. CI pipeline on build server</source>
        <translation>例如：构建服务器上的 CI 流水线</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;Expiration date</source>
        <translation>过期日期(&amp;E)</translation>
    </message>
    <message>
        <source>Expiration day</source>
        <translation>过期日</translation>
    </message>
    <message>
        <source>Expiration hour</source>
        <translation>过期时间（小时）</translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation>过期时间说明</translation>
    </message>
    <message>
        <source>Expiration date error</source>
        <translation>过期日期错误</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>请选择将来的时间。</translation>
    </message>
    <message>
        <source>Choose a date at most one year ahead.</source>
        <translation>请选择一年以内的日期。</translation>
    </message>
    <message>
        <source>The token will expire on %1.</source>
        <translation>该令牌将于 %1 过期。</translation>
    </message>
    <message>
        <source>The token will never expire.</source>
        <translation>该令牌永不过期。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again, then select Generate once more. What you entered is kept.</source>
        <translation>您的会话已过期。请重新登录，然后再次选择“生成”。您输入的内容会保留。</translation>
    </message>
    <message>
        <source>Time:</source>
        <extracomment>The label of the hour picker beside the custom expiry date</extracomment>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Enter a description to generate the token.</source>
        <translation>请输入描述以生成令牌。</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>Enter a server address such as https://hub.docker.com.</source>
        <translation>请输入服务器地址，例如 https://hub.docker.com。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (not &quot;%1&quot;).</source>
        <translation>服务器地址必须以 https:// 开头（而不是“%1”）。</translation>
    </message>
    <message>
        <source>The server address %1 has no host name.</source>
        <translation>服务器地址 %1 中没有主机名。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>服务器地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or http:// only for a server on this computer (localhost).</source>
        <translation>拒绝通过未加密的 http:// 向 %1 发送凭据。请使用 https://；http:// 仅可用于本机上的服务器 (localhost)。</translation>
    </message>
</context>
<context>
    <name>HygieneMenus</name>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export tokens</source>
        <translation>导出令牌</translation>
    </message>
    <message>
        <source>Couldn&apos;t export the tokens</source>
        <translation>无法导出令牌</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个令牌导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all expired tokens</source>
        <translation>删除所有已过期的令牌</translation>
    </message>
    <message>
        <source>No token has expired.</source>
        <translation>没有已过期的令牌。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Deactivate unused tokens</source>
        <translation>停用未使用的令牌</translation>
    </message>
    <message numerus="yes">
        <source>No active token has gone unused for %n day(s).</source>
        <translation>
            <numerusform>没有 %n 天以上未使用的活动令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n token(s)</source>
        <translation>
            <numerusform>已停用 %n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t deactivate %n token(s)</source>
        <translation>
            <numerusform>无法停用 %n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were deactivated.</source>
        <translation>
            <numerusform>已停用 %1 个令牌（共 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate the active tokens not used for this many days:</source>
        <translation>停用达到以下天数未使用的活动令牌：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>所有令牌</translation>
    </message>
    <message>
        <source>Only the tokens shown</source>
        <translation>仅当前显示的令牌</translation>
    </message>
    <message>
        <source>The rows the search and filters leave, in the table&apos;s order</source>
        <translation>搜索和筛选后剩下的行，按表格中的顺序</translation>
    </message>
    <message>
        <source>Expiry dates as a calendar (.ics)…</source>
        <translation>过期日期日历 (.ics)…</translation>
    </message>
    <message>
        <source>One event per token that will expire, with reminders 7 days and 1 day before. Importing a newer file updates the events.</source>
        <translation>每个将要过期的令牌对应一个事件，并在提前 7 天和 1 天时提醒。导入较新的文件会更新这些事件。</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>&amp;Clean up</source>
        <translation>清理(&amp;C)</translation>
    </message>
    <message>
        <source>Delete all expired…</source>
        <translation>删除所有已过期的令牌…</translation>
    </message>
    <message>
        <source>Deactivate unused for</source>
        <translation>停用未使用超过</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)…</source>
        <translation>
            <numerusform>%n 天…</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hub Tokens</source>
        <translation>Hub Tokens</translation>
    </message>
    <message>
        <source>Loading tokens</source>
        <translation>正在加载令牌</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>生成新令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>正在加载令牌…</translation>
    </message>
    <message>
        <source>Loading tokens… %1 of %2</source>
        <translation>正在加载令牌… %1 / %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>已于 %1 更新</translation>
    </message>
    <message>
        <source>Showing the tokens loaded before</source>
        <translation>正在显示之前加载的令牌</translation>
    </message>
    <message>
        <source>Sign in with password</source>
        <translation>使用密码登录</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 (local server)</source>
        <translation>%1（本地服务器）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s) (try %2)…</source>
        <translation>
            <numerusform>%1 — 将在 %n 秒后重试（第 %2 次）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for Docker Hub&apos;s rate limit…</source>
        <translation>
            <numerusform>因 Docker Hub 速率限制，正在等待 %n 秒…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n token(s): the rest could not be loaded</source>
        <translation>
            <numerusform>正在显示 %n 个令牌中的 %1 个：其余的无法加载</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Personal access tokens</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>You can use a personal access token (PAT) as an alternative to your password for Docker CLI authentication.</source>
        <translation>您可以使用个人访问令牌 (PAT) 代替密码进行 Docker CLI 身份验证。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已以 %1 身份登录</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>演示服务器 %1</translation>
    </message>
    <message>
        <source>Local server %1</source>
        <translation>本地服务器 %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Not Docker Hub: tokens here are not your Docker Hub tokens.</source>
        <translation>这不是 Docker Hub：此处的令牌并非您在 Docker Hub 上的令牌。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after copying a token</source>
        <translation>复制令牌后清除剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>自动清除剪贴板</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>延迟(&amp;A)：</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>清除剪贴板前的秒数</translation>
    </message>
    <message>
        <source>From 10 seconds to 5 minutes. The token is removed only if the clipboard still holds it; clipboard managers are asked not to keep it.</source>
        <translation>可设置为 10 秒到 5 分钟。仅当剪贴板中仍是该令牌时才会将其移除；同时会要求剪贴板管理器不要保留它。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Couldn&apos;t change what starts at login</source>
        <translation>无法更改登录时启动的项目</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>&amp;Registry key:</source>
        <translation>镜像仓库地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Docker registry key</source>
        <translation>Docker 镜像仓库地址</translation>
    </message>
    <message>
        <source>Where “Sign Docker in with this token” stores a token in Docker&apos;s credential store, and which entry the table&apos;s Docker mark reads. Empty: Docker Hub&apos;s key, whatever server Hub Tokens uses.</source>
        <translation>“使用此令牌登录 Docker”在 Docker 凭据存储中保存令牌时所用的地址，表格中的 Docker 标记也读取这一条目。留空则使用 Docker Hub 的地址，与 Hub Tokens 所用的服务器无关。</translation>
    </message>
    <message>
        <source>Registry key problem</source>
        <translation>镜像仓库地址有误</translation>
    </message>
    <message>
        <source>A registry key has no spaces: e.g. %1 or ghcr.io.</source>
        <translation>镜像仓库地址中不能有空格，例如 %1 或 ghcr.io。</translation>
    </message>
    <message>
        <source>A registry key is at most 255 characters long.</source>
        <translation>镜像仓库地址最多 255 个字符。</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A tooltip&apos;s full date and time: &quot;%1 %2&quot; is &quot;[date] [time]&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last used</comment>
        <translation>从未使用</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <source>Give whole days from 1 to %1, separated by commas, e.g. 30, 7, 1.</source>
        <translation>请输入 1 到 %1 之间的整数天数，用逗号分隔，例如 30, 7, 1。</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>过期提醒</translation>
    </message>
    <message>
        <source>&amp;Remind me before my tokens expire</source>
        <translation>在令牌过期前提醒我(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Days before:</source>
        <translation>提前天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Days before expiry to remind</source>
        <translation>过期前几天提醒</translation>
    </message>
    <message>
        <source>Reminder days problem</source>
        <translation>提醒天数错误</translation>
    </message>
    <message>
        <source>Remind me even when Hub Tokens is &amp;closed</source>
        <translation>即使 Hub Tokens 已关闭也提醒我(&amp;C)</translation>
    </message>
    <message>
        <source>Checks once at login, quietly. Needs “Stay signed in”, so that the check never asks for your password.</source>
        <translation>登录时在后台静默检查一次。需要开启“保持登录”，以免检查时要求输入密码。</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>轮换令牌</translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation>轮换“%1”</translation>
    </message>
    <message>
        <source>A new token with the same description and access permissions replaces this one. You see the new token once; then the old one is deactivated.</source>
        <translation>将用一个描述和访问权限相同的新令牌替换此令牌。新令牌只显示一次；随后旧令牌将被停用。</translation>
    </message>
    <message>
        <source>Expiration date of the new token</source>
        <translation>新令牌的过期日期</translation>
    </message>
    <message>
        <source>Same lifetime as the old token (until %1)</source>
        <translation>与旧令牌有效期相同（至 %1）</translation>
    </message>
    <message>
        <source>Same as the old token (never expires)</source>
        <translation>与旧令牌相同（永不过期）</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token</source>
        <translation>使用新令牌登录 Docker</translation>
    </message>
    <message>
        <source>Docker on this computer uses the old token: it is switched to the new one before the old one is deactivated.</source>
        <translation>此计算机上的 Docker 正在使用旧令牌：在停用旧令牌之前，会先将其切换为新令牌。</translation>
    </message>
    <message>
        <source>Delete the old token (instead of only deactivating it)</source>
        <translation>删除旧令牌（而不只是停用）</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Replace Docker&apos;s sign-in?</source>
        <translation>要替换 Docker 的登录信息吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (not needed)</source>
        <translation>%1（无需执行）</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — 失败：%2</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Expired tokens can only be deleted.</source>
        <translation>已过期的令牌只能删除。</translation>
    </message>
    <message>
        <source>Edit — expired tokens can&apos;t be edited</source>
        <translation>编辑 — 已过期的令牌无法编辑</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>This token has expired. Expired tokens can only be deleted; generate a new token instead.</source>
        <translation>此令牌已过期。已过期的令牌只能删除；请改为生成新令牌。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>复制 UUID</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>轮换…</translation>
    </message>
    <message>
        <source>Replace this token with a new one and deactivate it</source>
        <translation>用新令牌替换此令牌并将其停用</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Your session can&apos;t be remembered on this computer because no keychain is available.</source>
        <translation>由于没有可用的钥匙串，无法在此计算机上保存您的会话。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Docker Hub</source>
        <translation>登录 Docker Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Use your Docker account password. Docker Hub only allows managing access tokens after signing in with your password, not with an access token.</source>
        <translation>请使用您的 Docker 帐户密码。Docker Hub 仅允许在使用密码（而非访问令牌）登录后管理访问令牌。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Docker ID</source>
        <translation>Docker ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>双重身份验证</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Go back to change the username</source>
        <translation>返回以更改用户名</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to finish signing in as %1.</source>
        <translation>请输入身份验证器应用中的 6 位验证码，完成 %1 的登录。</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>验证码错误</translation>
    </message>
    <message>
        <source>Check the code in your authenticator app and try again. Codes change every 30 seconds.</source>
        <translation>请检查身份验证器应用中的验证码，然后重试。验证码每 30 秒更换一次。</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>保持登录(&amp;T)</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>保持登录</translation>
    </message>
    <message>
        <source>Keeps your session (never your password) in this computer&apos;s keychain until it expires or you sign out.</source>
        <translation>将您的会话保存在此计算机的钥匙串中（不会保存密码），直到会话过期或您退出登录。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Continue as %1 (from Docker)</source>
        <translation>以 %1 身份继续（来自 Docker）</translation>
    </message>
    <message>
        <source>Docker Desktop or docker login in the browser keeps a Docker Hub session on this computer. Continuing with it is the way in for accounts whose organization enforces single sign-on (SSO). Only this choice is remembered: the session stays in Docker&apos;s credential store and is read from there each time.</source>
        <translation>Docker Desktop 或在浏览器中完成的 docker login 会在此计算机上保存 Docker Hub 会话。对于组织强制使用单点登录 (SSO) 的帐户，可通过此会话继续登录。仅会记住此选择：会话仍保存在 Docker 的凭据存储中，每次都从那里读取。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>You&apos;re not signed in</source>
        <translation>您尚未登录</translation>
    </message>
    <message>
        <source>Sign in again to load and change your tokens.</source>
        <translation>请重新登录以加载和更改您的令牌。</translation>
    </message>
    <message>
        <source>Sign in to see and manage your personal access tokens.</source>
        <translation>请登录以查看和管理您的个人访问令牌。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>StatusSwitchDelegate</name>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Copied the UUID %1</source>
        <translation>已复制 UUID %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>已生成 %1</translation>
    </message>
    <message>
        <source>The token was created but its secret was lost</source>
        <translation>令牌已创建，但其密钥已丢失</translation>
    </message>
    <message>
        <source>%1 exists on Docker Hub, but its secret never reached this app, so nothing can use it. Delete it, or deactivate it.</source>
        <translation>%1 已在 Docker Hub 上创建，但其密钥未能传回本应用，因此无法使用。请删除或停用它。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>已激活 %1</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t activate %1</source>
        <translation>无法激活 %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t deactivate %1</source>
        <translation>无法停用 %1</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s)</source>
        <translation>
            <numerusform>已删除 %n 个令牌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCalendar</name>
    <message>
        <source>The Docker Hub access token “%1” (%2) expires on %3. After that, anything that signs in with it stops working.</source>
        <translation>Docker Hub 访问令牌“%1”(%2) 将于 %3 过期。此后，所有使用它登录的地方都将失效。</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帐户：%1</translation>
    </message>
    <message>
        <source>Token ID: %1</source>
        <translation>令牌 ID：%1</translation>
    </message>
    <message>
        <source>To keep access, rotate it before then: choose Rotate… on it in Hub Tokens, or run
%1</source>
        <translation>如需继续使用，请在此之前轮换该令牌：在 Hub Tokens 中对其选择“轮换…”，或运行
%1</translation>
    </message>
    <message>
        <source>Docker Hub token “%1” expires</source>
        <translation>Docker Hub 令牌“%1”过期</translation>
    </message>
    <message numerus="yes">
        <source>Docker Hub token “%1” expires in %n day(s)</source>
        <translation>
            <numerusform>Docker Hub 令牌“%1”将在 %n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker Hub token expiry dates</source>
        <translation>Docker Hub 令牌过期日期</translation>
    </message>
    <message>
        <source>Docker Hub token expiry dates (%1)</source>
        <translation>Docker Hub 令牌过期日期 (%1)</translation>
    </message>
</context>
<context>
    <name>TokenCreatedDialog</name>
    <message>
        <source>Copy access token</source>
        <translation>复制访问令牌</translation>
    </message>
    <message>
        <source>Copy the token now and store it somewhere safe, such as a credential manager. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>请立即复制令牌，并将其保存在安全的地方，例如凭据管理器中。关闭此窗口后，您将无法再次检索该令牌。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Access permissions:</source>
        <translation>访问权限：</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>过期日期：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the access token to the clipboard</source>
        <translation>将访问令牌复制到剪贴板</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>剪贴板状态</translation>
    </message>
    <message>
        <source>To use it, sign in with the Docker CLI and enter the token when asked for a password:</source>
        <translation>使用时，请通过 Docker CLI 登录，并在提示输入密码时输入此令牌：</translation>
    </message>
    <message>
        <source>Sign-in command</source>
        <translation>登录命令</translation>
    </message>
    <message>
        <source>Or pass it on standard input, for example in a script:</source>
        <translation>或者通过标准输入传递，例如在脚本中：</translation>
    </message>
    <message>
        <source>Sign-in command for scripts</source>
        <translation>用于脚本的登录命令</translation>
    </message>
    <message>
        <source>Treat access tokens like your password and keep them secret.</source>
        <translation>请像对待密码一样对待访问令牌，并保持其机密性。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪贴板已清除。</translation>
    </message>
    <message>
        <source>Copied. The clipboard now holds something else.</source>
        <translation>已复制。剪贴板中现在是其他内容。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation>
            <numerusform>已复制。剪贴板将在 %n 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>尚未复制，确定要关闭吗？</translation>
    </message>
    <message>
        <source>You haven&apos;t copied the access token. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>您尚未复制访问令牌。关闭此窗口后，您将无法再次检索该令牌。</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>直接关闭</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不过期</translation>
    </message>
</context>
<context>
    <name>TokenDetailsDialog</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Access token details</source>
        <translation>访问令牌详细信息</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>复制 UUID</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Access permissions:</source>
        <translation>访问权限：</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Auto-generated (%1)</source>
        <translation>自动生成 (%1)</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>最后使用时间：</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最后使用时间</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Creator IP:</source>
        <translation>创建者 IP：</translation>
    </message>
    <message>
        <source>Creator IP</source>
        <translation>创建者 IP</translation>
    </message>
    <message>
        <source>Creator user agent:</source>
        <translation>创建者用户代理：</translation>
    </message>
    <message>
        <source>Creator user agent</source>
        <translation>创建者用户代理</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last used</comment>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不过期</translation>
    </message>
</context>
<context>
    <name>TokenFormDialog</name>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Use something that indicates the use case or purpose of the token.</source>
        <translation>请使用能说明令牌用途或目的的描述。</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>描述长度</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>描述错误</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Access permissions error</source>
        <translation>访问权限错误</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>描述最多只能包含 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>Create the new token</source>
        <translation>创建新令牌</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token</source>
        <translation>使用新令牌登录 Docker</translation>
    </message>
    <message>
        <source>Deactivate the old token</source>
        <translation>停用旧令牌</translation>
    </message>
    <message>
        <source>Delete the old token</source>
        <translation>删除旧令牌</translation>
    </message>
    <message>
        <source>The list of tokens is gone.</source>
        <translation>令牌列表已不存在。</translation>
    </message>
    <message>
        <source>A token “%1” (%2) was created but the reply with its secret was lost; deactivate or delete it. %3</source>
        <translation>已创建令牌“%1”(%2)，但包含其密钥的响应已丢失；请停用或删除它。%3</translation>
    </message>
    <message>
        <source>The new token&apos;s secret is no longer here, so Docker can&apos;t be signed in with it.</source>
        <translation>新令牌的密钥已不存在，因此无法使用它登录 Docker。</translation>
    </message>
    <message>
        <source>The token “%1” was rotated: the new token replaces it.</source>
        <translation>令牌“%1”已轮换：新令牌已将其替换。</translation>
    </message>
    <message>
        <source>Docker uses the new token.</source>
        <translation>Docker 正在使用新令牌。</translation>
    </message>
    <message>
        <source>The old token was deleted.</source>
        <translation>已删除旧令牌。</translation>
    </message>
    <message>
        <source>The old token was deactivated.</source>
        <translation>已停用旧令牌。</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>正在轮换…</translation>
    </message>
    <message>
        <source>Nothing was changed: the new token could not be created. The old token still works.</source>
        <translation>未进行任何更改：无法创建新令牌。旧令牌仍然有效。</translation>
    </message>
    <message>
        <source>The new token exists, but Docker still uses the old one. The old token was left active.</source>
        <translation>新令牌已创建，但 Docker 仍在使用旧令牌。旧令牌保持活动状态。</translation>
    </message>
    <message>
        <source>The new token exists, but Docker was not signed in with it. The old token was left active.</source>
        <translation>新令牌已创建，但 Docker 未使用它登录。旧令牌保持活动状态。</translation>
    </message>
    <message>
        <source>The new token exists and Docker uses it, but the old token is still active.</source>
        <translation>新令牌已创建且 Docker 正在使用它，但旧令牌仍处于活动状态。</translation>
    </message>
    <message>
        <source>The new token exists, but the old token is still active.</source>
        <translation>新令牌已创建，但旧令牌仍处于活动状态。</translation>
    </message>
    <message>
        <source>The new token exists and the old one was deactivated, but it was not deleted.</source>
        <translation>新令牌已创建且旧令牌已停用，但未被删除。</translation>
    </message>
</context>
<context>
    <name>TokenScope</name>
    <message>
        <source>Legacy (full access)</source>
        <translation>旧版（完全访问）</translation>
    </message>
    <message>
        <source>Repo Public Read-only</source>
        <translation>公共存储库只读</translation>
    </message>
    <message>
        <source>Repo Read-only</source>
        <translation>存储库只读</translation>
    </message>
    <message>
        <source>Repo Read &amp; Write</source>
        <translation>存储库读写</translation>
    </message>
    <message>
        <source>Repo Read, Write, Delete</source>
        <translation>存储库读取、写入、删除</translation>
    </message>
    <message>
        <source>Pull public images only. The safest choice.</source>
        <translation>仅可拉取公共镜像。最安全的选择。</translation>
    </message>
    <message>
        <source>Pull public and private images.</source>
        <translation>可拉取公共和私有镜像。</translation>
    </message>
    <message>
        <source>Pull and push images. Cannot delete repositories.</source>
        <translation>可拉取和推送镜像。无法删除存储库。</translation>
    </message>
    <message>
        <source>Pull, push and delete images and repositories.</source>
        <translation>可拉取和推送镜像，并可删除镜像和存储库。</translation>
    </message>
</context>
<context>
    <name>TokenStack</name>
    <message>
        <source>You have no access tokens yet</source>
        <translation>您还没有访问令牌</translation>
    </message>
    <message>
        <source>Generate a token to use in place of your password when you sign in with the Docker CLI. You can create as many tokens as you need.</source>
        <translation>使用 Docker CLI 登录时，可以用令牌代替密码。令牌数量不限，可按需生成。</translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>生成新令牌</translation>
    </message>
    <message>
        <source>No tokens match your search</source>
        <translation>没有与搜索条件匹配的令牌</translation>
    </message>
    <message>
        <source>Try other words, or show tokens of every status and source.</source>
        <translation>请尝试其他关键词，或显示所有状态和来源的令牌。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>A token from before scopes existed: it has full access.</source>
        <translation>作用域推出之前的令牌：拥有完全访问权限。</translation>
    </message>
    <message>
        <source>This token has expired. Expired tokens can only be deleted.</source>
        <translation>此令牌已过期。已过期的令牌只能删除。</translation>
    </message>
    <message>
        <source>Active: click the switch or press Space to deactivate</source>
        <translation>活动：点击开关或按空格键可停用</translation>
    </message>
    <message>
        <source>Inactive: click the switch or press Space to activate</source>
        <translation>非活动：点击开关或按空格键可激活</translation>
    </message>
    <message>
        <source>Generated by Docker Desktop when you signed in</source>
        <translation>登录 Docker Desktop 时自动生成</translation>
    </message>
    <message>
        <source>Generated by hand</source>
        <translation>手动生成</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>即将过期：%1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>将于 %1 过期</translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>“%1”的操作</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最后使用时间</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>This token never expires. A token with an expiry date does less harm if it leaks: consider generating one that expires to replace it, then deleting this one.</source>
        <translation>此令牌永不过期。设有过期日期的令牌即使泄露，危害也更小：建议生成一个会过期的令牌来替换它，然后删除此令牌。</translation>
    </message>
    <message>
        <source>Status of “%1”: %2</source>
        <extracomment>The accessible name of a row&apos;s status switch: the token&apos;s description, then its state</extracomment>
        <translation>“%1”的状态：%2</translation>
    </message>
    <message>
        <source>Used by this computer&apos;s Docker CLI</source>
        <translation>此计算机的 Docker CLI 正在使用</translation>
    </message>
</context>
<context>
    <name>TokenToolbar</name>
    <message>
        <source>Delete selected (%1)</source>
        <translation>删除所选 (%1)</translation>
    </message>
    <message>
        <source>Delete selected tokens</source>
        <translation>删除所选令牌</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Joins two parts of the token counts: &quot;3 active · 1 inactive&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>活动 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>非活动 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>已过期 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>显示 %1 个（共 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>生成新令牌</translation>
    </message>
    <message>
        <source>Generate new token (%1)</source>
        <translation>生成新令牌 (%1)</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>搜索令牌</translation>
    </message>
    <message>
        <source>Search by description, scope or UUID (%1)</source>
        <translation>按描述、作用域或 UUID 搜索 (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>来源筛选</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Token counts</source>
        <translation>令牌数量</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>· %1</source>
        <extracomment>Joins the auto-generated count to the other counts: &quot;· 3 of 5 auto-generated&quot;</extracomment>
        <translation>· %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n auto-generated</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>自动生成 %1 个（上限 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Docker Desktop creates a token of its own when you sign in to it, and removes them itself: an account has at most %n auto-generated tokens, and Docker deletes the oldest to make room.</source>
        <translation>
            <numerusform>每次登录 Docker Desktop 时，它都会创建自己的令牌，并自行删除这些令牌：一个帐户最多有 %n 个自动生成的令牌，Docker 会删除最旧的令牌以腾出空间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Show them</source>
        <translation>显示这些令牌</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n token(s) of the reminder</source>
        <translation>
            <numerusform>正在显示提醒中的 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the tokens that expire soon or have just expired are listed.</source>
        <translation>仅列出即将过期或刚刚过期的令牌。</translation>
    </message>
    <message>
        <source>Show all tokens</source>
        <translation>显示所有令牌</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Docker Hub personal access tokens.</source>
        <translation>管理您的 Docker Hub 个人访问令牌。</translation>
    </message>
    <message>
        <source>Use the Hub API at &lt;url&gt; (default %1).</source>
        <translation>使用位于 &lt;url&gt; 的 Hub API（默认为 %1）。</translation>
    </message>
    <message>
        <source>Start a local demo server with sample tokens and sign in as demo.</source>
        <translation>启动带有示例令牌的本地演示服务器，并以 demo 身份登录。</translation>
    </message>
    <message>
        <source>Show the app in language &lt;code&gt; (ja, zh_CN, …).</source>
        <translation>以 &lt;code&gt; 指定的语言显示应用 (ja, zh_CN, …)。</translation>
    </message>
    <message>
        <source>--server and --demo cannot be used together.</source>
        <translation>--server 和 --demo 不能同时使用。</translation>
    </message>
    <message>
        <source>cannot use the server %1: %2</source>
        <translation>无法使用服务器 %1：%2</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>unknown language %1; use one of: %2</source>
        <translation>未知语言 %1；请使用以下语言之一：%2</translation>
    </message>
    <message>
        <source>Check for tokens that expire soon, quietly, and show a reminder if any; the window opens only when the reminder is clicked (the login autostart entry runs this).</source>
        <translation>在后台静默检查即将过期的令牌，如有则显示提醒；仅在点击提醒时才会打开窗口（登录时的自动启动项会运行此操作）。</translation>
    </message>
    <message>
        <source>--check-reminders and --demo cannot be used together.</source>
        <translation>--check-reminders 和 --demo 不能同时使用。</translation>
    </message>
</context>
</TS>
