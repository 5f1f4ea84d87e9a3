<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hub Tokens</source>
        <translation>關於 Hub Tokens</translation>
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
        <translation>Qt %1（建置時使用 Qt %2）</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Licence: Apache License 2.0. You may use, change and share Hub Tokens under its terms. Hub Tokens is not a product of Docker, Inc.</source>
        <translation>授權條款：Apache License 2.0。您可依其條款使用、修改及分享 Hub Tokens。Hub Tokens 並非 Docker, Inc. 的產品。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Stored: your sign-in (a session token) in the system keychain, only when “Stay signed in” is on; the settings in %1; a token you sign Docker in with, in Docker&apos;s own credential store. Nothing else.</source>
        <translation>儲存的內容：僅在開啟「保持登入」時，將您的登入資訊（工作階段權杖）儲存在系統鑰匙圈中；設定則儲存在 %1；用來登入 Docker 的權杖儲存在 Docker 自己的認證儲存區中。除此之外不儲存任何內容。</translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation>儲存的內容</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Your session expired. Sign in again to continue.</source>
        <translation>您的工作階段已過期。請重新登入以繼續。</translation>
    </message>
    <message>
        <source>Your session is about to expire. Sign in again to continue.</source>
        <translation>您的工作階段即將過期。請重新登入以繼續。</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in has expired. Sign in to Docker again (Docker Desktop, or docker login), then continue with Docker&apos;s sign-in; or sign in here with your password.</source>
        <translation>Docker 的登入資訊已過期。請重新登入 Docker（Docker Desktop 或 docker login），再繼續使用 Docker 的登入資訊；或在此以密碼登入。</translation>
    </message>
</context>
<context>
    <name>ActionsDelegate</name>
    <message>
        <source>More actions</source>
        <translation>更多動作</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hub Tokens</source>
        <translation>關於 Hub Tokens(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Hub Tokens cannot start itself at login from “%1”: the program&apos;s path must be absolute and on one line.</source>
        <translation>Hub Tokens 無法在登入時從「%1」自動啟動：程式路徑必須是絕對路徑，且只能有一行。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The start-up entry %1 could not be written.</source>
        <translation>無法寫入啟動項目 %1。</translation>
    </message>
    <message>
        <source>The start-up entry %1 could not be removed.</source>
        <translation>無法移除啟動項目 %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An error sentence (%1), then the system&apos;s own words for the cause (%2).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reminds you of Docker Hub access tokens that are about to expire</source>
        <translation>提醒您即將到期的 Docker Hub 存取權杖</translation>
    </message>
</context>
<context>
    <name>CleanupPreviewDialog</name>
    <message>
        <source>Delete all expired tokens</source>
        <translation>刪除所有已過期的權杖</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n expired token(s)?</source>
        <translation>
            <numerusform>要刪除 %n 個已過期的權杖嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens have expired and can no longer be used. Deleting them removes them from your Docker Hub account for good.</source>
        <translation>這些權杖已過期，無法再使用。刪除後，它們會從您的 Docker Hub 帳戶中永久移除。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>This can&apos;t be undone.</source>
        <translation>此操作無法復原。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s)</source>
        <translation>
            <numerusform>刪除 %n 個權杖</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate unused tokens</source>
        <translation>停用未使用的權杖</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s) unused for %1 days or more?</source>
        <translation>
            <numerusform>要停用 %n 個 %1 天以上未使用的權杖嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated token stops working until you activate it again. A token that was never used counts from the day it was created.</source>
        <translation>停用的權杖在重新啟用之前將無法使用。從未使用過的權杖從建立當天起算。</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用時間</translation>
    </message>
    <message>
        <source>You can activate them again at any time.</source>
        <translation>您可以隨時重新啟用它們。</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s)</source>
        <translation>
            <numerusform>停用 %n 個權杖</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (created %1)</source>
        <extracomment>A token never used, and when it was created: &quot;Never (created 3 months ago)&quot;</extracomment>
        <translation>從未使用（建立於 %1）</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>HUBTOKENS_PASSWORD is set but HUBTOKENS_USERNAME is not: set both to sign in with them.</source>
        <translation>已設定 HUBTOKENS_PASSWORD，但未設定 HUBTOKENS_USERNAME：若要以它們登入，請同時設定兩者。</translation>
    </message>
    <message>
        <source>HUBTOKENS_USERNAME is set but HUBTOKENS_PASSWORD is empty: set both to sign in with them, or unset HUBTOKENS_PASSWORD.</source>
        <translation>已設定 HUBTOKENS_USERNAME，但 HUBTOKENS_PASSWORD 為空：若要以它們登入，請同時設定兩者，或取消設定 HUBTOKENS_PASSWORD。</translation>
    </message>
</context>
<context>
    <name>CliBulkCommand</name>
    <message>
        <source>Not deleting: stdin is not a terminal, so nobody can confirm by typing the username. Add --force to delete without asking.</source>
        <translation>已取消刪除：stdin 不是終端機，無法透過輸入使用者名稱確認。若要不經確認直接刪除，請加上 --force。</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>未執行任何操作。</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n token(s):</source>
        <translation>
            <numerusform>您即將刪除 %n 個權杖：</numerusform>
        </translation>
    </message>
    <message>
        <source>This can&apos;t be undone: whatever uses them will stop working.</source>
        <translation>此操作無法復原：所有使用這些權杖的地方都會失效。</translation>
    </message>
    <message>
        <source>To confirm, type your username (%1): </source>
        <translation>若要確認，請輸入您的使用者名稱（%1）: </translation>
    </message>
    <message>
        <source>The username didn&apos;t match: nothing was deleted.</source>
        <translation>使用者名稱不符，未刪除任何權杖。</translation>
    </message>
    <message>
        <source>“%1” (%2) was already active.</source>
        <translation>「%1」（%2）已處於啟用狀態。</translation>
    </message>
    <message>
        <source>“%1” (%2) was already inactive.</source>
        <translation>「%1」（%2）已處於停用狀態。</translation>
    </message>
    <message>
        <source>“%1” (%2) has expired: it can&apos;t be used anyway.</source>
        <translation>「%1」（%2）已過期，本來就無法使用。</translation>
    </message>
    <message>
        <source>Activated “%1” (%2).</source>
        <translation>已啟用「%1」（%2）。</translation>
    </message>
    <message>
        <source>Deactivated “%1” (%2).</source>
        <translation>已停用「%1」（%2）。</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>已刪除「%1」（%2）。</translation>
    </message>
    <message>
        <source>Could not activate “%1” (%2): it has expired, and expired tokens can only be deleted.</source>
        <translation>無法啟用「%1」（%2）：此權杖已過期，過期的權杖只能刪除。</translation>
    </message>
    <message>
        <source>your session expired; run &apos;%1 login&apos; to sign in again</source>
        <translation>您的工作階段已過期；請執行 &apos;%1 login&apos; 重新登入</translation>
    </message>
    <message>
        <source>Could not activate “%1” (%2): %3</source>
        <translation>無法啟用「%1」（%2）：%3</translation>
    </message>
    <message>
        <source>Could not deactivate “%1” (%2): %3</source>
        <translation>無法停用「%1」（%2）：%3</translation>
    </message>
    <message>
        <source>Could not delete “%1” (%2): %3</source>
        <translation>無法刪除「%1」（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed.</source>
        <translation>
            <numerusform>%n 個中有 %1 個失敗。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token has expired: nothing to delete.</source>
        <translation>沒有已過期的權杖，無需刪除。</translation>
    </message>
    <message numerus="yes">
        <source>No active token has gone unused for %n day(s): nothing to deactivate.</source>
        <translation>
            <numerusform>沒有 %n 天以上未使用的啟用中權杖，無需停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Would activate “%1” (%2).</source>
        <translation>將啟用「%1」（%2）。</translation>
    </message>
    <message>
        <source>Would deactivate “%1” (%2).</source>
        <translation>將停用「%1」（%2）。</translation>
    </message>
    <message>
        <source>Would delete “%1” (%2).</source>
        <translation>將刪除「%1」（%2）。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試執行：未進行任何變更。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Your session expired. Run &apos;%1 login&apos; to sign in again.</source>
        <translation>您的工作階段已過期。請執行 &apos;%1 login&apos; 重新登入。</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>The description can&apos;t be empty.</source>
        <translation>說明不可為空白。</translation>
    </message>
    <message>
        <source>The description is %1 characters long; it can have at most %2.</source>
        <translation>說明長度為 %1 個字元，最多只能有 %2 個字元。</translation>
    </message>
    <message>
        <source>--expires takes never, 30d, 90d, a date (YYYY-MM-DD) or an RFC 3339 time (2025-12-31T18:00:00Z), not “%1”.</source>
        <translation>--expires 的值應為 never、30d、90d、日期（YYYY-MM-DD）或 RFC 3339 時間（2025-12-31T18:00:00Z），而不是「%1」。</translation>
    </message>
    <message>
        <source>The expiry %1 is not in the future.</source>
        <translation>到期時間 %1 必須晚於目前時間。</translation>
    </message>
    <message>
        <source>The expiry %1 is more than a year ahead; Docker Hub allows at most one year.</source>
        <translation>到期時間 %1 超過一年；Docker Hub 最長只允許一年。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知的指令「%1」。</translation>
    </message>
    <message>
        <source>Can&apos;t use the server %1: %2</source>
        <translation>無法使用伺服器 %1：%2</translation>
    </message>
    <message>
        <source>--format takes table or json, not “%1”.</source>
        <translation>--format 的值應為 table 或 json，而不是「%1」。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use one of: %2.</source>
        <translation>未知的語言「%1」；請使用下列語言之一：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one UUID.</source>
        <translation>&apos;%1&apos; 需要一個 UUID。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one UUID.</source>
        <translation>&apos;%1&apos; 至少需要一個 UUID。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>無法識別的引數「%1」。</translation>
    </message>
    <message>
        <source>An empty UUID was given.</source>
        <translation>UUID 不可為空白。</translation>
    </message>
    <message>
        <source>--username can&apos;t be empty.</source>
        <translation>--username 不可為空白。</translation>
    </message>
    <message>
        <source>--status takes active, inactive or expired, not “%1”.</source>
        <translation>--status 的值應為 active、inactive 或 expired，而不是「%1」。</translation>
    </message>
    <message>
        <source>--source takes manual or auto, not “%1”.</source>
        <translation>--source 的值應為 manual 或 auto，而不是「%1」。</translation>
    </message>
    <message>
        <source>--expiring-within takes a number of days (0 to 36500), not “%1”.</source>
        <translation>--expiring-within 的值應為天數（0 到 36500），而不是「%1」。</translation>
    </message>
    <message>
        <source>&apos;token create&apos; needs --description.</source>
        <translation>&apos;token create&apos; 需要 --description。</translation>
    </message>
    <message>
        <source>--scope takes repo:public_read, repo:read, repo:write or repo:admin, not “%1”.</source>
        <translation>--scope 的值應為 repo:public_read、repo:read、repo:write 或 repo:admin，而不是「%1」。</translation>
    </message>
    <message>
        <source>&apos;token edit&apos; needs --description or --scope (or both).</source>
        <translation>&apos;token edit&apos; 需要 --description 或 --scope（或兩者）。</translation>
    </message>
    <message>
        <source>--quiet and --format json can&apos;t be used together.</source>
        <translation>--quiet 和 --format json 不能同時使用。</translation>
    </message>
    <message>
        <source>&apos;token export&apos; needs --format ics, csv or json.</source>
        <translation>&apos;token export&apos; 需要 --format ics、csv 或 json。</translation>
    </message>
    <message>
        <source>&apos;token export&apos; takes --format ics, csv or json, not “%1”.</source>
        <translation>&apos;token export&apos; 的 --format 值應為 ics、csv 或 json，而不是「%1」。</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; takes no UUID.</source>
        <translation>&apos;%1 %2&apos; 不接受 UUID。</translation>
    </message>
    <message>
        <source>--output can&apos;t be empty.</source>
        <translation>--output 不可為空白。</translation>
    </message>
    <message>
        <source>--unused-for takes a number of days (1 to 36500), not “%1”.</source>
        <translation>--unused-for 的值應為天數（1 到 36500），而不是「%1」。</translation>
    </message>
    <message>
        <source>&apos;token&apos; needs a command: ls, inspect, create, edit, activate, deactivate, rm, export or rotate.</source>
        <translation>&apos;token&apos; 需要一個指令：ls、inspect、create、edit、activate、deactivate、rm、export 或 rotate。</translation>
    </message>
    <message>
        <source>--registry can&apos;t be empty.</source>
        <translation>--registry 不可為空白。</translation>
    </message>
    <message>
        <source>&apos;docker use-store&apos; takes the name of one credential store (secretservice or pass).</source>
        <translation>&apos;docker use-store&apos; 需要一個認證儲存區的名稱（secretservice 或 pass）。</translation>
    </message>
    <message>
        <source>An empty name was given.</source>
        <translation>名稱不可為空白。</translation>
    </message>
    <message>
        <source>--from-docker uses Docker&apos;s own sign-in: no --username or --password-stdin with it.</source>
        <translation>--from-docker 使用 Docker 本身的登入資訊：不可同時指定 --username 或 --password-stdin。</translation>
    </message>
    <message>
        <source>--force goes with --docker-login.</source>
        <translation>--force 必須與 --docker-login 一起使用。</translation>
    </message>
</context>
<context>
    <name>CliCreateCommand</name>
    <message>
        <source>It never expires.</source>
        <translation>此權杖永不到期。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>此權杖將於 %1 到期。</translation>
    </message>
    <message>
        <source>Created the token “%1” (%2) with the scope %3. %4</source>
        <translation>已建立範圍為 %3 的權杖「%1」（%2）。%4</translation>
    </message>
    <message>
        <source>Copy it now: this is the only time it is shown.</source>
        <translation>請立即複製：它只會顯示這一次。</translation>
    </message>
    <message>
        <source>To sign in to Docker with it, run:</source>
        <translation>若要以它登入 Docker，請執行：</translation>
    </message>
    <message>
        <source>then paste the token, press Enter and then Ctrl-D. In a script, pipe the token into that command instead of putting it on the command line.</source>
        <translation>然後貼上權杖，按下 Enter，再按 Ctrl-D。在指令碼中，請透過管道將權杖傳給該指令，而不要將它放在命令列上。</translation>
    </message>
    <message>
        <source>The token “%1” (%2) was created, but the reply with its secret was lost, so it can&apos;t be used. Deactivate or delete it: %3 token rm %2</source>
        <translation>權杖「%1」（%2）已建立，但包含其密鑰的回應已遺失，因此無法使用。請停用或刪除它：%3 token rm %2</translation>
    </message>
</context>
<context>
    <name>CliDockerCommand</name>
    <message>
        <source>Registry:</source>
        <translation>映像檔倉庫：</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <source>Credential store:</source>
        <translation>認證儲存區：</translation>
    </message>
    <message>
        <source>none (sign-ins are kept in the configuration file itself)</source>
        <translation>無（登入資訊直接儲存在設定檔中）</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>a personal access token this app didn&apos;t create</source>
        <translation>非本應用程式建立的個人存取權杖</translation>
    </message>
    <message>
        <source>the token %1</source>
        <translation>權杖 %1</translation>
    </message>
    <message>
        <source>the token “%1” (%2)</source>
        <translation>權杖「%1」（%2）</translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation>登入認證：</translation>
    </message>
    <message>
        <source>A password can do everything your account can. Replace it with a token: %1 token create --description D --docker-login --force</source>
        <translation>密碼能執行您帳戶可執行的所有操作。請改用權杖：%1 token create --description D --docker-login --force</translation>
    </message>
    <message>
        <source>Docker has no credential store. Choose one with: %1 docker use-store NAME (installed here: %2)</source>
        <translation>Docker 沒有認證儲存區。請使用下列指令選擇一個：%1 docker use-store NAME（此處已安裝：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>“%1” is not a credential store this app can set up here. Installed: %2.</source>
        <translation>「%1」不是本應用程式可在此設定的認證儲存區。已安裝：%2。</translation>
    </message>
    <message>
        <source>Docker now keeps its sign-ins with docker-credential-%1 (credsStore in %2).</source>
        <translation>Docker 現在使用 docker-credential-%1 儲存登入資訊（%2 中的 credsStore）。</translation>
    </message>
</context>
<context>
    <name>CliDockerLogin</name>
    <message>
        <source>Run &apos;%1 docker use-store NAME&apos; to choose one.</source>
        <translation>請執行 &apos;%1 docker use-store NAME&apos; 來選擇一個。</translation>
    </message>
    <message>
        <source>another token this app created (%1)</source>
        <translation>本應用程式建立的另一個權杖（%1）</translation>
    </message>
    <message>
        <source>a token this app did not create</source>
        <translation>非本應用程式建立的權杖</translation>
    </message>
    <message>
        <source>Docker is already signed in to %1 as %2 with %3. Nothing was created. Add --force to replace it.</source>
        <translation>Docker 已使用 %3 以 %2 身分登入 %1。未建立任何權杖。若要取代，請加上 --force。</translation>
    </message>
    <message>
        <source>Docker was not signed in with the token: %1</source>
        <translation>未能以此權杖登入 Docker：%1</translation>
    </message>
    <message>
        <source>Docker is now signed in to %1 as %2 with this token (kept by docker-credential-%3).</source>
        <translation>Docker 現已使用此權杖以 %2 身分登入 %1（由 docker-credential-%3 儲存）。</translation>
    </message>
</context>
<context>
    <name>CliEditCommand</name>
    <message>
        <source>“%1” has expired: its scope can&apos;t be changed any more. Expired tokens can only be renamed or deleted.</source>
        <translation>「%1」已過期：無法再變更其範圍。已過期的權杖只能重新命名或刪除。</translation>
    </message>
    <message>
        <source>Updated “%1” (%2): scope %3.</source>
        <translation>已更新「%1」（%2）：範圍 %3。</translation>
    </message>
    <message>
        <source>Nothing to change: “%1” (%2) already has that description and scope.</source>
        <translation>無需變更：「%1」（%2）的說明和範圍已是指定的值。</translation>
    </message>
</context>
<context>
    <name>CliExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n expiry date(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 個到期日寫入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 個權杖匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>The Hub API server (default %1). http:// only for this computer (127.0.0.1, ::1, localhost).</source>
        <translation>Hub API 伺服器（預設為 %1）。http:// 只能用於本機（127.0.0.1, ::1, localhost）。</translation>
    </message>
    <message>
        <source>How results are printed on stdout (default table).</source>
        <translation>結果在 stdout 上的輸出格式（預設為 table）。</translation>
    </message>
    <message>
        <source>The language of messages for this run: %1.</source>
        <translation>本次執行所用訊息的語言：%1。</translation>
    </message>
    <message>
        <source>Show this help (or a command&apos;s, after it).</source>
        <translation>顯示此說明（放在指令之後則顯示該指令的說明）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>顯示版本。</translation>
    </message>
    <message>
        <source>The token&apos;s description: 1 to 100 characters.</source>
        <translation>權杖的說明：1 到 100 個字元。</translation>
    </message>
    <message>
        <source>repo:public_read (the default for new tokens), repo:read, repo:write or repo:admin.</source>
        <translation>repo:public_read（新權杖的預設值）、repo:read、repo:write 或 repo:admin。</translation>
    </message>
    <message>
        <source>The Docker ID to sign in as (default: HUBTOKENS_USERNAME, else the last one used with this server).</source>
        <translation>用於登入的 Docker ID（預設為 HUBTOKENS_USERNAME，未設定時為此伺服器上次使用的 ID）。</translation>
    </message>
    <message>
        <source>Read the password from stdin (for scripts).</source>
        <translation>從 stdin 讀取密碼（用於指令碼）。</translation>
    </message>
    <message>
        <source>Only tokens that are active, inactive or expired.</source>
        <translation>僅限啟用中、已停用或已過期的權杖。</translation>
    </message>
    <message>
        <source>Only tokens made by hand (manual) or by Docker Desktop (auto).</source>
        <translation>僅限手動建立（manual）或由 Docker Desktop 自動產生（auto）的權杖。</translation>
    </message>
    <message>
        <source>never (the default), 30d, 90d, a date YYYY-MM-DD (00:00 local time) or an RFC 3339 time; at most one year ahead.</source>
        <translation>never（預設）、30d、90d、日期 YYYY-MM-DD（當地時間 00:00）或 RFC 3339 時間；最長為一年。</translation>
    </message>
    <message>
        <source>Print only the token&apos;s secret and a newline.</source>
        <translation>僅輸出權杖的密鑰和一個換行字元。</translation>
    </message>
    <message>
        <source>Delete without asking to type the username.</source>
        <translation>刪除時不要求輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Sign in and keep the session in the system keychain, so later runs need no password.</source>
        <translation>登入並將工作階段儲存在系統鑰匙圈中，之後執行時不需要密碼。</translation>
    </message>
    <message>
        <source>Forget the kept session.</source>
        <translation>清除已儲存的工作階段。</translation>
    </message>
    <message>
        <source>List every token: description, scope, status, source, created, last used, expires, uuid.</source>
        <translation>列出所有權杖：說明、範圍、狀態、來源、建立時間、上次使用時間、到期時間、uuid。</translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation>顯示一個權杖。</translation>
    </message>
    <message>
        <source>Create a token and print its secret, once.</source>
        <translation>建立權杖並輸出其密鑰（僅此一次）。</translation>
    </message>
    <message>
        <source>Change a token&apos;s description or scope.</source>
        <translation>變更權杖的說明或範圍。</translation>
    </message>
    <message>
        <source>Activate tokens.</source>
        <translation>啟用權杖。</translation>
    </message>
    <message>
        <source>Deactivate tokens: they stop working until activated again.</source>
        <translation>停用權杖：在重新啟用之前，這些權杖將無法使用。</translation>
    </message>
    <message>
        <source>Delete tokens. On a terminal it asks you to type your username first.</source>
        <translation>刪除權杖。在終端機上會先要求您輸入使用者名稱。</translation>
    </message>
    <message>
        <source>Manage your Docker Hub personal access tokens.</source>
        <translation>管理您的 Docker Hub 個人存取權杖。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>執行 &apos;%1 --help&apos; 以查看用法。</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>執行 &apos;%1 %2 --help&apos; 以查看用法。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>結束狀態：</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>An operation failed; each failure is reported on stderr.</source>
        <translation>有操作失敗；每項失敗都會輸出到 stderr。</translation>
    </message>
    <message>
        <source>A usage error: an unknown command or option, an invalid value, an ambiguous uuid, or a deletion without --force when no terminal can confirm it.</source>
        <translation>用法錯誤：未知的指令或選項、無效的值、不明確的 uuid，或在沒有終端機可確認時未使用 --force 進行刪除。</translation>
    </message>
    <message>
        <source>Not signed in, or the session expired.</source>
        <translation>未登入，或工作階段已過期。</translation>
    </message>
    <message>
        <source>Usage: %1 [--server URL] [--format table|json] COMMAND [OPTIONS]</source>
        <translation>用法：%1 [--server URL] [--format table|json] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>UUID may be any unique start of a token&apos;s uuid. Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>UUID 只需輸入權杖 uuid 的開頭，足以唯一識別即可。執行 &apos;%1 COMMAND --help&apos; 以查看指令的選項。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全域選項：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境變數：</translation>
    </message>
    <message>
        <source>Sign in with these on every run (for CI), before any kept session; nothing is kept. Not for accounts with two-factor authentication: run &apos;%1 login&apos; on a terminal once instead.</source>
        <translation>每次執行時都以這兩個變數登入（適用於 CI），優先於任何已儲存的工作階段，且不會儲存任何內容。不適用於啟用雙重驗證的帳戶：請改為在終端機上執行一次 &apos;%1 login&apos;。</translation>
    </message>
    <message>
        <source>Set to anything: no colours, even on a terminal.</source>
        <translation>設定為任意值：即使在終端機上也不使用色彩。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>On a terminal it asks for the password without showing it, then for the two-factor code if the account has one. Without a terminal, use --password-stdin or HUBTOKENS_PASSWORD. The session (never the password) is kept in the system keychain, shared with the Hub Tokens window&apos;s &quot;Stay signed in&quot;.</source>
        <translation>在終端機上，會在不顯示輸入內容的情況下要求輸入密碼；若帳戶啟用了雙重驗證，還會要求輸入驗證碼。沒有終端機時，請使用 --password-stdin 或 HUBTOKENS_PASSWORD。工作階段會儲存在系統鑰匙圈中（絕不儲存密碼），並與 Hub Tokens 視窗的「保持登入」共用。</translation>
    </message>
    <message>
        <source>The secret is shown only this once, with the steps to use it with docker login. --format json prints the token with its secret in &quot;token&quot;.</source>
        <translation>密鑰僅顯示這一次，並附上搭配 docker login 使用的步驟。--format json 會輸出權杖，密鑰位於 &quot;token&quot; 欄位中。</translation>
    </message>
    <message>
        <source>Without --force, on a terminal, you are asked to type your username to confirm; without a terminal it refuses (exit status 2).</source>
        <translation>未使用 --force 時，在終端機上會要求您輸入使用者名稱以確認；沒有終端機時會拒絕執行（結束狀態 2）。</translation>
    </message>
    <message>
        <source>UUID may be any unique start of a token&apos;s uuid; an ambiguous one lists the tokens it could mean (exit status 2), one that matches no token fails (exit status 1).</source>
        <translation>UUID 只需輸入權杖 uuid 的開頭，足以唯一識別即可；若符合多個權杖，會列出這些權杖（結束狀態 2），若不符合任何權杖則失敗（結束狀態 1）。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>List what would be done, and change nothing.</source>
        <translation>列出將要執行的操作，但不進行任何變更。</translation>
    </message>
    <message>
        <source>Only active tokens that have not expired but will within DAYS days.</source>
        <translation>僅限尚未過期、但將在 DAYS 天內到期的啟用中權杖。</translation>
    </message>
    <message>
        <source>Exit with status 1 when the list is not empty and 0 when it is (for cron jobs and CI).</source>
        <translation>清單不是空的時以結束狀態 1 結束，是空的時以 0 結束（適用於 cron 工作和 CI）。</translation>
    </message>
    <message>
        <source>Delete every expired token (instead of UUIDs).</source>
        <translation>刪除所有已過期的權杖（不必指定 UUID）。</translation>
    </message>
    <message>
        <source>Deactivate every active token not used for DAYS days or more (instead of UUIDs); a token never used counts from its creation.</source>
        <translation>停用所有 DAYS 天以上未使用的啟用中權杖（不必指定 UUID）；從未使用過的權杖從建立時起算。</translation>
    </message>
    <message>
        <source>Write to FILE (replaced in one step) instead of stdout.</source>
        <translation>寫入 FILE（一次性整個取代）而非 stdout。</translation>
    </message>
    <message>
        <source>Export the list: expiry dates as a calendar (ics), or the fields of &apos;token ls --format json&apos; as CSV or JSON. Never a secret.</source>
        <translation>匯出清單：將到期日匯出為行事曆（ics），或將 &apos;token ls --format json&apos; 的欄位匯出為 CSV 或 JSON。絕不包含密鑰。</translation>
    </message>
    <message>
        <source>--expired picks every token whose expiry has passed, active or not. --dry-run lists what would be deleted, asks nothing and deletes nothing.</source>
        <translation>--expired 會選取所有已過期的權杖，無論是否啟用。--dry-run 只會列出將被刪除的權杖，既不詢問也不刪除。</translation>
    </message>
    <message>
        <source>--unused-for DAYS picks every active, unexpired token whose last use (or, if never used, creation) is DAYS days ago or more. --dry-run lists them and changes nothing.</source>
        <translation>--unused-for DAYS 會選取所有未過期的啟用中權杖中，上次使用時間（若從未使用，則為建立時間）在 DAYS 天前或更早的權杖。--dry-run 只會列出這些權杖，不會進行任何變更。</translation>
    </message>
    <message>
        <source>ics: one event per token with a future expiry, at the moment it expires, with alarms 7 days and 1 day before; importing a newer file updates the events. csv: a header row, UTF-8 with a byte order mark. Here --format takes ics, csv or json and is required.</source>
        <translation>ics：每個將在未來到期的權杖對應一個事件，時間為其到期時刻，並在 7 天前與 1 天前提醒；匯入較新的檔案會更新這些事件。csv：含標題列，採用含位元組順序標記（BOM）的 UTF-8。此處 --format 為必要選項，可為 ics、csv 或 json。</translation>
    </message>
    <message>
        <source>With --exit-code, exit status 1 means the list is not empty (like git diff --exit-code): &apos;token ls --expiring-within 7 --exit-code&apos; fails a cron job or CI step while a token is about to expire.</source>
        <translation>使用 --exit-code 時，結束狀態 1 表示清單不是空的（類似 git diff --exit-code）：只要有權杖即將到期，&apos;token ls --expiring-within 7 --exit-code&apos; 就會讓 cron 工作或 CI 步驟失敗。</translation>
    </message>
    <message>
        <source>The registry key Docker keeps the sign-in under (default %1, whatever --server is).</source>
        <translation>Docker 儲存登入資訊時所用的映像檔倉庫位址（預設為 %1，與 --server 無關）。</translation>
    </message>
    <message>
        <source>Continue with Docker&apos;s own sign-in (Docker Desktop, or docker login in the browser): the way in for accounts whose organization enforces SSO. Only the choice is kept; each run reads Docker&apos;s session from its credential store.</source>
        <translation>以 Docker 本身的登入資訊繼續（Docker Desktop 或在瀏覽器中完成的 docker login）：適用於組織強制使用單一登入（SSO）的帳戶。只會儲存這個選擇；每次執行時都會從 Docker 的認證儲存區讀取 Docker 的工作階段。</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token: store it through Docker&apos;s credential helper, as docker login does.</source>
        <translation>以新權杖登入 Docker：比照 docker login，透過 Docker 的認證輔助程式儲存權杖。</translation>
    </message>
    <message>
        <source>With --docker-login: replace what Docker keeps for the registry (a password, another token or a Docker session).</source>
        <translation>搭配 --docker-login 使用時：取代 Docker 為該映像檔倉庫儲存的內容（密碼、另一個權杖或 Docker 工作階段）。</translation>
    </message>
    <message>
        <source>The new token&apos;s expiry (as for token create); default: the old token&apos;s lifetime from now, or never if it had none.</source>
        <translation>新權杖的到期時間（格式同 token create）；預設為從現在起與舊權杖相同的有效期間，若舊權杖永不到期，新權杖也永不到期。</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token even if the old one was not what Docker used.</source>
        <translation>即使 Docker 使用的不是舊權杖，也以新權杖登入 Docker。</translation>
    </message>
    <message>
        <source>Delete the old token instead of only deactivating it.</source>
        <translation>刪除舊權杖，而不只是停用。</translation>
    </message>
    <message>
        <source>With --docker-login: replace what Docker keeps for the registry, whatever it is.</source>
        <translation>搭配 --docker-login 使用時：無論 Docker 為該映像檔倉庫儲存的是什麼，一律取代。</translation>
    </message>
    <message>
        <source>Replace a token with a new one (same description and scope), sign Docker in with it if Docker used the old one, then deactivate the old one.</source>
        <translation>以新權杖（說明與範圍相同）取代權杖；若 Docker 使用的是舊權杖，則以新權杖登入 Docker；接著停用舊權杖。</translation>
    </message>
    <message>
        <source>Show what this computer&apos;s Docker CLI is signed in with: the registry, the credential store, the username, and which token.</source>
        <translation>顯示此電腦上的 Docker CLI 以什麼登入：映像檔倉庫、認證儲存區、使用者名稱，以及哪個權杖。</translation>
    </message>
    <message>
        <source>Set Docker&apos;s credential store (credsStore in its config.json) to an installed helper.</source>
        <translation>將 Docker 的認證儲存區（其 config.json 中的 credsStore）設為已安裝的輔助程式。</translation>
    </message>
    <message>
        <source>--docker-login checks Docker&apos;s credential store before creating the token: if it already holds a sign-in for the registry, it says what that is and stops unless --force is given. The secret goes to the helper on its stdin only; the app keeps its SHA-256 fingerprint, never the secret, to recognise the token later.</source>
        <translation>--docker-login 會在建立權杖前檢查 Docker 的認證儲存區：若其中已有該映像檔倉庫的登入資訊，會說明其內容並停止，除非指定了 --force。密鑰只會透過 stdin 傳給輔助程式；本應用程式只儲存其 SHA-256 指紋（絕不儲存密鑰本身），以便日後辨識該權杖。</translation>
    </message>
    <message>
        <source>The steps are: create the new token and print its secret once; if Docker used the old token (or --docker-login), sign Docker in with the new one; deactivate the old token (or delete it with --delete-old). Each step is reported; a failure stops there and says what was done and what not.</source>
        <translation>步驟如下：建立新權杖並輸出其密鑰一次；若 Docker 使用的是舊權杖（或指定了 --docker-login），則以新權杖登入 Docker；停用舊權杖（或在指定 --delete-old 時將其刪除）。每個步驟都會回報結果；某一步失敗時會就此停止，並說明哪些已完成、哪些未完成。</translation>
    </message>
    <message>
        <source>--format json prints {&quot;registry&quot;, &quot;helper&quot;, &quot;username&quot;, &quot;kind&quot;, &quot;uuid&quot;, &quot;config&quot;}; kind is token, password, session or none.</source>
        <translation>--format json 會輸出 {&quot;registry&quot;, &quot;helper&quot;, &quot;username&quot;, &quot;kind&quot;, &quot;uuid&quot;, &quot;config&quot;}；kind 為 token、password、session 或 none。</translation>
    </message>
</context>
<context>
    <name>CliListCommand</name>
    <message>
        <source>Can&apos;t tell which token Docker uses: %1</source>
        <translation>無法判斷 Docker 使用的是哪個權杖：%1</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>Two-factor code for %1: </source>
        <translation>%1 的驗證碼: </translation>
    </message>
    <message>
        <source>Wrong code. Check the code in your authenticator app and try again; codes change every 30 seconds.</source>
        <translation>驗證碼錯誤。請檢查驗證器應用程式中的驗證碼，然後再試一次；驗證碼每 30 秒會更新一次。</translation>
    </message>
</context>
<context>
    <name>CliLoginCommand</name>
    <message>
        <source>No terminal to ask for the password: use --password-stdin, or set HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.</source>
        <translation>沒有可輸入密碼的終端機：請使用 --password-stdin，或設定 HUBTOKENS_USERNAME 和 HUBTOKENS_PASSWORD。</translation>
    </message>
    <message>
        <source>Which account? Give --username (or set HUBTOKENS_USERNAME) with %1.</source>
        <translation>請指定帳戶：使用 %1 時，請提供 --username（或設定 HUBTOKENS_USERNAME）。</translation>
    </message>
    <message>
        <source>--password-stdin: nothing was read from stdin.</source>
        <translation>--password-stdin：未從 stdin 讀取到任何內容。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>已以 %2 身分登入 %1。</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain until %1: later runs and the Hub Tokens window use it. &apos;%2 logout&apos; forgets it.</source>
        <translation>工作階段會儲存在系統鑰匙圈中，直到 %1：之後的執行和 Hub Tokens 視窗都會使用它。執行 &apos;%2 logout&apos; 即可清除。</translation>
    </message>
    <message>
        <source>The session could not be kept in the keychain: later runs will have to sign in again.</source>
        <translation>無法將工作階段儲存在鑰匙圈中：之後執行時需要重新登入。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with Docker&apos;s sign-in.</source>
        <translation>已使用 Docker 的登入資訊以 %2 身分登入 %1。</translation>
    </message>
    <message>
        <source>Nothing is kept: each run reads the session from Docker&apos;s credential store, so it follows Docker&apos;s renewals (this one is good until %1). &apos;%2 logout&apos; stops using it.</source>
        <translation>不儲存任何內容：每次執行都會從 Docker 的認證儲存區讀取工作階段，因此會跟著 Docker 的更新而更新（目前的工作階段有效至 %1）。執行 &apos;%2 logout&apos; 即可停止使用。</translation>
    </message>
</context>
<context>
    <name>CliLogoutCommand</name>
    <message>
        <source>No session is kept for %1.</source>
        <translation>未儲存 %1 的工作階段。</translation>
    </message>
    <message>
        <source>Signed out %1 from %2: the kept session is forgotten.</source>
        <translation>%1 已從 %2 登出，已儲存的工作階段已清除。</translation>
    </message>
    <message>
        <source>No keychain is available, so no session was kept.</source>
        <translation>沒有可用的鑰匙圈，因此未儲存任何工作階段。</translation>
    </message>
    <message>
        <source>The kept session could not be removed from the keychain.</source>
        <translation>無法從鑰匙圈中移除已儲存的工作階段。</translation>
    </message>
    <message>
        <source>Stopped using Docker&apos;s sign-in for %1 (Docker itself stays signed in).</source>
        <translation>已停止對 %1 使用 Docker 的登入資訊（Docker 本身仍保持登入）。</translation>
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
        <translation>已略過：%1</translation>
    </message>
    <message>
        <source>FAILED: %1: %2</source>
        <translation>失敗：%1：%2</translation>
    </message>
    <message>
        <source>Try that step again? [y/N] </source>
        <translation>要重試這個步驟嗎？[y/N] </translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>Not signed in to %1. Run &apos;%2 login&apos; first, or set HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.</source>
        <translation>未登入 %1。請先執行 &apos;%2 login&apos;，或設定 HUBTOKENS_USERNAME 和 HUBTOKENS_PASSWORD。</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>未登入 %1。</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>使用者名稱: </translation>
    </message>
    <message>
        <source>Username [%1]: </source>
        <translation>使用者名稱 [%1]: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼: </translation>
    </message>
    <message>
        <source>The session is kept in the system keychain until %1; &apos;%2 logout&apos; forgets it.</source>
        <translation>工作階段會儲存在系統鑰匙圈中，直到 %1；執行 &apos;%2 logout&apos; 即可清除。</translation>
    </message>
    <message>
        <source>The session could not be kept in the keychain: you will be asked to sign in again next time.</source>
        <translation>無法將工作階段儲存在鑰匙圈中：下次將要求您重新登入。</translation>
    </message>
    <message>
        <source>The account %1 uses two-factor authentication, so HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD can&apos;t sign it in. Run &apos;%2 login&apos; once on a terminal: later runs use the kept session.</source>
        <translation>帳戶 %1 啟用了雙重驗證，因此無法以 HUBTOKENS_USERNAME 和 HUBTOKENS_PASSWORD 登入。請在終端機上執行一次 &apos;%2 login&apos;：之後的執行將使用已儲存的工作階段。</translation>
    </message>
    <message>
        <source>The account %1 uses two-factor authentication: run &apos;%2 login&apos; on a terminal, without --password-stdin, to enter the code.</source>
        <translation>帳戶 %1 啟用了雙重驗證：請在終端機上執行 &apos;%2 login&apos;（不加 --password-stdin）以輸入驗證碼。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登入。</translation>
    </message>
    <message>
        <source>No password for %1: HUBTOKENS_USERNAME names that account, but HUBTOKENS_PASSWORD is not set and no session of %1 is kept for %2. Set HUBTOKENS_PASSWORD, or run &apos;%3 login --username %1&apos; once.</source>
        <translation>缺少 %1 的密碼：HUBTOKENS_USERNAME 指定了該帳戶，但未設定 HUBTOKENS_PASSWORD，且 %2 上沒有 %1 已儲存的工作階段。請設定 HUBTOKENS_PASSWORD，或執行一次 &apos;%3 login --username %1&apos;。</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <source>Listing tokens… %1 of %2</source>
        <translation>正在取得權杖清單… %1 / %2</translation>
    </message>
    <message>
        <source>Listing tokens…</source>
        <translation>正在取得權杖清單…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 — 將在 %n 秒後重試…</numerusform>
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
            <numerusform>「%1」符合 %n 個權杖；請提供更長的 uuid：</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>沒有符合「%1」的權杖。</translation>
    </message>
</context>
<context>
    <name>DeleteMessages</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Delete access token?</source>
        <translation>要刪除存取權杖嗎？</translation>
    </message>
    <message>
        <source>Delete the token %1?</source>
        <translation>要刪除權杖 %1 嗎？</translation>
    </message>
    <message>
        <source>This is permanent: a deleted token can&apos;t be restored. Anything that uses it, such as scripts, CI pipelines or a Docker CLI signed in with it, will stop working.</source>
        <translation>此操作無法復原，刪除的權杖無法還原。所有使用它的地方（例如指令碼、CI 管線，或以它登入的 Docker CLI）都會失效。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n access tokens?</source>
        <translation>
            <numerusform>要刪除 %n 個存取權杖嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n tokens?</source>
        <translation>
            <numerusform>要刪除這 %n 個權杖嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is permanent: deleted tokens can&apos;t be restored. Anything that uses them, such as scripts, CI pipelines or a Docker CLI signed in with them, will stop working.</source>
        <translation>此操作無法復原，刪除的權杖無法還原。所有使用它們的地方（例如指令碼、CI 管線，或以它們登入的 Docker CLI）都會失效。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens</source>
        <translation>
            <numerusform>刪除 %n 個權杖</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) not deleted</source>
        <translation>
            <numerusform>%n 個權杖未刪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be deleted and will stay in the list:</source>
        <translation>
            <numerusform>下列 %n 個權杖無法刪除，將保留在清單中：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show tokens</source>
        <translation>顯示權杖</translation>
    </message>
    <message>
        <source>Open Hub Tokens</source>
        <translation>開啟 Hub Tokens</translation>
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
        <translation>已輸入 %1/%2 個字元</translation>
    </message>
</context>
<context>
    <name>DockerLoginPanel</name>
    <message>
        <source>Sign Docker in with this token</source>
        <translation>以此權杖登入 Docker</translation>
    </message>
    <message>
        <source>Store the token in Docker&apos;s credential store, as docker login does, so that the Docker CLI on this computer uses it.</source>
        <translation>比照 docker login，將權杖儲存在 Docker 的認證儲存區中，讓此電腦上的 Docker CLI 使用它。</translation>
    </message>
    <message>
        <source>It is signed in as %1.</source>
        <translation>目前以 %1 身分登入。</translation>
    </message>
    <message>
        <source>Replace Docker&apos;s sign-in?</source>
        <translation>要取代 Docker 的登入資訊嗎？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in was left as it was.</source>
        <translation>Docker 的登入資訊維持不變。</translation>
    </message>
    <message>
        <source>Choose a credential store for Docker?</source>
        <translation>要為 Docker 選擇認證儲存區嗎？</translation>
    </message>
    <message>
        <source>Docker keeps sign-ins in %1 itself, and this app never writes a secret there. Set Docker to keep them with docker-credential-%2 instead? This changes credsStore in that file, for every program that uses Docker.</source>
        <translation>Docker 將登入資訊直接儲存在 %1 中，本應用程式絕不會在其中寫入密鑰。要改為讓 Docker 使用 docker-credential-%2 儲存登入資訊嗎？這會變更該檔案中的 credsStore，影響所有使用 Docker 的程式。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>The token is no longer here to store.</source>
        <translation>要儲存的權杖已不存在。</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 as %2 with this token (docker-credential-%3).</source>
        <translation>Docker 已使用此權杖以 %2 身分登入 %1（docker-credential-%3）。</translation>
    </message>
</context>
<context>
    <name>DockerText</name>
    <message>
        <source>Docker&apos;s credential helper is not installed</source>
        <translation>未安裝 Docker 的認證輔助程式</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper failed</source>
        <translation>Docker 的認證輔助程式執行失敗</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper gave an unexpected answer</source>
        <translation>Docker 的認證輔助程式傳回了非預期的回應</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper didn&apos;t answer in time</source>
        <translation>Docker 的認證輔助程式未及時回應</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration can&apos;t be read</source>
        <translation>無法讀取 Docker 的設定</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration is not valid</source>
        <translation>Docker 的設定無效</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration could not be saved</source>
        <translation>無法儲存 Docker 的設定</translation>
    </message>
    <message>
        <source>Docker has no credential store</source>
        <translation>Docker 沒有認證儲存區</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in can&apos;t be used</source>
        <translation>無法使用 Docker 的登入資訊</translation>
    </message>
    <message>
        <source>Docker is set to keep sign-ins with %1, but that program is not installed or not on the PATH. Install it, or choose another credential store.</source>
        <translation>Docker 已設定為使用 %1 儲存登入資訊，但該程式未安裝或不在 PATH 中。請安裝該程式，或選擇其他認證儲存區。</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 意外結束。</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 失敗，結束代碼為 %2。</translation>
    </message>
    <message>
        <source>Check that the credential store is unlocked and try again.</source>
        <translation>請確認認證儲存區已解除鎖定，然後再試一次。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>輸出內容：%1</translation>
    </message>
    <message>
        <source>%1 answered with something that is not what Docker&apos;s credential helpers send. Nothing was changed.</source>
        <translation>%1 傳回的內容不是 Docker 認證輔助程式應傳送的內容。未進行任何變更。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) and was stopped. The credential store may be locked or waiting for a password; unlock it and try again.</source>
        <translation>
            <numerusform>%1 未在 %n 秒內完成，已被停止。認證儲存區可能已鎖定或正在等待密碼；請將其解除鎖定，然後再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists but can&apos;t be read: %2</source>
        <translation>%1 存在，但無法讀取：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid Docker configuration, so it was left as it is. Fix or remove it, then try again. (%2)</source>
        <translation>%1 不是有效的 Docker 設定，因此未做任何變更。請修正或移除該檔案，然後再試一次。（%2）</translation>
    </message>
    <message>
        <source>%1 could not be saved; it was left as it was. %2</source>
        <translation>無法儲存 %1，檔案未做任何變更。%2</translation>
    </message>
    <message>
        <source>Docker keeps sign-ins in %1 itself, encoded but not encrypted, and this app never writes a secret there. Choose a credential store (for example pass or the Secret Service) first.</source>
        <translation>Docker 將登入資訊直接儲存在 %1 中，僅經過編碼而未加密，本應用程式絕不會在其中寫入密鑰。請先選擇一個認證儲存區（例如 pass 或 Secret Service）。</translation>
    </message>
    <message>
        <source>What Docker keeps as its Docker Hub session is not one this app can use. Sign in to Docker again (docker login, or Docker Desktop).</source>
        <translation>Docker 儲存的 Docker Hub 工作階段不是本應用程式可以使用的類型。請重新登入 Docker（docker login 或 Docker Desktop）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>a personal access token</source>
        <translation>個人存取權杖</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>a Docker session</source>
        <translation>Docker 工作階段</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with another token this app created. Replace it with this token?</source>
        <translation>Docker 正以本應用程式建立的另一個權杖登入 %1。要改用此權杖嗎？</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with a token this app did not create. Replace it with this token?</source>
        <translation>Docker 正以非本應用程式建立的權杖登入 %1。要改用此權杖嗎？</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with a password. Replace it with this token? (A token is safer: it can be limited and revoked.)</source>
        <translation>Docker 正以密碼登入 %1。要改用此權杖嗎？（權杖較安全：可以限制權限，也能隨時撤銷。）</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with its own session (Docker Desktop or docker login in the browser). Replace it with this token?</source>
        <translation>Docker 正以其自身的工作階段（Docker Desktop 或在瀏覽器中完成的 docker login）登入 %1。要改用此權杖嗎？</translation>
    </message>
    <message>
        <source>Docker is not signed in to Docker Hub</source>
        <translation>Docker 未登入 Docker Hub</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in has expired</source>
        <translation>Docker 的登入資訊已過期</translation>
    </message>
    <message>
        <source>Docker keeps no Docker Hub session on this computer. Sign in with Docker Desktop, or with docker login in the browser, then try again.</source>
        <translation>此電腦上沒有 Docker 儲存的 Docker Hub 工作階段。請透過 Docker Desktop 或在瀏覽器中使用 docker login 登入，然後再試一次。</translation>
    </message>
    <message>
        <source>Docker&apos;s Docker Hub session has expired. Sign in to Docker again (Docker Desktop, or docker login), then continue with Docker&apos;s sign-in once more.</source>
        <translation>Docker 的 Docker Hub 工作階段已過期。請重新登入 Docker（Docker Desktop 或 docker login），然後再次以 Docker 的登入資訊繼續。</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit access token</source>
        <translation>編輯存取權杖</translation>
    </message>
    <message>
        <source>This token expired on %1. Expired tokens can&apos;t be changed; they can only be deleted.</source>
        <translation>此權杖已於 %1 過期。已過期的權杖無法變更，只能刪除。</translation>
    </message>
    <message>
        <source>Why this token can&apos;t be edited</source>
        <translation>此權杖無法編輯的原因</translation>
    </message>
    <message>
        <source>This token was made before access permissions existed and has full access. Choose a permission to restrict it.</source>
        <translation>此權杖建立於存取權限推出之前，具有完整存取權。請選擇一項權限來加以限制。</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Expiration dates can&apos;t be changed. Generate a new token to set a new one.</source>
        <translation>到期日無法變更。如需設定新的到期日，請產生新權杖。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>請輸入說明。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again, then select Save once more. Your changes are kept.</source>
        <translation>您的工作階段已過期。請重新登入，然後再次選取「儲存」。您的變更會保留。</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不到期</translation>
    </message>
</context>
<context>
    <name>EmulatorProcess</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>示範伺服器未在 %1 秒內啟動。</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>無法啟動示範伺服器（%1）：%2</translation>
    </message>
    <message>
        <source>The demo server was not found at %1.</source>
        <translation>在 %1 找不到示範伺服器。</translation>
    </message>
    <message>
        <source>The demo server printed something unexpected.</source>
        <translation>示範伺服器輸出了非預期的內容。</translation>
    </message>
    <message>
        <source>The demo server crashed while starting.</source>
        <translation>示範伺服器在啟動時當機。</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (exit code %1).</source>
        <translation>示範伺服器在啟動時停止（結束代碼 %1）。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>請等幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>現在可以重試了。</translation>
    </message>
    <message>
        <source>Single sign-on account</source>
        <translation>單一登入帳戶</translation>
    </message>
    <message>
        <source>Can&apos;t reach the server</source>
        <translation>無法連線至伺服器</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time</source>
        <translation>伺服器未及時回應</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>已拒絕不安全的連線</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>使用者名稱或密碼錯誤</translation>
    </message>
    <message>
        <source>Two-factor code required</source>
        <translation>需要雙重驗證的驗證碼</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>已使用存取權杖登入</translation>
    </message>
    <message>
        <source>Your session expired</source>
        <translation>您的工作階段已過期</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允許此操作</translation>
    </message>
    <message>
        <source>Token not found</source>
        <translation>找不到權杖</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>請檢查輸入的內容</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>嘗試次數過多</translation>
    </message>
    <message>
        <source>Docker Hub had a problem</source>
        <translation>Docker Hub 發生問題</translation>
    </message>
    <message>
        <source>Unexpected reply from the server</source>
        <translation>伺服器傳回非預期的回應</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
    <message>
        <source>Your organization requires single sign-on (SSO), so this account can&apos;t sign in with a password here. Manage your access tokens on the Docker Hub website instead.</source>
        <translation>您的組織要求使用單一登入（SSO），因此此帳戶無法在此以密碼登入。請改為在 Docker Hub 網站上管理您的存取權杖。</translation>
    </message>
    <message>
        <source>Check your network connection and the server address, then try again.</source>
        <translation>請檢查網路連線和伺服器位址，然後再試一次。</translation>
    </message>
    <message>
        <source>The connection may be slow or the server busy. Try again in a moment.</source>
        <translation>連線可能較慢，或伺服器忙碌中。請稍後再試。</translation>
    </message>
    <message>
        <source>The server address uses http:// for a computer other than this one, which would send your password unencrypted. Use an https:// address.</source>
        <translation>http:// 只能用於本機上的伺服器；若連線到其他電腦，密碼會以未加密的方式傳送。請改用 https:// 位址。</translation>
    </message>
    <message>
        <source>Check your username and password and try again. Your password is the one you use on the Docker Hub website.</source>
        <translation>請檢查使用者名稱和密碼，然後再試一次。密碼即您在 Docker Hub 網站上使用的密碼。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>請輸入驗證器應用程式中的 6 位數驗證碼。</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Docker Hub only allows managing access tokens after signing in with your password (and your two-factor code, if enabled).</source>
        <translation>您是使用個人存取權杖登入的。Docker Hub 只允許在使用密碼（以及雙重驗證碼，如已啟用）登入後管理存取權杖。</translation>
    </message>
    <message>
        <source>Sign in again to continue. Nothing you entered has been lost.</source>
        <translation>請重新登入以繼續。您輸入的內容不會遺失。</translation>
    </message>
    <message>
        <source>Docker Hub refused this request: “%1”</source>
        <translation>Docker Hub 拒絕了此要求：「%1」</translation>
    </message>
    <message>
        <source>Docker Hub refused this request for your account.</source>
        <translation>Docker Hub 不允許您的帳戶執行此操作。</translation>
    </message>
    <message>
        <source>It may have been deleted in another window or on the Docker Hub website. Refresh the list.</source>
        <translation>它可能已在其他視窗或 Docker Hub 網站上被刪除。請重新整理清單。</translation>
    </message>
    <message>
        <source>Docker Hub didn&apos;t accept what was entered. Check the fields and try again.</source>
        <translation>Docker Hub 未接受輸入的內容。請檢查各欄位，然後再試一次。</translation>
    </message>
    <message>
        <source>Docker Hub is limiting requests from this account for a while. %1</source>
        <translation>Docker Hub 正在暫時限制此帳戶的要求。%1</translation>
    </message>
    <message>
        <source>The server answered with an error (%1). Try again in a moment.</source>
        <translation>伺服器傳回錯誤（%1）。請稍後再試。</translation>
    </message>
    <message>
        <source>Docker Hub sent a reply this app doesn&apos;t understand. Try again; if it keeps happening, the service may have changed.</source>
        <translation>Docker Hub 傳回了此應用程式無法理解的回應。請再試一次；若問題持續發生，可能是該服務已有變更。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求已取消。</translation>
    </message>
    <message>
        <source>The server answered with status %1. Try again in a moment.</source>
        <translation>伺服器傳回狀態 %1。請稍後再試。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>請稍後再試。</translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>請在 %1（%n 秒後）再試一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>請在 %1（%n 分鐘後）再試一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n hour(s)).</source>
        <translation>
            <numerusform>請在 %1（%n 小時後）再試一次。</numerusform>
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
        <translation>「%1」</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>The end of a shortened list of tokens: &quot;“A”, “B” and 3 more&quot;.</extracomment>
        <translation>
            <numerusform>其他 %n 個</numerusform>
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
        <translation>%1 已過期。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens have expired: %1.</source>
        <translation>
            <numerusform>%n 個權杖已過期：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expires within %2.</source>
        <translation>%1 將在 %2內到期。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens expire within %1: %2.</source>
        <translation>
            <numerusform>%n 個權杖將在 %1內到期：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>A Docker Hub token expires soon</source>
        <translation>有一個 Docker Hub 權杖即將到期</translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens expire soon</source>
        <translation>
            <numerusform>%n 個 Docker Hub 權杖即將到期</numerusform>
        </translation>
    </message>
    <message>
        <source>A Docker Hub token has expired</source>
        <translation>有一個 Docker Hub 權杖已過期</translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens have expired</source>
        <translation>
            <numerusform>%n 個 Docker Hub 權杖已過期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens need attention</source>
        <translation>
            <numerusform>%n 個 Docker Hub 權杖需要處理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Can&apos;t write “%1”: the folder %2 does not exist.</source>
        <translation>無法寫入「%1」：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: it is a folder. Give a file name.</source>
        <translation>無法寫入「%1」：這是資料夾。請提供檔案名稱。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: permission denied.</source>
        <translation>無法寫入「%1」：權限遭拒。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”.</source>
        <translation>無法寫入「%1」。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>GenerateTokenDialog</name>
    <message>
        <source>Generate new token</source>
        <translation>產生新權杖</translation>
    </message>
    <message>
        <source>A personal access token can be used instead of your password when you sign in with the Docker CLI.</source>
        <translation>使用 Docker CLI 登入時，可以使用個人存取權杖代替密碼。</translation>
    </message>
    <message>
        <source>e.g. CI pipeline on build server</source>
        <translation>例如：建置伺服器上的 CI 管線</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
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
        <translation>自訂</translation>
    </message>
    <message>
        <source>&amp;Expiration date</source>
        <translation>到期日(&amp;E)</translation>
    </message>
    <message>
        <source>Expiration day</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Expiration hour</source>
        <translation>到期時間（小時）</translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation>到期時間說明</translation>
    </message>
    <message>
        <source>Expiration date error</source>
        <translation>到期日錯誤</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>請選擇未來的時間。</translation>
    </message>
    <message>
        <source>Choose a date at most one year ahead.</source>
        <translation>請選擇一年以內的日期。</translation>
    </message>
    <message>
        <source>The token will expire on %1.</source>
        <translation>此權杖將於 %1 到期。</translation>
    </message>
    <message>
        <source>The token will never expire.</source>
        <translation>此權杖永不到期。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在產生…</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again, then select Generate once more. What you entered is kept.</source>
        <translation>您的工作階段已過期。請重新登入，然後再次選取「產生」。您輸入的內容會保留。</translation>
    </message>
    <message>
        <source>Time:</source>
        <extracomment>The label of the hour picker beside the custom expiry date</extracomment>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Enter a description to generate the token.</source>
        <translation>請輸入說明以產生權杖。</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>Enter a server address such as https://hub.docker.com.</source>
        <translation>請輸入伺服器位址，例如 https://hub.docker.com。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (not &quot;%1&quot;).</source>
        <translation>伺服器位址必須以 https:// 開頭（而非「%1」）。</translation>
    </message>
    <message>
        <source>The server address %1 has no host name.</source>
        <translation>伺服器位址 %1 沒有主機名稱。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>伺服器位址不得包含使用者名稱或密碼。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or http:// only for a server on this computer (localhost).</source>
        <translation>拒絕透過未加密的 http:// 向 %1 傳送認證資訊。請使用 https://；http:// 只能用於本機上的伺服器（localhost）。</translation>
    </message>
</context>
<context>
    <name>HygieneMenus</name>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>行事曆 (*.ics)</translation>
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
        <translation>匯出權杖</translation>
    </message>
    <message>
        <source>Couldn&apos;t export the tokens</source>
        <translation>無法匯出權杖</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個權杖匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all expired tokens</source>
        <translation>刪除所有已過期的權杖</translation>
    </message>
    <message>
        <source>No token has expired.</source>
        <translation>沒有已過期的權杖。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
    <message>
        <source>Deactivate unused tokens</source>
        <translation>停用未使用的權杖</translation>
    </message>
    <message numerus="yes">
        <source>No active token has gone unused for %n day(s).</source>
        <translation>
            <numerusform>沒有 %n 天以上未使用的啟用中權杖。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n token(s)</source>
        <translation>
            <numerusform>已停用 %n 個權杖</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t deactivate %n token(s)</source>
        <translation>
            <numerusform>無法停用 %n 個權杖</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were deactivated.</source>
        <translation>
            <numerusform>已停用 %1 個權杖（共 %n 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate the active tokens not used for this many days:</source>
        <translation>停用達到以下天數未使用的啟用中權杖：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>所有權杖</translation>
    </message>
    <message>
        <source>Only the tokens shown</source>
        <translation>僅目前顯示的權杖</translation>
    </message>
    <message>
        <source>The rows the search and filters leave, in the table&apos;s order</source>
        <translation>搜尋和篩選後留下的列，依表格中的順序</translation>
    </message>
    <message>
        <source>Expiry dates as a calendar (.ics)…</source>
        <translation>到期日行事曆（.ics）…</translation>
    </message>
    <message>
        <source>One event per token that will expire, with reminders 7 days and 1 day before. Importing a newer file updates the events.</source>
        <translation>每個將要到期的權杖對應一個事件，並在 7 天前與 1 天前提醒。匯入較新的檔案會更新這些事件。</translation>
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
        <translation>刪除所有已過期的權杖…</translation>
    </message>
    <message>
        <source>Deactivate unused for</source>
        <translation>停用未使用超過</translation>
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
        <translation>正在載入權杖</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>個人存取權杖</translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>產生新權杖</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>正在載入權杖…</translation>
    </message>
    <message>
        <source>Loading tokens… %1 of %2</source>
        <translation>正在載入權杖… %1 / %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>上次更新：%1</translation>
    </message>
    <message>
        <source>Showing the tokens loaded before</source>
        <translation>正在顯示先前載入的權杖</translation>
    </message>
    <message>
        <source>Sign in with password</source>
        <translation>使用密碼登入</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（示範）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 (local server)</source>
        <translation>%1（本機伺服器）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s) (try %2)…</source>
        <translation>
            <numerusform>%1 — 將在 %n 秒後重試（第 %2 次）…</numerusform>
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
            <numerusform>正在顯示 %n 個權杖中的 %1 個：其餘的無法載入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Personal access tokens</source>
        <translation>個人存取權杖</translation>
    </message>
    <message>
        <source>You can use a personal access token (PAT) as an alternative to your password for Docker CLI authentication.</source>
        <translation>您可以使用個人存取權杖（PAT）代替密碼進行 Docker CLI 驗證。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已以 %1 身分登入</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>示範伺服器 %1</translation>
    </message>
    <message>
        <source>Local server %1</source>
        <translation>本機伺服器 %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>伺服器 %1</translation>
    </message>
    <message>
        <source>Not Docker Hub: tokens here are not your Docker Hub tokens.</source>
        <translation>這不是 Docker Hub：這裡的權杖並非您在 Docker Hub 上的權杖。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪貼簿</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after copying a token</source>
        <translation>複製權杖後清除剪貼簿(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>自動清除剪貼簿</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>延遲(&amp;A)：</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>清除剪貼簿前的秒數</translation>
    </message>
    <message>
        <source>From 10 seconds to 5 minutes. The token is removed only if the clipboard still holds it; clipboard managers are asked not to keep it.</source>
        <translation>可設定為 10 秒到 5 分鐘。只有在剪貼簿中仍是該權杖時才會將其移除；同時會要求剪貼簿管理工具不要保留它。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Couldn&apos;t change what starts at login</source>
        <translation>無法變更登入時啟動的項目</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>&amp;Registry key:</source>
        <translation>映像檔倉庫位址(&amp;R)：</translation>
    </message>
    <message>
        <source>Docker registry key</source>
        <translation>Docker 映像檔倉庫位址</translation>
    </message>
    <message>
        <source>Where “Sign Docker in with this token” stores a token in Docker&apos;s credential store, and which entry the table&apos;s Docker mark reads. Empty: Docker Hub&apos;s key, whatever server Hub Tokens uses.</source>
        <translation>「以此權杖登入 Docker」在 Docker 認證儲存區中儲存權杖時所用的位址，表格中的 Docker 標記也會讀取這個項目。留空則使用 Docker Hub 的位址，與 Hub Tokens 所用的伺服器無關。</translation>
    </message>
    <message>
        <source>Registry key problem</source>
        <translation>映像檔倉庫位址有誤</translation>
    </message>
    <message>
        <source>A registry key has no spaces: e.g. %1 or ghcr.io.</source>
        <translation>映像檔倉庫位址中不能有空格，例如 %1 或 ghcr.io。</translation>
    </message>
    <message>
        <source>A registry key is at most 255 characters long.</source>
        <translation>映像檔倉庫位址最多 255 個字元。</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分鐘前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小時前</numerusform>
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
            <numerusform>%n 個月前</numerusform>
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
        <translation>從未使用</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <source>Give whole days from 1 to %1, separated by commas, e.g. 30, 7, 1.</source>
        <translation>請輸入 1 到 %1 之間的整數天數，以逗號分隔，例如 30, 7, 1。</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>&amp;Remind me before my tokens expire</source>
        <translation>在權杖到期前提醒我(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Days before:</source>
        <translation>提前天數(&amp;D)：</translation>
    </message>
    <message>
        <source>Days before expiry to remind</source>
        <translation>到期前幾天提醒</translation>
    </message>
    <message>
        <source>Reminder days problem</source>
        <translation>提醒天數錯誤</translation>
    </message>
    <message>
        <source>Remind me even when Hub Tokens is &amp;closed</source>
        <translation>即使 Hub Tokens 已關閉也提醒我(&amp;C)</translation>
    </message>
    <message>
        <source>Checks once at login, quietly. Needs “Stay signed in”, so that the check never asks for your password.</source>
        <translation>登入時在背景靜默檢查一次。需要開啟「保持登入」，以免檢查時要求輸入密碼。</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>輪替權杖</translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation>輪替「%1」</translation>
    </message>
    <message>
        <source>A new token with the same description and access permissions replaces this one. You see the new token once; then the old one is deactivated.</source>
        <translation>將以說明與存取權限相同的新權杖取代此權杖。新權杖只會顯示一次；之後舊權杖會被停用。</translation>
    </message>
    <message>
        <source>Expiration date of the new token</source>
        <translation>新權杖的到期日</translation>
    </message>
    <message>
        <source>Same lifetime as the old token (until %1)</source>
        <translation>與舊權杖相同的有效期間（至 %1）</translation>
    </message>
    <message>
        <source>Same as the old token (never expires)</source>
        <translation>與舊權杖相同（永不到期）</translation>
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
        <translation>永不到期</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token</source>
        <translation>以新權杖登入 Docker</translation>
    </message>
    <message>
        <source>Docker on this computer uses the old token: it is switched to the new one before the old one is deactivated.</source>
        <translation>此電腦上的 Docker 正在使用舊權杖：會先切換為新權杖，再停用舊權杖。</translation>
    </message>
    <message>
        <source>Delete the old token (instead of only deactivating it)</source>
        <translation>刪除舊權杖（而不只是停用）</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>輪替</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Replace Docker&apos;s sign-in?</source>
        <translation>要取代 Docker 的登入資訊嗎？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>%1 (not needed)</source>
        <translation>%1（不需要）</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — 失敗：%2</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Actions for %1</source>
        <translation>%1 的動作</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Expired tokens can only be deleted.</source>
        <translation>已過期的權杖只能刪除。</translation>
    </message>
    <message>
        <source>Edit — expired tokens can&apos;t be edited</source>
        <translation>編輯 — 已過期的權杖無法編輯</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>This token has expired. Expired tokens can only be deleted; generate a new token instead.</source>
        <translation>此權杖已過期。已過期的權杖只能刪除；請改為產生新權杖。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細資料…</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>複製 UUID</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>輪替…</translation>
    </message>
    <message>
        <source>Replace this token with a new one and deactivate it</source>
        <translation>以新權杖取代此權杖並將其停用</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Your session can&apos;t be remembered on this computer because no keychain is available.</source>
        <translation>由於沒有可用的鑰匙圈，無法在此電腦上儲存您的工作階段。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Docker Hub</source>
        <translation>登入 Docker Hub</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Use your Docker account password. Docker Hub only allows managing access tokens after signing in with your password, not with an access token.</source>
        <translation>請使用您的 Docker 帳戶密碼。Docker Hub 只允許在使用密碼（而非存取權杖）登入後管理存取權杖。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Docker ID</source>
        <translation>Docker ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>雙重驗證</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>驗證碼</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登入錯誤</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登入</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Go back to change the username</source>
        <translation>回到上一步以變更使用者名稱</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to finish signing in as %1.</source>
        <translation>請輸入驗證器應用程式中的 6 位數驗證碼，完成 %1 的登入。</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>驗證碼錯誤</translation>
    </message>
    <message>
        <source>Check the code in your authenticator app and try again. Codes change every 30 seconds.</source>
        <translation>請檢查驗證器應用程式中的驗證碼，然後再試一次。驗證碼每 30 秒會更新一次。</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>保持登入(&amp;T)</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>保持登入</translation>
    </message>
    <message>
        <source>Keeps your session (never your password) in this computer&apos;s keychain until it expires or you sign out.</source>
        <translation>在工作階段過期或您登出之前，將工作階段儲存在此電腦的鑰匙圈中（絕不儲存密碼）。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>鑰匙圈</translation>
    </message>
    <message>
        <source>Continue as %1 (from Docker)</source>
        <translation>以 %1 身分繼續（來自 Docker）</translation>
    </message>
    <message>
        <source>Docker Desktop or docker login in the browser keeps a Docker Hub session on this computer. Continuing with it is the way in for accounts whose organization enforces single sign-on (SSO). Only this choice is remembered: the session stays in Docker&apos;s credential store and is read from there each time.</source>
        <translation>Docker Desktop 或在瀏覽器中完成的 docker login 會在此電腦上儲存 Docker Hub 工作階段。組織強制使用單一登入（SSO）的帳戶，可透過此工作階段繼續登入。只會記住這個選擇：工作階段仍儲存在 Docker 的認證儲存區中，每次都從那裡讀取。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>You&apos;re not signed in</source>
        <translation>您尚未登入</translation>
    </message>
    <message>
        <source>Sign in again to load and change your tokens.</source>
        <translation>請重新登入以載入和變更您的權杖。</translation>
    </message>
    <message>
        <source>Sign in to see and manage your personal access tokens.</source>
        <translation>請登入以檢視和管理您的個人存取權杖。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
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
        <translation>已複製 UUID %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>已產生 %1</translation>
    </message>
    <message>
        <source>The token was created but its secret was lost</source>
        <translation>權杖已建立，但其密鑰已遺失</translation>
    </message>
    <message>
        <source>%1 exists on Docker Hub, but its secret never reached this app, so nothing can use it. Delete it, or deactivate it.</source>
        <translation>%1 已在 Docker Hub 上建立，但其密鑰未能傳回本應用程式，因此無法使用。請刪除或停用它。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>已啟用 %1</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t activate %1</source>
        <translation>無法啟用 %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t deactivate %1</source>
        <translation>無法停用 %1</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s)</source>
        <translation>
            <numerusform>已刪除 %n 個權杖</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCalendar</name>
    <message>
        <source>The Docker Hub access token “%1” (%2) expires on %3. After that, anything that signs in with it stops working.</source>
        <translation>Docker Hub 存取權杖「%1」（%2）將於 %3 到期。此後，所有以它登入的地方都會失效。</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>帳戶：%1</translation>
    </message>
    <message>
        <source>Token ID: %1</source>
        <translation>權杖 ID：%1</translation>
    </message>
    <message>
        <source>To keep access, rotate it before then: choose Rotate… on it in Hub Tokens, or run
%1</source>
        <translation>若要繼續使用，請在此之前輪替該權杖：在 Hub Tokens 中對其選擇「輪替…」，或執行
%1</translation>
    </message>
    <message>
        <source>Docker Hub token “%1” expires</source>
        <translation>Docker Hub 權杖「%1」到期</translation>
    </message>
    <message numerus="yes">
        <source>Docker Hub token “%1” expires in %n day(s)</source>
        <translation>
            <numerusform>Docker Hub 權杖「%1」將在 %n 天後到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker Hub token expiry dates</source>
        <translation>Docker Hub 權杖到期日</translation>
    </message>
    <message>
        <source>Docker Hub token expiry dates (%1)</source>
        <translation>Docker Hub 權杖到期日（%1）</translation>
    </message>
</context>
<context>
    <name>TokenCreatedDialog</name>
    <message>
        <source>Copy access token</source>
        <translation>複製存取權杖</translation>
    </message>
    <message>
        <source>Copy the token now and store it somewhere safe, such as a credential manager. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>請立即複製權杖，並將其儲存在安全的地方，例如認證管理員中。關閉此視窗後，您將無法再次取得該權杖。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>存取權限</translation>
    </message>
    <message>
        <source>Access permissions:</source>
        <translation>存取權限：</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the access token to the clipboard</source>
        <translation>將存取權杖複製到剪貼簿</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>剪貼簿狀態</translation>
    </message>
    <message>
        <source>To use it, sign in with the Docker CLI and enter the token when asked for a password:</source>
        <translation>使用時，請以 Docker CLI 登入，並在系統要求輸入密碼時輸入此權杖：</translation>
    </message>
    <message>
        <source>Sign-in command</source>
        <translation>登入指令</translation>
    </message>
    <message>
        <source>Or pass it on standard input, for example in a script:</source>
        <translation>或透過標準輸入傳遞，例如在指令碼中：</translation>
    </message>
    <message>
        <source>Sign-in command for scripts</source>
        <translation>用於指令碼的登入指令</translation>
    </message>
    <message>
        <source>Treat access tokens like your password and keep them secret.</source>
        <translation>請像對待密碼一樣對待存取權杖，並妥善保密。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>剪貼簿已清除。</translation>
    </message>
    <message>
        <source>Copied. The clipboard now holds something else.</source>
        <translation>已複製。剪貼簿中現在是其他內容。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已複製到剪貼簿。</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation>
            <numerusform>已複製。剪貼簿將在 %n 秒後清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>尚未複製，確定要關閉嗎？</translation>
    </message>
    <message>
        <source>You haven&apos;t copied the access token. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>您尚未複製存取權杖。關閉此視窗後，您將無法再次取得該權杖。</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>直接關閉</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不到期</translation>
    </message>
</context>
<context>
    <name>TokenDetailsDialog</name>
    <message>
        <source>Active</source>
        <translation>啟用中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Access token details</source>
        <translation>存取權杖詳細資料</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>複製 UUID</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Access permissions:</source>
        <translation>存取權限：</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>存取權限</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Auto-generated (%1)</source>
        <translation>自動產生（%1）</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>來源：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>建立時間：</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>上次使用時間：</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用時間</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期時間：</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Creator IP:</source>
        <translation>建立者 IP：</translation>
    </message>
    <message>
        <source>Creator IP</source>
        <translation>建立者 IP</translation>
    </message>
    <message>
        <source>Creator user agent:</source>
        <translation>建立者使用者代理程式：</translation>
    </message>
    <message>
        <source>Creator user agent</source>
        <translation>建立者使用者代理程式</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>用戶端：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>用戶端</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last used</comment>
        <translation>從未使用</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不到期</translation>
    </message>
</context>
<context>
    <name>TokenFormDialog</name>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>說明(&amp;D)</translation>
    </message>
    <message>
        <source>Use something that indicates the use case or purpose of the token.</source>
        <translation>請輸入能表明權杖用途或目的的說明。</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>說明長度</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>說明錯誤</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>存取權限</translation>
    </message>
    <message>
        <source>Access permissions error</source>
        <translation>存取權限錯誤</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>說明最多只能有 %n 個字元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>Create the new token</source>
        <translation>建立新權杖</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token</source>
        <translation>以新權杖登入 Docker</translation>
    </message>
    <message>
        <source>Deactivate the old token</source>
        <translation>停用舊權杖</translation>
    </message>
    <message>
        <source>Delete the old token</source>
        <translation>刪除舊權杖</translation>
    </message>
    <message>
        <source>The list of tokens is gone.</source>
        <translation>權杖清單已不存在。</translation>
    </message>
    <message>
        <source>A token “%1” (%2) was created but the reply with its secret was lost; deactivate or delete it. %3</source>
        <translation>已建立權杖「%1」（%2），但包含其密鑰的回應已遺失；請停用或刪除它。%3</translation>
    </message>
    <message>
        <source>The new token&apos;s secret is no longer here, so Docker can&apos;t be signed in with it.</source>
        <translation>新權杖的密鑰已不存在，因此無法以它登入 Docker。</translation>
    </message>
    <message>
        <source>The token “%1” was rotated: the new token replaces it.</source>
        <translation>權杖「%1」已輪替：新權杖已取代它。</translation>
    </message>
    <message>
        <source>Docker uses the new token.</source>
        <translation>Docker 正在使用新權杖。</translation>
    </message>
    <message>
        <source>The old token was deleted.</source>
        <translation>已刪除舊權杖。</translation>
    </message>
    <message>
        <source>The old token was deactivated.</source>
        <translation>已停用舊權杖。</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>正在輪替…</translation>
    </message>
    <message>
        <source>Nothing was changed: the new token could not be created. The old token still works.</source>
        <translation>未進行任何變更：無法建立新權杖。舊權杖仍可使用。</translation>
    </message>
    <message>
        <source>The new token exists, but Docker still uses the old one. The old token was left active.</source>
        <translation>新權杖已建立，但 Docker 仍在使用舊權杖。舊權杖維持啟用。</translation>
    </message>
    <message>
        <source>The new token exists, but Docker was not signed in with it. The old token was left active.</source>
        <translation>新權杖已建立，但 Docker 未以它登入。舊權杖維持啟用。</translation>
    </message>
    <message>
        <source>The new token exists and Docker uses it, but the old token is still active.</source>
        <translation>新權杖已建立且 Docker 正在使用它，但舊權杖仍在啟用中。</translation>
    </message>
    <message>
        <source>The new token exists, but the old token is still active.</source>
        <translation>新權杖已建立，但舊權杖仍在啟用中。</translation>
    </message>
    <message>
        <source>The new token exists and the old one was deactivated, but it was not deleted.</source>
        <translation>新權杖已建立且舊權杖已停用，但未被刪除。</translation>
    </message>
</context>
<context>
    <name>TokenScope</name>
    <message>
        <source>Legacy (full access)</source>
        <translation>舊版（完整存取）</translation>
    </message>
    <message>
        <source>Repo Public Read-only</source>
        <translation>公開儲存庫唯讀</translation>
    </message>
    <message>
        <source>Repo Read-only</source>
        <translation>儲存庫唯讀</translation>
    </message>
    <message>
        <source>Repo Read &amp; Write</source>
        <translation>儲存庫讀寫</translation>
    </message>
    <message>
        <source>Repo Read, Write, Delete</source>
        <translation>儲存庫讀取、寫入、刪除</translation>
    </message>
    <message>
        <source>Pull public images only. The safest choice.</source>
        <translation>僅可拉取公開映像檔。最安全的選擇。</translation>
    </message>
    <message>
        <source>Pull public and private images.</source>
        <translation>可拉取公開和私人映像檔。</translation>
    </message>
    <message>
        <source>Pull and push images. Cannot delete repositories.</source>
        <translation>可拉取和推送映像檔。無法刪除儲存庫。</translation>
    </message>
    <message>
        <source>Pull, push and delete images and repositories.</source>
        <translation>可拉取和推送映像檔，也可刪除映像檔和儲存庫。</translation>
    </message>
</context>
<context>
    <name>TokenStack</name>
    <message>
        <source>You have no access tokens yet</source>
        <translation>您還沒有存取權杖</translation>
    </message>
    <message>
        <source>Generate a token to use in place of your password when you sign in with the Docker CLI. You can create as many tokens as you need.</source>
        <translation>使用 Docker CLI 登入時，可以用權杖代替密碼。權杖數量不限，可視需要產生。</translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>產生新權杖</translation>
    </message>
    <message>
        <source>No tokens match your search</source>
        <translation>沒有符合搜尋條件的權杖</translation>
    </message>
    <message>
        <source>Try other words, or show tokens of every status and source.</source>
        <translation>請嘗試其他關鍵字，或顯示所有狀態和來源的權杖。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>啟用中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <translation>自動產生</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>A token from before scopes existed: it has full access.</source>
        <translation>範圍功能推出之前的權杖：具有完整存取權。</translation>
    </message>
    <message>
        <source>This token has expired. Expired tokens can only be deleted.</source>
        <translation>此權杖已過期。已過期的權杖只能刪除。</translation>
    </message>
    <message>
        <source>Active: click the switch or press Space to deactivate</source>
        <translation>啟用中：按一下開關或按空白鍵即可停用</translation>
    </message>
    <message>
        <source>Inactive: click the switch or press Space to activate</source>
        <translation>已停用：按一下開關或按空白鍵即可啟用</translation>
    </message>
    <message>
        <source>Generated by Docker Desktop when you signed in</source>
        <translation>登入 Docker Desktop 時自動產生</translation>
    </message>
    <message>
        <source>Generated by hand</source>
        <translation>手動產生</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>從未使用</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已於 %1 過期</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>即將到期：%1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>將於 %1 到期</translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>「%1」的動作</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用時間</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>永不到期</translation>
    </message>
    <message>
        <source>This token never expires. A token with an expiry date does less harm if it leaks: consider generating one that expires to replace it, then deleting this one.</source>
        <translation>此權杖永不到期。設有到期日的權杖即使外洩，危害也較小：建議產生一個會到期的權杖來取代它，然後刪除此權杖。</translation>
    </message>
    <message>
        <source>Status of “%1”: %2</source>
        <extracomment>The accessible name of a row&apos;s status switch: the token&apos;s description, then its state</extracomment>
        <translation>「%1」的狀態：%2</translation>
    </message>
    <message>
        <source>Used by this computer&apos;s Docker CLI</source>
        <translation>此電腦的 Docker CLI 正在使用</translation>
    </message>
</context>
<context>
    <name>TokenToolbar</name>
    <message>
        <source>Delete selected (%1)</source>
        <translation>刪除所選（%1）</translation>
    </message>
    <message>
        <source>Delete selected tokens</source>
        <translation>刪除所選權杖</translation>
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
            <numerusform>啟用中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>已停用 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>已過期 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>顯示 %1 個（共 %n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>產生新權杖</translation>
    </message>
    <message>
        <source>Generate new token (%1)</source>
        <translation>產生新權杖（%1）</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>搜尋權杖</translation>
    </message>
    <message>
        <source>Search by description, scope or UUID (%1)</source>
        <translation>依說明、範圍或 UUID 搜尋（%1）</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>狀態篩選</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>來源篩選</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <translation>自動產生</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>重新整理（F5）</translation>
    </message>
    <message>
        <source>Token counts</source>
        <translation>權杖數量</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
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
            <numerusform>自動產生 %1 個（上限 %n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Docker Desktop creates a token of its own when you sign in to it, and removes them itself: an account has at most %n auto-generated tokens, and Docker deletes the oldest to make room.</source>
        <translation>
            <numerusform>每次登入 Docker Desktop 時，它都會建立自己的權杖，並自行移除：一個帳戶最多可有 %n 個自動產生的權杖，Docker 會刪除最舊的權杖以騰出空間。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜尋</translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Show them</source>
        <translation>顯示這些權杖</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n token(s) of the reminder</source>
        <translation>
            <numerusform>正在顯示提醒中的 %n 個權杖</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the tokens that expire soon or have just expired are listed.</source>
        <translation>僅列出即將到期或剛過期的權杖。</translation>
    </message>
    <message>
        <source>Show all tokens</source>
        <translation>顯示所有權杖</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Docker Hub personal access tokens.</source>
        <translation>管理您的 Docker Hub 個人存取權杖。</translation>
    </message>
    <message>
        <source>Use the Hub API at &lt;url&gt; (default %1).</source>
        <translation>使用位於 &lt;url&gt; 的 Hub API（預設為 %1）。</translation>
    </message>
    <message>
        <source>Start a local demo server with sample tokens and sign in as demo.</source>
        <translation>啟動含有範例權杖的本機示範伺服器，並以 demo 身分登入。</translation>
    </message>
    <message>
        <source>Show the app in language &lt;code&gt; (ja, zh_CN, …).</source>
        <translation>以 &lt;code&gt; 指定的語言顯示應用程式（ja, zh_CN, …）。</translation>
    </message>
    <message>
        <source>--server and --demo cannot be used together.</source>
        <translation>--server 和 --demo 不能同時使用。</translation>
    </message>
    <message>
        <source>cannot use the server %1: %2</source>
        <translation>無法使用伺服器 %1：%2</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>示範模式</translation>
    </message>
    <message>
        <source>unknown language %1; use one of: %2</source>
        <translation>未知的語言 %1；請使用下列語言之一：%2</translation>
    </message>
    <message>
        <source>Check for tokens that expire soon, quietly, and show a reminder if any; the window opens only when the reminder is clicked (the login autostart entry runs this).</source>
        <translation>在背景靜默檢查即將到期的權杖，若有則顯示提醒；只有在按一下提醒時才會開啟視窗（登入時的自動啟動項目會執行此操作）。</translation>
    </message>
    <message>
        <source>--check-reminders and --demo cannot be used together.</source>
        <translation>--check-reminders 和 --demo 不能同時使用。</translation>
    </message>
</context>
</TS>
