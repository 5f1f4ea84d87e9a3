<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hub Tokens</source>
        <translation>Hub Tokens について</translation>
    </message>
    <message>
        <source>Hub Tokens</source>
        <translation>Hub Tokens</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（ビルド時：Qt %2）</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt のバージョン</translation>
    </message>
    <message>
        <source>Licence: Apache License 2.0. You may use, change and share Hub Tokens under its terms. Hub Tokens is not a product of Docker, Inc.</source>
        <translation>ライセンス：Apache License 2.0。その条件に従って Hub Tokens を使用、変更、共有できます。Hub Tokens は Docker, Inc. の製品ではありません。</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Stored: your sign-in (a session token) in the system keychain, only when “Stay signed in” is on; the settings in %1; a token you sign Docker in with, in Docker&apos;s own credential store. Nothing else.</source>
        <translation>保存される情報：サインイン情報（セッショントークン）は「サインインしたままにする」がオンの場合のみシステムのキーチェーンに、設定は %1 に、Docker へのログインに使うトークンは Docker 自身の資格情報ストアに保存されます。それ以外は何も保存しません。</translation>
    </message>
    <message>
        <source>What is stored</source>
        <translation>保存される情報</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Your session expired. Sign in again to continue.</source>
        <translation>セッションの有効期限が切れました。続行するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your session is about to expire. Sign in again to continue.</source>
        <translation>セッションの有効期限がまもなく切れます。続行するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in has expired. Sign in to Docker again (Docker Desktop, or docker login), then continue with Docker&apos;s sign-in; or sign in here with your password.</source>
        <translation>Docker のログイン情報の有効期限が切れました。もう一度 Docker にログインし（Docker Desktop または docker login）、Docker のログイン情報で続行してください。または、ここでパスワードを使ってサインインしてください。</translation>
    </message>
</context>
<context>
    <name>ActionsDelegate</name>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hub Tokens</source>
        <translation>Hub Tokens について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Hub Tokens cannot start itself at login from “%1”: the program&apos;s path must be absolute and on one line.</source>
        <translation>Hub Tokens は「%1」からログイン時に自動起動できません。プログラムのパスは絶対パスで、1 行で記述されている必要があります。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The start-up entry %1 could not be written.</source>
        <translation>スタートアップ項目 %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The start-up entry %1 could not be removed.</source>
        <translation>スタートアップ項目 %1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An error sentence (%1), then the system&apos;s own words for the cause (%2).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reminds you of Docker Hub access tokens that are about to expire</source>
        <translation>まもなく有効期限が切れる Docker Hub のアクセストークンをお知らせします</translation>
    </message>
</context>
<context>
    <name>CleanupPreviewDialog</name>
    <message>
        <source>Delete all expired tokens</source>
        <translation>期限切れのトークンをすべて削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n expired token(s)?</source>
        <translation>
            <numerusform>期限切れのトークン %n 個を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>These tokens have expired and can no longer be used. Deleting them removes them from your Docker Hub account for good.</source>
        <translation>これらのトークンは有効期限が切れているため、もう使用できません。削除すると、Docker Hub アカウントから完全に削除されます。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>This can&apos;t be undone.</source>
        <translation>この操作は取り消せません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate unused tokens</source>
        <translation>使用されていないトークンを無効化</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s) unused for %1 days or more?</source>
        <translation>
            <numerusform>%1 日以上使用されていないトークン %n 個を無効化しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>A deactivated token stops working until you activate it again. A token that was never used counts from the day it was created.</source>
        <translation>無効化したトークンは、再び有効化するまで使用できなくなります。一度も使用されていないトークンは、作成日から日数を数えます。</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>You can activate them again at any time.</source>
        <translation>いつでも再び有効化できます。</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを無効化</numerusform>
        </translation>
    </message>
    <message>
        <source>Never (created %1)</source>
        <extracomment>A token never used, and when it was created: &quot;Never (created 3 months ago)&quot;</extracomment>
        <translation>未使用（作成：%1）</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>HUBTOKENS_PASSWORD is set but HUBTOKENS_USERNAME is not: set both to sign in with them.</source>
        <translation>HUBTOKENS_PASSWORD は設定されていますが、HUBTOKENS_USERNAME が設定されていません。これらでサインインするには、両方を設定してください。</translation>
    </message>
    <message>
        <source>HUBTOKENS_USERNAME is set but HUBTOKENS_PASSWORD is empty: set both to sign in with them, or unset HUBTOKENS_PASSWORD.</source>
        <translation>HUBTOKENS_USERNAME は設定されていますが、HUBTOKENS_PASSWORD が空です。これらでサインインするには両方を設定するか、HUBTOKENS_PASSWORD の設定を解除してください。</translation>
    </message>
</context>
<context>
    <name>CliBulkCommand</name>
    <message>
        <source>Not deleting: stdin is not a terminal, so nobody can confirm by typing the username. Add --force to delete without asking.</source>
        <translation>削除を中止しました。stdin が端末ではないため、ユーザー名の入力による確認ができません。確認なしで削除するには --force を付けてください。</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>何も実行されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>You are about to delete %n token(s):</source>
        <translation>
            <numerusform>%n 個のトークンを削除しようとしています：</numerusform>
        </translation>
    </message>
    <message>
        <source>This can&apos;t be undone: whatever uses them will stop working.</source>
        <translation>この操作は取り消せません。これらのトークンを使っているものはすべて動作しなくなります。</translation>
    </message>
    <message>
        <source>To confirm, type your username (%1): </source>
        <translation>確認のため、ユーザー名（%1）を入力してください: </translation>
    </message>
    <message>
        <source>The username didn&apos;t match: nothing was deleted.</source>
        <translation>ユーザー名が一致しないため、何も削除していません。</translation>
    </message>
    <message>
        <source>“%1” (%2) was already active.</source>
        <translation>「%1」（%2）はすでに有効です。</translation>
    </message>
    <message>
        <source>“%1” (%2) was already inactive.</source>
        <translation>「%1」（%2）はすでに無効です。</translation>
    </message>
    <message>
        <source>“%1” (%2) has expired: it can&apos;t be used anyway.</source>
        <translation>「%1」（%2）は有効期限が切れているため、そもそも使用できません。</translation>
    </message>
    <message>
        <source>Activated “%1” (%2).</source>
        <translation>「%1」（%2）を有効化しました。</translation>
    </message>
    <message>
        <source>Deactivated “%1” (%2).</source>
        <translation>「%1」（%2）を無効化しました。</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>「%1」（%2）を削除しました。</translation>
    </message>
    <message>
        <source>Could not activate “%1” (%2): it has expired, and expired tokens can only be deleted.</source>
        <translation>「%1」（%2）を有効化できませんでした。有効期限が切れたトークンは削除しかできません。</translation>
    </message>
    <message>
        <source>your session expired; run &apos;%1 login&apos; to sign in again</source>
        <translation>セッションの有効期限が切れました。もう一度サインインするには &apos;%1 login&apos; を実行してください</translation>
    </message>
    <message>
        <source>Could not activate “%1” (%2): %3</source>
        <translation>「%1」（%2）を有効化できませんでした：%3</translation>
    </message>
    <message>
        <source>Could not deactivate “%1” (%2): %3</source>
        <translation>「%1」（%2）を無効化できませんでした：%3</translation>
    </message>
    <message>
        <source>Could not delete “%1” (%2): %3</source>
        <translation>「%1」（%2）を削除できませんでした：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n failed.</source>
        <translation>
            <numerusform>%n 件中 %1 件が失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No token has expired: nothing to delete.</source>
        <translation>期限切れのトークンはないため、削除するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>No active token has gone unused for %n day(s): nothing to deactivate.</source>
        <translation>
            <numerusform>%n 日以上使用されていない有効なトークンはないため、無効化するものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Would activate “%1” (%2).</source>
        <translation>有効化の対象：「%1」（%2）</translation>
    </message>
    <message>
        <source>Would deactivate “%1” (%2).</source>
        <translation>無効化の対象：「%1」（%2）</translation>
    </message>
    <message>
        <source>Would delete “%1” (%2).</source>
        <translation>削除の対象：「%1」（%2）</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライラン：何も変更していません。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Your session expired. Run &apos;%1 login&apos; to sign in again.</source>
        <translation>セッションの有効期限が切れました。もう一度サインインするには &apos;%1 login&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>The description can&apos;t be empty.</source>
        <translation>説明を空にすることはできません。</translation>
    </message>
    <message>
        <source>The description is %1 characters long; it can have at most %2.</source>
        <translation>説明が %1 文字あります。%2 文字以内にしてください。</translation>
    </message>
    <message>
        <source>--expires takes never, 30d, 90d, a date (YYYY-MM-DD) or an RFC 3339 time (2025-12-31T18:00:00Z), not “%1”.</source>
        <translation>--expires には never、30d、90d、日付（YYYY-MM-DD）、または RFC 3339 形式の日時（2025-12-31T18:00:00Z）を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>The expiry %1 is not in the future.</source>
        <translation>有効期限 %1 は現在より前の日時です。現在より後の日時を指定してください。</translation>
    </message>
    <message>
        <source>The expiry %1 is more than a year ahead; Docker Hub allows at most one year.</source>
        <translation>有効期限 %1 は 1 年より先です。Docker Hub で設定できるのは 1 年先までです。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Can&apos;t use the server %1: %2</source>
        <translation>サーバー %1 を使用できません：%2</translation>
    </message>
    <message>
        <source>--format takes table or json, not “%1”.</source>
        <translation>--format には table または json を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use one of: %2.</source>
        <translation>不明な言語「%1」です。次のいずれかを使用してください：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes one UUID.</source>
        <translation>&apos;%1&apos; には UUID を 1 つ指定します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one UUID.</source>
        <translation>&apos;%1&apos; には UUID を 1 つ以上指定する必要があります。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>An empty UUID was given.</source>
        <translation>空の UUID が指定されました。</translation>
    </message>
    <message>
        <source>--username can&apos;t be empty.</source>
        <translation>--username を空にすることはできません。</translation>
    </message>
    <message>
        <source>--status takes active, inactive or expired, not “%1”.</source>
        <translation>--status には active、inactive、expired のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--source takes manual or auto, not “%1”.</source>
        <translation>--source には manual または auto を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--expiring-within takes a number of days (0 to 36500), not “%1”.</source>
        <translation>--expiring-within には日数（0～36500）を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>&apos;token create&apos; needs --description.</source>
        <translation>&apos;token create&apos; には --description が必要です。</translation>
    </message>
    <message>
        <source>--scope takes repo:public_read, repo:read, repo:write or repo:admin, not “%1”.</source>
        <translation>--scope には repo:public_read、repo:read、repo:write、repo:admin のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>&apos;token edit&apos; needs --description or --scope (or both).</source>
        <translation>&apos;token edit&apos; には --description または --scope（または両方）が必要です。</translation>
    </message>
    <message>
        <source>--quiet and --format json can&apos;t be used together.</source>
        <translation>--quiet と --format json は同時に使用できません。</translation>
    </message>
    <message>
        <source>&apos;token export&apos; needs --format ics, csv or json.</source>
        <translation>&apos;token export&apos; には --format ics、csv、json のいずれかが必要です。</translation>
    </message>
    <message>
        <source>&apos;token export&apos; takes --format ics, csv or json, not “%1”.</source>
        <translation>&apos;token export&apos; の --format には ics、csv、json のいずれかを指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; takes no UUID.</source>
        <translation>&apos;%1 %2&apos; には UUID を指定できません。</translation>
    </message>
    <message>
        <source>--output can&apos;t be empty.</source>
        <translation>--output を空にすることはできません。</translation>
    </message>
    <message>
        <source>--unused-for takes a number of days (1 to 36500), not “%1”.</source>
        <translation>--unused-for には日数（1～36500）を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>&apos;token&apos; needs a command: ls, inspect, create, edit, activate, deactivate, rm, export or rotate.</source>
        <translation>&apos;token&apos; にはコマンド（ls、inspect、create、edit、activate、deactivate、rm、export、rotate のいずれか）を指定してください。</translation>
    </message>
    <message>
        <source>--registry can&apos;t be empty.</source>
        <translation>--registry を空にすることはできません。</translation>
    </message>
    <message>
        <source>&apos;docker use-store&apos; takes the name of one credential store (secretservice or pass).</source>
        <translation>&apos;docker use-store&apos; には資格情報ストアの名前（secretservice または pass）を 1 つ指定します。</translation>
    </message>
    <message>
        <source>An empty name was given.</source>
        <translation>空の名前が指定されました。</translation>
    </message>
    <message>
        <source>--from-docker uses Docker&apos;s own sign-in: no --username or --password-stdin with it.</source>
        <translation>--from-docker は Docker 自身のログイン情報を使用するため、--username や --password-stdin と一緒には指定できません。</translation>
    </message>
    <message>
        <source>--force goes with --docker-login.</source>
        <translation>--force は --docker-login と一緒に指定してください。</translation>
    </message>
</context>
<context>
    <name>CliCreateCommand</name>
    <message>
        <source>It never expires.</source>
        <translation>有効期限はありません。</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>有効期限は %1 です。</translation>
    </message>
    <message>
        <source>Created the token “%1” (%2) with the scope %3. %4</source>
        <translation>スコープ %3 のトークン「%1」（%2）を作成しました。%4</translation>
    </message>
    <message>
        <source>Copy it now: this is the only time it is shown.</source>
        <translation>今すぐコピーしてください。表示されるのは今回だけです。</translation>
    </message>
    <message>
        <source>To sign in to Docker with it, run:</source>
        <translation>これを使って Docker にログインするには、次を実行します：</translation>
    </message>
    <message>
        <source>then paste the token, press Enter and then Ctrl-D. In a script, pipe the token into that command instead of putting it on the command line.</source>
        <translation>次にトークンを貼り付けて Enter キーを押し、続けて Ctrl-D を押します。スクリプトでは、トークンをコマンドラインに記述せず、パイプでこのコマンドに渡してください。</translation>
    </message>
    <message>
        <source>The token “%1” (%2) was created, but the reply with its secret was lost, so it can&apos;t be used. Deactivate or delete it: %3 token rm %2</source>
        <translation>トークン「%1」（%2）は作成されましたが、シークレットを含む応答が失われたため使用できません。無効化または削除してください：%3 token rm %2</translation>
    </message>
</context>
<context>
    <name>CliDockerCommand</name>
    <message>
        <source>Registry:</source>
        <translation>レジストリ：</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>設定ファイル：</translation>
    </message>
    <message>
        <source>Credential store:</source>
        <translation>資格情報ストア：</translation>
    </message>
    <message>
        <source>none (sign-ins are kept in the configuration file itself)</source>
        <translation>なし（ログイン情報は設定ファイル自体に保存されます）</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>a personal access token this app didn&apos;t create</source>
        <translation>このアプリで作成していない個人用アクセストークン</translation>
    </message>
    <message>
        <source>the token %1</source>
        <translation>トークン %1</translation>
    </message>
    <message>
        <source>the token “%1” (%2)</source>
        <translation>トークン「%1」（%2）</translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation>ログインに使用：</translation>
    </message>
    <message>
        <source>A password can do everything your account can. Replace it with a token: %1 token create --description D --docker-login --force</source>
        <translation>パスワードでは、アカウントで可能な操作がすべてできてしまいます。トークンに置き換えてください：%1 token create --description D --docker-login --force</translation>
    </message>
    <message>
        <source>Docker has no credential store. Choose one with: %1 docker use-store NAME (installed here: %2)</source>
        <translation>Docker に資格情報ストアがありません。次のコマンドで選択してください：%1 docker use-store NAME（インストール済み：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>“%1” is not a credential store this app can set up here. Installed: %2.</source>
        <translation>「%1」は、このアプリがここで設定できる資格情報ストアではありません。インストール済み：%2。</translation>
    </message>
    <message>
        <source>Docker now keeps its sign-ins with docker-credential-%1 (credsStore in %2).</source>
        <translation>Docker は今後、ログイン情報を docker-credential-%1 で保存します（%2 の credsStore）。</translation>
    </message>
</context>
<context>
    <name>CliDockerLogin</name>
    <message>
        <source>Run &apos;%1 docker use-store NAME&apos; to choose one.</source>
        <translation>選択するには &apos;%1 docker use-store NAME&apos; を実行してください。</translation>
    </message>
    <message>
        <source>another token this app created (%1)</source>
        <translation>このアプリで作成した別のトークン（%1）</translation>
    </message>
    <message>
        <source>a token this app did not create</source>
        <translation>このアプリ以外で作成されたトークン</translation>
    </message>
    <message>
        <source>Docker is already signed in to %1 as %2 with %3. Nothing was created. Add --force to replace it.</source>
        <translation>Docker はすでに %3 を使って %2 として %1 にログインしています。何も作成していません。置き換えるには --force を追加してください。</translation>
    </message>
    <message>
        <source>Docker was not signed in with the token: %1</source>
        <translation>このトークンで Docker にログインできませんでした：%1</translation>
    </message>
    <message>
        <source>Docker is now signed in to %1 as %2 with this token (kept by docker-credential-%3).</source>
        <translation>Docker は、このトークンで %2 として %1 にログインしました（docker-credential-%3 に保存）。</translation>
    </message>
</context>
<context>
    <name>CliEditCommand</name>
    <message>
        <source>“%1” has expired: its scope can&apos;t be changed any more. Expired tokens can only be renamed or deleted.</source>
        <translation>「%1」は有効期限が切れているため、スコープを変更できません。有効期限が切れたトークンは、名前の変更か削除しかできません。</translation>
    </message>
    <message>
        <source>Updated “%1” (%2): scope %3.</source>
        <translation>「%1」（%2）を更新しました：スコープ %3。</translation>
    </message>
    <message>
        <source>Nothing to change: “%1” (%2) already has that description and scope.</source>
        <translation>変更点はありません。「%1」（%2）には、すでにその説明とスコープが設定されています。</translation>
    </message>
</context>
<context>
    <name>CliExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n expiry date(s) to %1.</source>
        <translation>
            <numerusform>%n 件の有効期限を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>%n 個のトークンを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>The Hub API server (default %1). http:// only for this computer (127.0.0.1, ::1, localhost).</source>
        <translation>Hub API サーバー（既定値：%1）。http:// を使えるのは、このコンピューター（127.0.0.1, ::1, localhost）のサーバーだけです。</translation>
    </message>
    <message>
        <source>How results are printed on stdout (default table).</source>
        <translation>結果を stdout に出力する形式（既定値：table）。</translation>
    </message>
    <message>
        <source>The language of messages for this run: %1.</source>
        <translation>今回の実行で使用するメッセージの言語：%1。</translation>
    </message>
    <message>
        <source>Show this help (or a command&apos;s, after it).</source>
        <translation>このヘルプを表示します（コマンドの後に指定すると、そのコマンドのヘルプ）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>The token&apos;s description: 1 to 100 characters.</source>
        <translation>トークンの説明：1～100 文字。</translation>
    </message>
    <message>
        <source>repo:public_read (the default for new tokens), repo:read, repo:write or repo:admin.</source>
        <translation>repo:public_read（新しいトークンの既定値）、repo:read、repo:write、または repo:admin。</translation>
    </message>
    <message>
        <source>The Docker ID to sign in as (default: HUBTOKENS_USERNAME, else the last one used with this server).</source>
        <translation>サインインに使用する Docker ID（既定値：HUBTOKENS_USERNAME、未設定の場合はこのサーバーで最後に使用したもの）。</translation>
    </message>
    <message>
        <source>Read the password from stdin (for scripts).</source>
        <translation>パスワードを stdin から読み取ります（スクリプト用）。</translation>
    </message>
    <message>
        <source>Only tokens that are active, inactive or expired.</source>
        <translation>有効、無効、または期限切れのトークンのみ。</translation>
    </message>
    <message>
        <source>Only tokens made by hand (manual) or by Docker Desktop (auto).</source>
        <translation>手動で生成したトークン（manual）または Docker Desktop が自動生成したトークン（auto）のみ。</translation>
    </message>
    <message>
        <source>never (the default), 30d, 90d, a date YYYY-MM-DD (00:00 local time) or an RFC 3339 time; at most one year ahead.</source>
        <translation>never（既定値）、30d、90d、日付 YYYY-MM-DD（ローカル時刻の 00:00）、または RFC 3339 形式の日時。最長 1 年先まで。</translation>
    </message>
    <message>
        <source>Print only the token&apos;s secret and a newline.</source>
        <translation>トークンのシークレットと改行のみを出力します。</translation>
    </message>
    <message>
        <source>Delete without asking to type the username.</source>
        <translation>ユーザー名の入力を求めずに削除します。</translation>
    </message>
    <message>
        <source>Sign in and keep the session in the system keychain, so later runs need no password.</source>
        <translation>サインインしてセッションをシステムのキーチェーンに保存します。以降の実行ではパスワードは不要です。</translation>
    </message>
    <message>
        <source>Forget the kept session.</source>
        <translation>保存されたセッションを破棄します。</translation>
    </message>
    <message>
        <source>List every token: description, scope, status, source, created, last used, expires, uuid.</source>
        <translation>すべてのトークンを一覧表示します：説明、スコープ、ステータス、生成方法、作成日時、最終使用日時、有効期限、uuid。</translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation>1 つのトークンを表示します。</translation>
    </message>
    <message>
        <source>Create a token and print its secret, once.</source>
        <translation>トークンを作成し、そのシークレットを一度だけ出力します。</translation>
    </message>
    <message>
        <source>Change a token&apos;s description or scope.</source>
        <translation>トークンの説明またはスコープを変更します。</translation>
    </message>
    <message>
        <source>Activate tokens.</source>
        <translation>トークンを有効化します。</translation>
    </message>
    <message>
        <source>Deactivate tokens: they stop working until activated again.</source>
        <translation>トークンを無効化します。再び有効化するまで使用できなくなります。</translation>
    </message>
    <message>
        <source>Delete tokens. On a terminal it asks you to type your username first.</source>
        <translation>トークンを削除します。端末では、先にユーザー名の入力を求めます。</translation>
    </message>
    <message>
        <source>Manage your Docker Hub personal access tokens.</source>
        <translation>Docker Hub の個人用アクセストークンを管理します。</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation>使い方については &apos;%1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>使い方については &apos;%1 %2 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス：</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>An operation failed; each failure is reported on stderr.</source>
        <translation>失敗した操作があります。個々の失敗は stderr に出力されます。</translation>
    </message>
    <message>
        <source>A usage error: an unknown command or option, an invalid value, an ambiguous uuid, or a deletion without --force when no terminal can confirm it.</source>
        <translation>使用法のエラー：不明なコマンドまたはオプション、無効な値、あいまいな uuid、または確認できる端末がない状態での --force なしの削除。</translation>
    </message>
    <message>
        <source>Not signed in, or the session expired.</source>
        <translation>サインインしていないか、セッションの有効期限が切れています。</translation>
    </message>
    <message>
        <source>Usage: %1 [--server URL] [--format table|json] COMMAND [OPTIONS]</source>
        <translation>使用法：%1 [--server URL] [--format table|json] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>UUID may be any unique start of a token&apos;s uuid. Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>UUID には、トークンの uuid の先頭から、1 つに絞り込める長さまでを指定できます。コマンドのオプションについては &apos;%1 COMMAND --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数：</translation>
    </message>
    <message>
        <source>Sign in with these on every run (for CI), before any kept session; nothing is kept. Not for accounts with two-factor authentication: run &apos;%1 login&apos; on a terminal once instead.</source>
        <translation>実行のたびにこの 2 つの値でサインインします（CI 向け）。保存されたセッションより優先され、何も保存しません。2 要素認証を使用するアカウントでは使えません。代わりに、端末で一度 &apos;%1 login&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Set to anything: no colours, even on a terminal.</source>
        <translation>任意の値を設定すると、端末上でも色を使用しません。</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>使用法：%1 %2</translation>
    </message>
    <message>
        <source>On a terminal it asks for the password without showing it, then for the two-factor code if the account has one. Without a terminal, use --password-stdin or HUBTOKENS_PASSWORD. The session (never the password) is kept in the system keychain, shared with the Hub Tokens window&apos;s &quot;Stay signed in&quot;.</source>
        <translation>端末では、パスワードを表示せずに入力を求め、アカウントで 2 要素認証が有効な場合は続けて認証コードを求めます。端末がない場合は、--password-stdin または HUBTOKENS_PASSWORD を使用してください。セッション（パスワードは保存しません）はシステムのキーチェーンに保存され、Hub Tokens ウィンドウの「サインインしたままにする」と共有されます。</translation>
    </message>
    <message>
        <source>The secret is shown only this once, with the steps to use it with docker login. --format json prints the token with its secret in &quot;token&quot;.</source>
        <translation>シークレットは、docker login で使用する手順とともに、この一度だけ表示されます。--format json では、シークレットを &quot;token&quot; に含めてトークンを出力します。</translation>
    </message>
    <message>
        <source>Without --force, on a terminal, you are asked to type your username to confirm; without a terminal it refuses (exit status 2).</source>
        <translation>--force を指定しない場合、端末では確認のためにユーザー名の入力を求められます。端末がない場合は拒否されます（終了ステータス 2）。</translation>
    </message>
    <message>
        <source>UUID may be any unique start of a token&apos;s uuid; an ambiguous one lists the tokens it could mean (exit status 2), one that matches no token fails (exit status 1).</source>
        <translation>UUID には、トークンの uuid の先頭から、1 つに絞り込める長さまでを指定できます。絞り込めない場合は候補のトークンを一覧表示し（終了ステータス 2）、どのトークンにも一致しない場合は失敗します（終了ステータス 1）。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション：</translation>
    </message>
    <message>
        <source>List what would be done, and change nothing.</source>
        <translation>実行される内容を一覧表示するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>Only active tokens that have not expired but will within DAYS days.</source>
        <translation>まだ期限切れではないものの、DAYS 日以内に有効期限が切れる有効なトークンのみ。</translation>
    </message>
    <message>
        <source>Exit with status 1 when the list is not empty and 0 when it is (for cron jobs and CI).</source>
        <translation>一覧が空でない場合は終了ステータス 1、空の場合は 0 で終了します（cron ジョブや CI 向け）。</translation>
    </message>
    <message>
        <source>Delete every expired token (instead of UUIDs).</source>
        <translation>期限切れのトークンをすべて削除します（UUID の指定は不要）。</translation>
    </message>
    <message>
        <source>Deactivate every active token not used for DAYS days or more (instead of UUIDs); a token never used counts from its creation.</source>
        <translation>DAYS 日以上使用されていない有効なトークンをすべて無効化します（UUID の指定は不要）。一度も使用されていないトークンは作成日から数えます。</translation>
    </message>
    <message>
        <source>Write to FILE (replaced in one step) instead of stdout.</source>
        <translation>stdout の代わりに FILE に書き込みます（ファイルは一度に置き換えられます）。</translation>
    </message>
    <message>
        <source>Export the list: expiry dates as a calendar (ics), or the fields of &apos;token ls --format json&apos; as CSV or JSON. Never a secret.</source>
        <translation>一覧をエクスポートします。有効期限をカレンダー（ics）として、または &apos;token ls --format json&apos; の項目を CSV か JSON として出力します。シークレットは含みません。</translation>
    </message>
    <message>
        <source>--expired picks every token whose expiry has passed, active or not. --dry-run lists what would be deleted, asks nothing and deletes nothing.</source>
        <translation>--expired は、有効・無効を問わず、有効期限が過ぎたトークンをすべて対象にします。--dry-run は削除対象を一覧表示するだけで、確認も削除も行いません。</translation>
    </message>
    <message>
        <source>--unused-for DAYS picks every active, unexpired token whose last use (or, if never used, creation) is DAYS days ago or more. --dry-run lists them and changes nothing.</source>
        <translation>--unused-for DAYS は、期限切れでない有効なトークンのうち、最終使用日時（一度も使用されていない場合は作成日時）が DAYS 日以上前のものをすべて対象にします。--dry-run はそれらを一覧表示するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>ics: one event per token with a future expiry, at the moment it expires, with alarms 7 days and 1 day before; importing a newer file updates the events. csv: a header row, UTF-8 with a byte order mark. Here --format takes ics, csv or json and is required.</source>
        <translation>ics：有効期限が未来にあるトークンごとに、有効期限が切れる時刻のイベントを 1 件作成し、7 日前と 1 日前にアラームを設定します。新しいファイルをインポートすると、イベントが更新されます。csv：ヘッダー行付き、BOM 付きの UTF-8。ここでは --format は必須で、ics、csv、json のいずれかを指定します。</translation>
    </message>
    <message>
        <source>With --exit-code, exit status 1 means the list is not empty (like git diff --exit-code): &apos;token ls --expiring-within 7 --exit-code&apos; fails a cron job or CI step while a token is about to expire.</source>
        <translation>--exit-code を指定すると、終了ステータス 1 は一覧が空でないことを表します（git diff --exit-code と同様）。&apos;token ls --expiring-within 7 --exit-code&apos; は、有効期限が近いトークンがある間、cron ジョブや CI ステップを失敗させます。</translation>
    </message>
    <message>
        <source>The registry key Docker keeps the sign-in under (default %1, whatever --server is).</source>
        <translation>Docker がログイン情報を保存する際のレジストリのキー（既定値：%1。--server の指定にかかわらず同じ）。</translation>
    </message>
    <message>
        <source>Continue with Docker&apos;s own sign-in (Docker Desktop, or docker login in the browser): the way in for accounts whose organization enforces SSO. Only the choice is kept; each run reads Docker&apos;s session from its credential store.</source>
        <translation>Docker 自身のログイン情報（Docker Desktop、またはブラウザーでの docker login）で続行します。組織でシングルサインオン（SSO）が必須になっているアカウントは、この方法でサインインします。保存されるのはこの選択のみで、実行のたびに Docker のセッションを資格情報ストアから読み取ります。</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token: store it through Docker&apos;s credential helper, as docker login does.</source>
        <translation>新しいトークンで Docker にログインします。docker login と同様に、Docker の資格情報ヘルパーを通じて保存します。</translation>
    </message>
    <message>
        <source>With --docker-login: replace what Docker keeps for the registry (a password, another token or a Docker session).</source>
        <translation>--docker-login と併用：Docker がこのレジストリ用に保存しているもの（パスワード、別のトークン、または Docker のセッション）を置き換えます。</translation>
    </message>
    <message>
        <source>The new token&apos;s expiry (as for token create); default: the old token&apos;s lifetime from now, or never if it had none.</source>
        <translation>新しいトークンの有効期限（token create と同じ形式）。既定値：古いトークンと同じ長さの有効期間を現在から設定します。古いトークンに有効期限がなかった場合は、有効期限なしになります。</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token even if the old one was not what Docker used.</source>
        <translation>古いトークンを Docker が使用していなかった場合でも、新しいトークンで Docker にログインします。</translation>
    </message>
    <message>
        <source>Delete the old token instead of only deactivating it.</source>
        <translation>古いトークンを無効化するだけでなく、削除します。</translation>
    </message>
    <message>
        <source>With --docker-login: replace what Docker keeps for the registry, whatever it is.</source>
        <translation>--docker-login と併用：Docker がこのレジストリ用に保存しているものを、種類にかかわらず置き換えます。</translation>
    </message>
    <message>
        <source>Replace a token with a new one (same description and scope), sign Docker in with it if Docker used the old one, then deactivate the old one.</source>
        <translation>トークンを新しいトークン（説明とスコープは同じ）に置き換え、古いトークンを Docker が使用していた場合は新しいトークンで Docker にログインしてから、古いトークンを無効化します。</translation>
    </message>
    <message>
        <source>Show what this computer&apos;s Docker CLI is signed in with: the registry, the credential store, the username, and which token.</source>
        <translation>このコンピューターの Docker CLI が何でログインしているか（レジストリ、資格情報ストア、ユーザー名、どのトークンか）を表示します。</translation>
    </message>
    <message>
        <source>Set Docker&apos;s credential store (credsStore in its config.json) to an installed helper.</source>
        <translation>Docker の資格情報ストア（config.json の credsStore）を、インストール済みのヘルパーに設定します。</translation>
    </message>
    <message>
        <source>--docker-login checks Docker&apos;s credential store before creating the token: if it already holds a sign-in for the registry, it says what that is and stops unless --force is given. The secret goes to the helper on its stdin only; the app keeps its SHA-256 fingerprint, never the secret, to recognise the token later.</source>
        <translation>--docker-login は、トークンを作成する前に Docker の資格情報ストアを確認します。このレジストリのログイン情報がすでに保存されている場合は、その内容を示し、--force が指定されていなければ中止します。シークレットは標準入力（stdin）経由でのみヘルパーに渡されます。アプリは後でトークンを識別するために SHA-256 フィンガープリントだけを保存し、シークレット自体は保存しません。</translation>
    </message>
    <message>
        <source>The steps are: create the new token and print its secret once; if Docker used the old token (or --docker-login), sign Docker in with the new one; deactivate the old token (or delete it with --delete-old). Each step is reported; a failure stops there and says what was done and what not.</source>
        <translation>手順は次のとおりです：新しいトークンを作成し、シークレットを一度だけ出力する。古いトークンを Docker が使用していた場合（または --docker-login 指定時）は、新しいトークンで Docker にログインする。古いトークンを無効化する（--delete-old 指定時は削除する）。各手順の結果が報告され、失敗した場合はそこで中止し、何が実行されて何が実行されなかったかを示します。</translation>
    </message>
    <message>
        <source>--format json prints {&quot;registry&quot;, &quot;helper&quot;, &quot;username&quot;, &quot;kind&quot;, &quot;uuid&quot;, &quot;config&quot;}; kind is token, password, session or none.</source>
        <translation>--format json では {&quot;registry&quot;, &quot;helper&quot;, &quot;username&quot;, &quot;kind&quot;, &quot;uuid&quot;, &quot;config&quot;} を出力します。kind は token、password、session、none のいずれかです。</translation>
    </message>
</context>
<context>
    <name>CliListCommand</name>
    <message>
        <source>Can&apos;t tell which token Docker uses: %1</source>
        <translation>Docker が使用しているトークンを特定できません：%1</translation>
    </message>
</context>
<context>
    <name>CliLogin</name>
    <message>
        <source>Two-factor code for %1: </source>
        <translation>%1 の認証コード: </translation>
    </message>
    <message>
        <source>Wrong code. Check the code in your authenticator app and try again; codes change every 30 seconds.</source>
        <translation>認証コードが正しくありません。認証アプリの認証コードを確認して、もう一度お試しください。認証コードは 30 秒ごとに変わります。</translation>
    </message>
</context>
<context>
    <name>CliLoginCommand</name>
    <message>
        <source>No terminal to ask for the password: use --password-stdin, or set HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.</source>
        <translation>パスワードの入力を求める端末がありません。--password-stdin を使用するか、HUBTOKENS_USERNAME と HUBTOKENS_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>Which account? Give --username (or set HUBTOKENS_USERNAME) with %1.</source>
        <translation>どのアカウントか指定してください。%1 を使う場合は、--username を指定するか、HUBTOKENS_USERNAME を設定してください。</translation>
    </message>
    <message>
        <source>--password-stdin: nothing was read from stdin.</source>
        <translation>--password-stdin：stdin から何も読み取れませんでした。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>%2 として %1 にサインインしました。</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain until %1: later runs and the Hub Tokens window use it. &apos;%2 logout&apos; forgets it.</source>
        <translation>セッションは %1 までシステムのキーチェーンに保存され、以降の実行と Hub Tokens ウィンドウで使用されます。&apos;%2 logout&apos; で破棄できます。</translation>
    </message>
    <message>
        <source>The session could not be kept in the keychain: later runs will have to sign in again.</source>
        <translation>セッションをキーチェーンに保存できませんでした。以降の実行では再度サインインが必要です。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with Docker&apos;s sign-in.</source>
        <translation>Docker のログイン情報を使って、%2 として %1 にサインインしました。</translation>
    </message>
    <message>
        <source>Nothing is kept: each run reads the session from Docker&apos;s credential store, so it follows Docker&apos;s renewals (this one is good until %1). &apos;%2 logout&apos; stops using it.</source>
        <translation>何も保存されません。実行のたびに Docker の資格情報ストアからセッションを読み取るため、Docker による更新にも追従します（現在のセッションの有効期限は %1 です）。使用をやめるには &apos;%2 logout&apos; を実行します。</translation>
    </message>
</context>
<context>
    <name>CliLogoutCommand</name>
    <message>
        <source>No session is kept for %1.</source>
        <translation>%1 のセッションは保存されていません。</translation>
    </message>
    <message>
        <source>Signed out %1 from %2: the kept session is forgotten.</source>
        <translation>%1 を %2 からサインアウトしました。保存されていたセッションは破棄しました。</translation>
    </message>
    <message>
        <source>No keychain is available, so no session was kept.</source>
        <translation>キーチェーンを利用できないため、セッションは保存されていません。</translation>
    </message>
    <message>
        <source>The kept session could not be removed from the keychain.</source>
        <translation>保存されたセッションをキーチェーンから削除できませんでした。</translation>
    </message>
    <message>
        <source>Stopped using Docker&apos;s sign-in for %1 (Docker itself stays signed in).</source>
        <translation>%1 での Docker のログイン情報の使用を停止しました（Docker 自体はログインしたままです）。</translation>
    </message>
</context>
<context>
    <name>CliRotateCommand</name>
    <message>
        <source>done: %1</source>
        <translation>完了：%1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>スキップ：%1</translation>
    </message>
    <message>
        <source>FAILED: %1: %2</source>
        <translation>失敗：%1：%2</translation>
    </message>
    <message>
        <source>Try that step again? [y/N] </source>
        <translation>この手順をもう一度試しますか？ [y/N] </translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>Not signed in to %1. Run &apos;%2 login&apos; first, or set HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD.</source>
        <translation>%1 にサインインしていません。先に &apos;%2 login&apos; を実行するか、HUBTOKENS_USERNAME と HUBTOKENS_PASSWORD を設定してください。</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>%1 にサインインしていません。</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>ユーザー名: </translation>
    </message>
    <message>
        <source>Username [%1]: </source>
        <translation>ユーザー名 [%1]: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>The session is kept in the system keychain until %1; &apos;%2 logout&apos; forgets it.</source>
        <translation>セッションは %1 までシステムのキーチェーンに保存されます。&apos;%2 logout&apos; で破棄できます。</translation>
    </message>
    <message>
        <source>The session could not be kept in the keychain: you will be asked to sign in again next time.</source>
        <translation>セッションをキーチェーンに保存できませんでした。次回は再度サインインを求められます。</translation>
    </message>
    <message>
        <source>The account %1 uses two-factor authentication, so HUBTOKENS_USERNAME and HUBTOKENS_PASSWORD can&apos;t sign it in. Run &apos;%2 login&apos; once on a terminal: later runs use the kept session.</source>
        <translation>アカウント %1 は 2 要素認証を使用しているため、HUBTOKENS_USERNAME と HUBTOKENS_PASSWORD ではサインインできません。端末で一度 &apos;%2 login&apos; を実行してください。以降の実行では保存されたセッションが使用されます。</translation>
    </message>
    <message>
        <source>The account %1 uses two-factor authentication: run &apos;%2 login&apos; on a terminal, without --password-stdin, to enter the code.</source>
        <translation>アカウント %1 は 2 要素認証を使用しています。認証コードを入力するには、--password-stdin を付けずに端末で &apos;%2 login&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>No password for %1: HUBTOKENS_USERNAME names that account, but HUBTOKENS_PASSWORD is not set and no session of %1 is kept for %2. Set HUBTOKENS_PASSWORD, or run &apos;%3 login --username %1&apos; once.</source>
        <translation>%1 のパスワードがありません。HUBTOKENS_USERNAME がこのアカウントを指定していますが、HUBTOKENS_PASSWORD が設定されておらず、%2 に %1 の保存されたセッションもありません。HUBTOKENS_PASSWORD を設定するか、一度 &apos;%3 login --username %1&apos; を実行してください。</translation>
    </message>
</context>
<context>
    <name>CliStatus</name>
    <message>
        <source>Listing tokens… %1 of %2</source>
        <translation>トークンの一覧を取得しています… %1 / %2</translation>
    </message>
    <message>
        <source>Listing tokens…</source>
        <translation>トークンの一覧を取得しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 — %n 秒後に再試行します…</numerusform>
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
            <numerusform>「%1」は %n 個のトークンに一致します。uuid をもっと長く指定してください：</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>「%1」に一致するトークンはありません。</translation>
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
        <translation>アクセストークンを削除しますか？</translation>
    </message>
    <message>
        <source>Delete the token %1?</source>
        <translation>トークン %1 を削除しますか？</translation>
    </message>
    <message>
        <source>This is permanent: a deleted token can&apos;t be restored. Anything that uses it, such as scripts, CI pipelines or a Docker CLI signed in with it, will stop working.</source>
        <translation>削除したトークンは元に戻せません。スクリプト、CI パイプライン、このトークンでログインした Docker CLI など、このトークンを使っているものはすべて動作しなくなります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n access tokens?</source>
        <translation>
            <numerusform>%n 個のアクセストークンを削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n tokens?</source>
        <translation>
            <numerusform>これら %n 個のトークンを削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is permanent: deleted tokens can&apos;t be restored. Anything that uses them, such as scripts, CI pipelines or a Docker CLI signed in with them, will stop working.</source>
        <translation>削除したトークンは元に戻せません。スクリプト、CI パイプライン、これらのトークンでログインした Docker CLI など、これらを使っているものはすべて動作しなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens</source>
        <translation>
            <numerusform>%n 個のトークンを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) not deleted</source>
        <translation>
            <numerusform>%n 個のトークンを削除できませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be deleted and will stay in the list:</source>
        <translation>
            <numerusform>次の %n 個のトークンは削除できなかったため、一覧に残ります：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show tokens</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Open Hub Tokens</source>
        <translation>Hub Tokens を開く</translation>
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
        <translation>%2 文字中 %1 文字を使用</translation>
    </message>
</context>
<context>
    <name>DockerLoginPanel</name>
    <message>
        <source>Sign Docker in with this token</source>
        <translation>このトークンで Docker にログイン</translation>
    </message>
    <message>
        <source>Store the token in Docker&apos;s credential store, as docker login does, so that the Docker CLI on this computer uses it.</source>
        <translation>docker login と同様にトークンを Docker の資格情報ストアに保存し、このコンピューターの Docker CLI がこのトークンを使用するようにします。</translation>
    </message>
    <message>
        <source>It is signed in as %1.</source>
        <translation>現在は %1 としてログインしています。</translation>
    </message>
    <message>
        <source>Replace Docker&apos;s sign-in?</source>
        <translation>Docker のログイン情報を置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in was left as it was.</source>
        <translation>Docker のログイン情報は変更していません。</translation>
    </message>
    <message>
        <source>Choose a credential store for Docker?</source>
        <translation>Docker の資格情報ストアを選択しますか？</translation>
    </message>
    <message>
        <source>Docker keeps sign-ins in %1 itself, and this app never writes a secret there. Set Docker to keep them with docker-credential-%2 instead? This changes credsStore in that file, for every program that uses Docker.</source>
        <translation>Docker はログイン情報を %1 そのものに保存しますが、このアプリがそこにシークレットを書き込むことはありません。代わりに docker-credential-%2 で保存するよう Docker を設定しますか？このファイルの credsStore が変更され、Docker を使用するすべてのプログラムに影響します。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <source>The token is no longer here to store.</source>
        <translation>保存するトークンはもうありません。</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 as %2 with this token (docker-credential-%3).</source>
        <translation>Docker は、このトークンで %2 として %1 にログインしています（docker-credential-%3）。</translation>
    </message>
</context>
<context>
    <name>DockerText</name>
    <message>
        <source>Docker&apos;s credential helper is not installed</source>
        <translation>Docker の資格情報ヘルパーがインストールされていません</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper failed</source>
        <translation>Docker の資格情報ヘルパーが失敗しました</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper gave an unexpected answer</source>
        <translation>Docker の資格情報ヘルパーが予期しない応答を返しました</translation>
    </message>
    <message>
        <source>Docker&apos;s credential helper didn&apos;t answer in time</source>
        <translation>Docker の資格情報ヘルパーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration can&apos;t be read</source>
        <translation>Docker の設定を読み取れません</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration is not valid</source>
        <translation>Docker の設定が無効です</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration could not be saved</source>
        <translation>Docker の設定を保存できませんでした</translation>
    </message>
    <message>
        <source>Docker has no credential store</source>
        <translation>Docker に資格情報ストアがありません</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in can&apos;t be used</source>
        <translation>Docker のログイン情報を使用できません</translation>
    </message>
    <message>
        <source>Docker is set to keep sign-ins with %1, but that program is not installed or not on the PATH. Install it, or choose another credential store.</source>
        <translation>Docker はログイン情報を %1 で保存するよう設定されていますが、このプログラムがインストールされていないか、PATH 上にありません。インストールするか、別の資格情報ストアを選択してください。</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 が予期せず停止しました。</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 が終了コード %2 で失敗しました。</translation>
    </message>
    <message>
        <source>Check that the credential store is unlocked and try again.</source>
        <translation>資格情報ストアのロックが解除されていることを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>出力内容：%1</translation>
    </message>
    <message>
        <source>%1 answered with something that is not what Docker&apos;s credential helpers send. Nothing was changed.</source>
        <translation>%1 は、Docker の資格情報ヘルパーが送信する形式ではない応答を返しました。何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) and was stopped. The credential store may be locked or waiting for a password; unlock it and try again.</source>
        <translation>
            <numerusform>%1 が %n 秒以内に終了しなかったため、停止しました。資格情報ストアがロックされているか、パスワードの入力を待っている可能性があります。ロックを解除して、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists but can&apos;t be read: %2</source>
        <translation>%1 は存在しますが、読み取れません：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid Docker configuration, so it was left as it is. Fix or remove it, then try again. (%2)</source>
        <translation>%1 は有効な Docker の設定ではないため、そのままにしました。修正または削除してから、もう一度お試しください。（%2）</translation>
    </message>
    <message>
        <source>%1 could not be saved; it was left as it was. %2</source>
        <translation>%1 を保存できなかったため、元のままにしました。%2</translation>
    </message>
    <message>
        <source>Docker keeps sign-ins in %1 itself, encoded but not encrypted, and this app never writes a secret there. Choose a credential store (for example pass or the Secret Service) first.</source>
        <translation>Docker はログイン情報を %1 そのものに保存します（エンコードはされますが、暗号化はされません）。このアプリがそこにシークレットを書き込むことはありません。先に資格情報ストア（pass や Secret Service など）を選択してください。</translation>
    </message>
    <message>
        <source>What Docker keeps as its Docker Hub session is not one this app can use. Sign in to Docker again (docker login, or Docker Desktop).</source>
        <translation>Docker が保存している Docker Hub のセッションは、このアプリでは使用できない形式です。もう一度 Docker にログインしてください（docker login または Docker Desktop）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>a personal access token</source>
        <translation>個人用アクセストークン</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>a Docker session</source>
        <translation>Docker のセッション</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with another token this app created. Replace it with this token?</source>
        <translation>Docker は、このアプリで作成した別のトークンで %1 にログインしています。このトークンに置き換えますか？</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with a token this app did not create. Replace it with this token?</source>
        <translation>Docker は、このアプリ以外で作成されたトークンで %1 にログインしています。このトークンに置き換えますか？</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with a password. Replace it with this token? (A token is safer: it can be limited and revoked.)</source>
        <translation>Docker はパスワードで %1 にログインしています。このトークンに置き換えますか？（トークンのほうが安全です。権限を制限でき、いつでも取り消せます。）</translation>
    </message>
    <message>
        <source>Docker is signed in to %1 with its own session (Docker Desktop or docker login in the browser). Replace it with this token?</source>
        <translation>Docker は独自のセッション（Docker Desktop、またはブラウザーでの docker login）で %1 にログインしています。このトークンに置き換えますか？</translation>
    </message>
    <message>
        <source>Docker is not signed in to Docker Hub</source>
        <translation>Docker は Docker Hub にログインしていません</translation>
    </message>
    <message>
        <source>Docker&apos;s sign-in has expired</source>
        <translation>Docker のログイン情報の有効期限が切れています</translation>
    </message>
    <message>
        <source>Docker keeps no Docker Hub session on this computer. Sign in with Docker Desktop, or with docker login in the browser, then try again.</source>
        <translation>このコンピューターには、Docker の Docker Hub セッションが保存されていません。Docker Desktop、またはブラウザーでの docker login でログインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Docker&apos;s Docker Hub session has expired. Sign in to Docker again (Docker Desktop, or docker login), then continue with Docker&apos;s sign-in once more.</source>
        <translation>Docker の Docker Hub セッションの有効期限が切れました。もう一度 Docker にログインし（Docker Desktop または docker login）、改めて Docker のログイン情報で続行してください。</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit access token</source>
        <translation>アクセストークンを編集</translation>
    </message>
    <message>
        <source>This token expired on %1. Expired tokens can&apos;t be changed; they can only be deleted.</source>
        <translation>このトークンの有効期限は %1 に切れています。有効期限が切れたトークンは変更できず、削除しかできません。</translation>
    </message>
    <message>
        <source>Why this token can&apos;t be edited</source>
        <translation>このトークンを編集できない理由</translation>
    </message>
    <message>
        <source>This token was made before access permissions existed and has full access. Choose a permission to restrict it.</source>
        <translation>このトークンはアクセス権限の導入前に作成されたため、フルアクセス権があります。制限するには権限を選択してください。</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expiration dates can&apos;t be changed. Generate a new token to set a new one.</source>
        <translation>有効期限は変更できません。新しい有効期限を設定するには、新しいトークンを生成してください。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>説明を入力してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again, then select Save once more. Your changes are kept.</source>
        <translation>セッションの有効期限が切れました。もう一度サインインしてから、再度「保存」を選択してください。変更内容は保持されています。</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>EmulatorProcess</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>デモサーバーが %1 秒以内に起動しませんでした。</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>デモサーバー（%1）を起動できませんでした：%2</translation>
    </message>
    <message>
        <source>The demo server was not found at %1.</source>
        <translation>デモサーバーが %1 に見つかりませんでした。</translation>
    </message>
    <message>
        <source>The demo server printed something unexpected.</source>
        <translation>デモサーバーが予期しない内容を出力しました。</translation>
    </message>
    <message>
        <source>The demo server crashed while starting.</source>
        <translation>デモサーバーが起動中にクラッシュしました。</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (exit code %1).</source>
        <translation>デモサーバーが起動中に停止しました（終了コード %1）。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>数分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>再試行できるようになりました。</translation>
    </message>
    <message>
        <source>Single sign-on account</source>
        <translation>シングルサインオンのアカウント</translation>
    </message>
    <message>
        <source>Can&apos;t reach the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>安全でない接続を拒否しました</translation>
    </message>
    <message>
        <source>Wrong username or password</source>
        <translation>ユーザー名またはパスワードが正しくありません</translation>
    </message>
    <message>
        <source>Two-factor code required</source>
        <translation>2 要素認証の認証コードが必要です</translation>
    </message>
    <message>
        <source>Signed in with an access token</source>
        <translation>アクセストークンでサインインしています</translation>
    </message>
    <message>
        <source>Your session expired</source>
        <translation>セッションの有効期限が切れました</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可されていません</translation>
    </message>
    <message>
        <source>Token not found</source>
        <translation>トークンが見つかりません</translation>
    </message>
    <message>
        <source>Check the form</source>
        <translation>入力内容を確認してください</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>試行回数が多すぎます</translation>
    </message>
    <message>
        <source>Docker Hub had a problem</source>
        <translation>Docker Hub で問題が発生しました</translation>
    </message>
    <message>
        <source>Unexpected reply from the server</source>
        <translation>サーバーから予期しない応答がありました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Your organization requires single sign-on (SSO), so this account can&apos;t sign in with a password here. Manage your access tokens on the Docker Hub website instead.</source>
        <translation>組織でシングルサインオン（SSO）が必須になっているため、このアカウントではここでパスワードを使ってサインインできません。代わりに Docker Hub のウェブサイトでアクセストークンを管理してください。</translation>
    </message>
    <message>
        <source>Check your network connection and the server address, then try again.</source>
        <translation>ネットワーク接続とサーバーアドレスを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection may be slow or the server busy. Try again in a moment.</source>
        <translation>接続が遅いか、サーバーが混み合っている可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server address uses http:// for a computer other than this one, which would send your password unencrypted. Use an https:// address.</source>
        <translation>http:// で接続できるのは、このコンピューター上のサーバーだけです。ほかのコンピューターに http:// で接続すると、パスワードが暗号化されずに送信されてしまいます。https:// のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Check your username and password and try again. Your password is the one you use on the Docker Hub website.</source>
        <translation>ユーザー名とパスワードを確認して、もう一度お試しください。パスワードは Docker Hub のウェブサイトで使用しているものです。</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>認証アプリに表示される 6 桁の認証コードを入力してください。</translation>
    </message>
    <message>
        <source>You signed in with a personal access token. Docker Hub only allows managing access tokens after signing in with your password (and your two-factor code, if enabled).</source>
        <translation>個人用アクセストークンでサインインしています。Docker Hub では、パスワード（および有効にしている場合は 2 要素認証の認証コード）でサインインした場合にのみ、アクセストークンを管理できます。</translation>
    </message>
    <message>
        <source>Sign in again to continue. Nothing you entered has been lost.</source>
        <translation>続行するには、もう一度サインインしてください。入力した内容は失われていません。</translation>
    </message>
    <message>
        <source>Docker Hub refused this request: “%1”</source>
        <translation>Docker Hub がこのリクエストを拒否しました：「%1」</translation>
    </message>
    <message>
        <source>Docker Hub refused this request for your account.</source>
        <translation>Docker Hub は、このアカウントでのこの操作を許可していません。</translation>
    </message>
    <message>
        <source>It may have been deleted in another window or on the Docker Hub website. Refresh the list.</source>
        <translation>別のウィンドウまたは Docker Hub のウェブサイトで削除された可能性があります。一覧を更新してください。</translation>
    </message>
    <message>
        <source>Docker Hub didn&apos;t accept what was entered. Check the fields and try again.</source>
        <translation>Docker Hub は入力内容を受け付けませんでした。各項目を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Docker Hub is limiting requests from this account for a while. %1</source>
        <translation>Docker Hub はこのアカウントからのリクエストを一時的に制限しています。%1</translation>
    </message>
    <message>
        <source>The server answered with an error (%1). Try again in a moment.</source>
        <translation>サーバーがエラー（%1）を返しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Docker Hub sent a reply this app doesn&apos;t understand. Try again; if it keeps happening, the service may have changed.</source>
        <translation>Docker Hub から、このアプリで解釈できない応答が返されました。もう一度お試しください。問題が続く場合は、サービスが変更された可能性があります。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server answered with status %1. Try again in a moment.</source>
        <translation>サーバーがステータス %1 を返しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>しばらくしてからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>%1（%n 秒後）にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n minute(s)).</source>
        <translation>
            <numerusform>%1（%n 分後）にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again at %1 (in %n hour(s)).</source>
        <translation>
            <numerusform>%1（%n 時間後）にもう一度お試しください。</numerusform>
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
            <numerusform>ほか %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>Goes into &quot;… expire(s) within %1&quot;, e.g. &quot;within 7 days&quot;.</extracomment>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has expired.</source>
        <translation>%1 の有効期限が切れました。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens have expired: %1.</source>
        <translation>
            <numerusform>%n 個のトークンの有効期限が切れました：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expires within %2.</source>
        <translation>%1 の有効期限が %2以内に切れます。</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens expire within %1: %2.</source>
        <translation>
            <numerusform>%n 個のトークンの有効期限が %1以内に切れます：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>A Docker Hub token expires soon</source>
        <translation>Docker Hub のトークンの有効期限がまもなく切れます</translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens expire soon</source>
        <translation>
            <numerusform>%n 個の Docker Hub トークンの有効期限がまもなく切れます</numerusform>
        </translation>
    </message>
    <message>
        <source>A Docker Hub token has expired</source>
        <translation>Docker Hub のトークンの有効期限が切れました</translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens have expired</source>
        <translation>
            <numerusform>%n 個の Docker Hub トークンの有効期限が切れました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Docker Hub tokens need attention</source>
        <translation>
            <numerusform>%n 個の Docker Hub トークンに対応が必要です</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Can&apos;t write “%1”: the folder %2 does not exist.</source>
        <translation>「%1」に書き込めません：フォルダー %2 が存在しません。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: it is a folder. Give a file name.</source>
        <translation>「%1」に書き込めません：フォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: permission denied.</source>
        <translation>「%1」に書き込めません：アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”.</source>
        <translation>「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>Can&apos;t write “%1”: %2</source>
        <translation>「%1」に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>GenerateTokenDialog</name>
    <message>
        <source>Generate new token</source>
        <translation>新しいトークンを生成</translation>
    </message>
    <message>
        <source>A personal access token can be used instead of your password when you sign in with the Docker CLI.</source>
        <translation>Docker CLI でログインするときに、パスワードの代わりに個人用アクセストークンを使用できます。</translation>
    </message>
    <message>
        <source>e.g. CI pipeline on build server</source>
        <translation>例：ビルドサーバーの CI パイプライン</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>&amp;Expiration date</source>
        <translation>有効期限(&amp;E)</translation>
    </message>
    <message>
        <source>Expiration day</source>
        <translation>有効期限の日付</translation>
    </message>
    <message>
        <source>Expiration hour</source>
        <translation>有効期限の時刻</translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation>有効期限の概要</translation>
    </message>
    <message>
        <source>Expiration date error</source>
        <translation>有効期限のエラー</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>現在より後の日時を選択してください。</translation>
    </message>
    <message>
        <source>Choose a date at most one year ahead.</source>
        <translation>1 年以内の日付を選択してください。</translation>
    </message>
    <message>
        <source>The token will expire on %1.</source>
        <translation>このトークンの有効期限は %1 です。</translation>
    </message>
    <message>
        <source>The token will never expire.</source>
        <translation>このトークンに有効期限はありません。</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>Your session expired. Sign in again, then select Generate once more. What you entered is kept.</source>
        <translation>セッションの有効期限が切れました。もう一度サインインしてから、再度「生成」を選択してください。入力内容は保持されています。</translation>
    </message>
    <message>
        <source>Time:</source>
        <extracomment>The label of the hour picker beside the custom expiry date</extracomment>
        <translation>時刻：</translation>
    </message>
    <message>
        <source>Enter a description to generate the token.</source>
        <translation>トークンを生成するには、説明を入力してください。</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>Enter a server address such as https://hub.docker.com.</source>
        <translation>https://hub.docker.com のようなサーバーアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (not &quot;%1&quot;).</source>
        <translation>サーバーアドレスは https:// で始めてください（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>The server address %1 has no host name.</source>
        <translation>サーバーアドレス %1 にホスト名がありません。</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>サーバーアドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http:// to %1. Use https://, or http:// only for a server on this computer (localhost).</source>
        <translation>暗号化されていない http:// で %1 に資格情報を送信することはできません。https:// を使用してください。http:// を使用できるのは、このコンピューター上のサーバー（localhost）のみです。</translation>
    </message>
</context>
<context>
    <name>HygieneMenus</name>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>カレンダー (*.ics)</translation>
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
        <translation>トークンをエクスポート</translation>
    </message>
    <message>
        <source>Couldn&apos;t export the tokens</source>
        <translation>トークンをエクスポートできませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>%n 個のトークンを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all expired tokens</source>
        <translation>期限切れのトークンをすべて削除</translation>
    </message>
    <message>
        <source>No token has expired.</source>
        <translation>期限切れのトークンはありません。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <source>Deactivate unused tokens</source>
        <translation>使用されていないトークンを無効化</translation>
    </message>
    <message numerus="yes">
        <source>No active token has gone unused for %n day(s).</source>
        <translation>
            <numerusform>%n 日以上使用されていない有効なトークンはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを無効化しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t deactivate %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを無効化できませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) were deactivated.</source>
        <translation>
            <numerusform>%n 個中 %1 個のトークンを無効化しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate the active tokens not used for this many days:</source>
        <translation>次の日数以上使用されていない有効なトークンを無効化します：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>すべてのトークン</translation>
    </message>
    <message>
        <source>Only the tokens shown</source>
        <translation>表示中のトークンのみ</translation>
    </message>
    <message>
        <source>The rows the search and filters leave, in the table&apos;s order</source>
        <translation>検索とフィルターで絞り込んだ行を、表の並び順で出力します</translation>
    </message>
    <message>
        <source>Expiry dates as a calendar (.ics)…</source>
        <translation>有効期限のカレンダー (.ics)…</translation>
    </message>
    <message>
        <source>One event per token that will expire, with reminders 7 days and 1 day before. Importing a newer file updates the events.</source>
        <translation>有効期限が切れるトークンごとに 1 件のイベントを作成し、7 日前と 1 日前にリマインダーを設定します。新しいファイルをインポートすると、イベントが更新されます。</translation>
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
        <translation>クリーンアップ(&amp;C)</translation>
    </message>
    <message>
        <source>Delete all expired…</source>
        <translation>期限切れをすべて削除…</translation>
    </message>
    <message>
        <source>Deactivate unused for</source>
        <translation>未使用期間で無効化</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)…</source>
        <translation>
            <numerusform>%n 日…</numerusform>
        </translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
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
        <translation>トークンを読み込み中</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>個人用アクセストークン</translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>新しいトークンを生成</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>トークンを読み込み中…</translation>
    </message>
    <message>
        <source>Loading tokens… %1 of %2</source>
        <translation>トークンを読み込み中… %1 / %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 に更新しました</translation>
    </message>
    <message>
        <source>Showing the tokens loaded before</source>
        <translation>以前に読み込んだトークンを表示しています</translation>
    </message>
    <message>
        <source>Sign in with password</source>
        <translation>パスワードでサインイン</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（デモ）</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウトしました</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 (local server)</source>
        <translation>%1（ローカルサーバー）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s) (try %2)…</source>
        <translation>
            <numerusform>%1 — %n 秒後に再試行します（%2 回目）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for Docker Hub&apos;s rate limit…</source>
        <translation>
            <numerusform>Docker Hub のレート制限のため、%n 秒待機しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n token(s): the rest could not be loaded</source>
        <translation>
            <numerusform>%n 件中 %1 件のトークンを表示しています。残りは読み込めませんでした</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Personal access tokens</source>
        <translation>個人用アクセストークン</translation>
    </message>
    <message>
        <source>You can use a personal access token (PAT) as an alternative to your password for Docker CLI authentication.</source>
        <translation>Docker CLI の認証には、パスワードの代わりに個人用アクセストークン（PAT）を使用できます。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Demo server %1</source>
        <translation>デモサーバー %1</translation>
    </message>
    <message>
        <source>Local server %1</source>
        <translation>ローカルサーバー %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>サーバー %1</translation>
    </message>
    <message>
        <source>Not Docker Hub: tokens here are not your Docker Hub tokens.</source>
        <translation>Docker Hub ではありません。ここに表示されるのは、お使いの Docker Hub のトークンではありません。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after copying a token</source>
        <translation>トークンのコピー後にクリップボードをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the clipboard automatically</source>
        <translation>クリップボードを自動的にクリア</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>クリアまで(&amp;A)：</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>クリップボードがクリアされるまでの秒数</translation>
    </message>
    <message>
        <source>From 10 seconds to 5 minutes. The token is removed only if the clipboard still holds it; clipboard managers are asked not to keep it.</source>
        <translation>10 秒から 5 分までの範囲で設定できます。トークンは、クリップボードにまだ残っている場合にのみ削除されます。クリップボードマネージャーには、トークンを保持しないよう要求します。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Couldn&apos;t change what starts at login</source>
        <translation>ログイン時に起動する項目を変更できませんでした</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>&amp;Registry key:</source>
        <translation>レジストリのキー(&amp;R)：</translation>
    </message>
    <message>
        <source>Docker registry key</source>
        <translation>Docker のレジストリのキー</translation>
    </message>
    <message>
        <source>Where “Sign Docker in with this token” stores a token in Docker&apos;s credential store, and which entry the table&apos;s Docker mark reads. Empty: Docker Hub&apos;s key, whatever server Hub Tokens uses.</source>
        <translation>「このトークンで Docker にログイン」が Docker の資格情報ストアにトークンを保存する際のキーです。表の Docker マークもこのエントリーを参照します。空欄の場合は、Hub Tokens が使うサーバーにかかわらず Docker Hub のキーを使います。</translation>
    </message>
    <message>
        <source>Registry key problem</source>
        <translation>レジストリのキーの問題</translation>
    </message>
    <message>
        <source>A registry key has no spaces: e.g. %1 or ghcr.io.</source>
        <translation>レジストリのキーに空白は使えません（例：%1、ghcr.io）。</translation>
    </message>
    <message>
        <source>A registry key is at most 255 characters long.</source>
        <translation>レジストリのキーは 255 文字以内で入力してください。</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n か月前</numerusform>
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
        <translation>未使用</translation>
    </message>
</context>
<context>
    <name>ReminderPreferences</name>
    <message>
        <source>Give whole days from 1 to %1, separated by commas, e.g. 30, 7, 1.</source>
        <translation>1～%1 の整数の日数をカンマ区切りで入力してください（例：30, 7, 1）。</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>有効期限のリマインダー</translation>
    </message>
    <message>
        <source>&amp;Remind me before my tokens expire</source>
        <translation>トークンの有効期限が切れる前に通知する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Days before:</source>
        <translation>期限の何日前(&amp;D)：</translation>
    </message>
    <message>
        <source>Days before expiry to remind</source>
        <translation>有効期限の何日前に通知するか</translation>
    </message>
    <message>
        <source>Reminder days problem</source>
        <translation>通知日数のエラー</translation>
    </message>
    <message>
        <source>Remind me even when Hub Tokens is &amp;closed</source>
        <translation>Hub Tokens を閉じているときも通知する(&amp;C)</translation>
    </message>
    <message>
        <source>Checks once at login, quietly. Needs “Stay signed in”, so that the check never asks for your password.</source>
        <translation>ログイン時にバックグラウンドで 1 回だけ確認します。確認の際にパスワードを求めないよう、「サインインしたままにする」が必要です。</translation>
    </message>
</context>
<context>
    <name>RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>トークンのローテーション</translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation>「%1」のローテーション</translation>
    </message>
    <message>
        <source>A new token with the same description and access permissions replaces this one. You see the new token once; then the old one is deactivated.</source>
        <translation>説明とアクセス権限が同じ新しいトークンで、このトークンを置き換えます。新しいトークンは一度だけ表示され、その後、古いトークンは無効化されます。</translation>
    </message>
    <message>
        <source>Expiration date of the new token</source>
        <translation>新しいトークンの有効期限</translation>
    </message>
    <message>
        <source>Same lifetime as the old token (until %1)</source>
        <translation>古いトークンと同じ有効期間（%1 まで）</translation>
    </message>
    <message>
        <source>Same as the old token (never expires)</source>
        <translation>古いトークンと同じ（有効期限なし）</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token</source>
        <translation>新しいトークンで Docker にログイン</translation>
    </message>
    <message>
        <source>Docker on this computer uses the old token: it is switched to the new one before the old one is deactivated.</source>
        <translation>このコンピューターの Docker は古いトークンを使用しています。古いトークンを無効化する前に、新しいトークンに切り替えます。</translation>
    </message>
    <message>
        <source>Delete the old token (instead of only deactivating it)</source>
        <translation>古いトークンを削除する（無効化だけでなく）</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Replace Docker&apos;s sign-in?</source>
        <translation>Docker のログイン情報を置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 (not needed)</source>
        <translation>%1（不要）</translation>
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
        <translation>%1 の操作</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>Expired tokens can only be deleted.</source>
        <translation>期限切れのトークンは削除しかできません。</translation>
    </message>
    <message>
        <source>Edit — expired tokens can&apos;t be edited</source>
        <translation>編集 — 期限切れのトークンは編集できません</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>This token has expired. Expired tokens can only be deleted; generate a new token instead.</source>
        <translation>このトークンは期限切れです。期限切れのトークンは削除しかできないため、代わりに新しいトークンを生成してください。</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>UUID をコピー</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>ローテーション…</translation>
    </message>
    <message>
        <source>Replace this token with a new one and deactivate it</source>
        <translation>このトークンを新しいトークンに置き換えて、無効化します</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Your session can&apos;t be remembered on this computer because no keychain is available.</source>
        <translation>キーチェーンを利用できないため、このコンピューターにセッションを保存できません。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Docker Hub</source>
        <translation>Docker Hub にサインイン</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Use your Docker account password. Docker Hub only allows managing access tokens after signing in with your password, not with an access token.</source>
        <translation>Docker アカウントのパスワードを使用してください。Docker Hub では、アクセストークンではなくパスワードでサインインした場合にのみ、アクセストークンを管理できます。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Docker ID</source>
        <translation>Docker ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>2 要素認証</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>認証コード</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>認証コード(&amp;C)：</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>サインインエラー</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Go back to change the username</source>
        <translation>戻ってユーザー名を変更します</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app to finish signing in as %1.</source>
        <translation>%1 としてのサインインを完了するには、認証アプリに表示される 6 桁の認証コードを入力してください。</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>認証コードが正しくありません</translation>
    </message>
    <message>
        <source>Check the code in your authenticator app and try again. Codes change every 30 seconds.</source>
        <translation>認証アプリの認証コードを確認して、もう一度お試しください。認証コードは 30 秒ごとに変わります。</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>サインインしたままにする(&amp;T)</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>サインインしたままにする</translation>
    </message>
    <message>
        <source>Keeps your session (never your password) in this computer&apos;s keychain until it expires or you sign out.</source>
        <translation>セッションの有効期限が切れるかサインアウトするまで、セッションをこのコンピューターのキーチェーンに保存します（パスワードは保存しません）。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Continue as %1 (from Docker)</source>
        <translation>%1 として続行（Docker から）</translation>
    </message>
    <message>
        <source>Docker Desktop or docker login in the browser keeps a Docker Hub session on this computer. Continuing with it is the way in for accounts whose organization enforces single sign-on (SSO). Only this choice is remembered: the session stays in Docker&apos;s credential store and is read from there each time.</source>
        <translation>Docker Desktop、またはブラウザーでの docker login により、このコンピューターには Docker Hub のセッションが保存されています。組織でシングルサインオン（SSO）が必須になっているアカウントは、このセッションで続行することでサインインできます。記憶されるのはこの選択のみで、セッションは Docker の資格情報ストアに保存されたまま、毎回そこから読み取られます。</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>You&apos;re not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sign in again to load and change your tokens.</source>
        <translation>トークンを読み込んで変更するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in to see and manage your personal access tokens.</source>
        <translation>個人用アクセストークンを表示・管理するには、サインインしてください。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>StatusSwitchDelegate</name>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Copied the UUID %1</source>
        <translation>UUID %1 をコピーしました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>%1 を生成しました</translation>
    </message>
    <message>
        <source>The token was created but its secret was lost</source>
        <translation>トークンは作成されましたが、シークレットは失われました</translation>
    </message>
    <message>
        <source>%1 exists on Docker Hub, but its secret never reached this app, so nothing can use it. Delete it, or deactivate it.</source>
        <translation>%1 は Docker Hub 上に存在しますが、そのシークレットはこのアプリに届かなかったため、どこからも使えません。削除するか、無効化してください。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>%1 を有効化しました</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>%1 を無効化しました</translation>
    </message>
    <message>
        <source>Couldn&apos;t activate %1</source>
        <translation>%1 を有効化できませんでした</translation>
    </message>
    <message>
        <source>Couldn&apos;t deactivate %1</source>
        <translation>%1 を無効化できませんでした</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除中…</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを削除しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCalendar</name>
    <message>
        <source>The Docker Hub access token “%1” (%2) expires on %3. After that, anything that signs in with it stops working.</source>
        <translation>Docker Hub のアクセストークン「%1」（%2）の有効期限は %3 です。それ以降、このトークンでログインしているものはすべて動作しなくなります。</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>アカウント：%1</translation>
    </message>
    <message>
        <source>Token ID: %1</source>
        <translation>トークン ID：%1</translation>
    </message>
    <message>
        <source>To keep access, rotate it before then: choose Rotate… on it in Hub Tokens, or run
%1</source>
        <translation>アクセスを維持するには、それまでにトークンをローテーションしてください。Hub Tokens でこのトークンの「ローテーション…」を選択するか、次を実行します：
%1</translation>
    </message>
    <message>
        <source>Docker Hub token “%1” expires</source>
        <translation>Docker Hub トークン「%1」の有効期限</translation>
    </message>
    <message numerus="yes">
        <source>Docker Hub token “%1” expires in %n day(s)</source>
        <translation>
            <numerusform>Docker Hub トークン「%1」の有効期限まであと %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker Hub token expiry dates</source>
        <translation>Docker Hub トークンの有効期限</translation>
    </message>
    <message>
        <source>Docker Hub token expiry dates (%1)</source>
        <translation>Docker Hub トークンの有効期限（%1）</translation>
    </message>
</context>
<context>
    <name>TokenCreatedDialog</name>
    <message>
        <source>Copy access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>Copy the token now and store it somewhere safe, such as a credential manager. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>今すぐトークンをコピーして、資格情報マネージャーなどの安全な場所に保存してください。このウィンドウを閉じると、トークンを再び取得することはできません。</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>アクセス権限</translation>
    </message>
    <message>
        <source>Access permissions:</source>
        <translation>アクセス権限：</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>有効期限：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the access token to the clipboard</source>
        <translation>アクセストークンをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>クリップボードの状態</translation>
    </message>
    <message>
        <source>To use it, sign in with the Docker CLI and enter the token when asked for a password:</source>
        <translation>使用するには、Docker CLI でログインし、パスワードを求められたらこのトークンを入力します：</translation>
    </message>
    <message>
        <source>Sign-in command</source>
        <translation>ログインコマンド</translation>
    </message>
    <message>
        <source>Or pass it on standard input, for example in a script:</source>
        <translation>または、スクリプトなどで標準入力から渡します：</translation>
    </message>
    <message>
        <source>Sign-in command for scripts</source>
        <translation>スクリプト用のログインコマンド</translation>
    </message>
    <message>
        <source>Treat access tokens like your password and keep them secret.</source>
        <translation>アクセストークンはパスワードと同様に扱い、秘密にしてください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>クリップボードをクリアしました。</translation>
    </message>
    <message>
        <source>Copied. The clipboard now holds something else.</source>
        <translation>コピーしました。現在、クリップボードには別の内容が入っています。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピー済み</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Clipboard clears in %n s.</source>
        <translation>
            <numerusform>コピーしました。クリップボードは %n 秒後にクリアされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>コピーせずに閉じますか？</translation>
    </message>
    <message>
        <source>You haven&apos;t copied the access token. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>アクセストークンをコピーしていません。このウィンドウを閉じると、トークンを再び取得することはできません。</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>コピーせずに閉じる</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>TokenDetailsDialog</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Access token details</source>
        <translation>アクセストークンの詳細</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy UUID</source>
        <translation>UUID をコピー</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピー済み</translation>
    </message>
    <message>
        <source>Access permissions:</source>
        <translation>アクセス権限：</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>アクセス権限</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Auto-generated (%1)</source>
        <translation>自動生成（%1）</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>生成方法：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>生成方法</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時：</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>最終使用日時：</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限：</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Creator IP:</source>
        <translation>作成元 IP：</translation>
    </message>
    <message>
        <source>Creator IP</source>
        <translation>作成元 IP</translation>
    </message>
    <message>
        <source>Creator user agent:</source>
        <translation>作成元ユーザーエージェント：</translation>
    </message>
    <message>
        <source>Creator user agent</source>
        <translation>作成元ユーザーエージェント</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>クライアント：</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last used</comment>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>TokenFormDialog</name>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>Use something that indicates the use case or purpose of the token.</source>
        <translation>トークンの用途や目的がわかる説明を入力してください。</translation>
    </message>
    <message>
        <source>Description length</source>
        <translation>説明の文字数</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>説明のエラー</translation>
    </message>
    <message>
        <source>Access permissions</source>
        <translation>アクセス権限</translation>
    </message>
    <message>
        <source>Access permissions error</source>
        <translation>アクセス権限のエラー</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>説明は %n 文字以内で入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>Create the new token</source>
        <translation>新しいトークンを作成</translation>
    </message>
    <message>
        <source>Sign Docker in with the new token</source>
        <translation>新しいトークンで Docker にログイン</translation>
    </message>
    <message>
        <source>Deactivate the old token</source>
        <translation>古いトークンを無効化</translation>
    </message>
    <message>
        <source>Delete the old token</source>
        <translation>古いトークンを削除</translation>
    </message>
    <message>
        <source>The list of tokens is gone.</source>
        <translation>トークンの一覧がなくなりました。</translation>
    </message>
    <message>
        <source>A token “%1” (%2) was created but the reply with its secret was lost; deactivate or delete it. %3</source>
        <translation>トークン「%1」（%2）は作成されましたが、シークレットを含む応答が失われました。このトークンを無効化または削除してください。%3</translation>
    </message>
    <message>
        <source>The new token&apos;s secret is no longer here, so Docker can&apos;t be signed in with it.</source>
        <translation>新しいトークンのシークレットがもう存在しないため、このトークンで Docker にログインできません。</translation>
    </message>
    <message>
        <source>The token “%1” was rotated: the new token replaces it.</source>
        <translation>トークン「%1」をローテーションしました。新しいトークンに置き換わりました。</translation>
    </message>
    <message>
        <source>Docker uses the new token.</source>
        <translation>Docker は新しいトークンを使用しています。</translation>
    </message>
    <message>
        <source>The old token was deleted.</source>
        <translation>古いトークンを削除しました。</translation>
    </message>
    <message>
        <source>The old token was deactivated.</source>
        <translation>古いトークンを無効化しました。</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>ローテーション中…</translation>
    </message>
    <message>
        <source>Nothing was changed: the new token could not be created. The old token still works.</source>
        <translation>新しいトークンを作成できなかったため、何も変更していません。古いトークンは引き続き使用できます。</translation>
    </message>
    <message>
        <source>The new token exists, but Docker still uses the old one. The old token was left active.</source>
        <translation>新しいトークンは作成されましたが、Docker は引き続き古いトークンを使用しています。古いトークンは有効のままです。</translation>
    </message>
    <message>
        <source>The new token exists, but Docker was not signed in with it. The old token was left active.</source>
        <translation>新しいトークンは作成されましたが、Docker はそのトークンでログインしていません。古いトークンは有効のままです。</translation>
    </message>
    <message>
        <source>The new token exists and Docker uses it, but the old token is still active.</source>
        <translation>新しいトークンは作成され、Docker もそれを使用していますが、古いトークンはまだ有効です。</translation>
    </message>
    <message>
        <source>The new token exists, but the old token is still active.</source>
        <translation>新しいトークンは作成されましたが、古いトークンはまだ有効です。</translation>
    </message>
    <message>
        <source>The new token exists and the old one was deactivated, but it was not deleted.</source>
        <translation>新しいトークンは作成され、古いトークンは無効化されましたが、削除はされていません。</translation>
    </message>
</context>
<context>
    <name>TokenScope</name>
    <message>
        <source>Legacy (full access)</source>
        <translation>レガシー（フルアクセス）</translation>
    </message>
    <message>
        <source>Repo Public Read-only</source>
        <translation>パブリックリポジトリ（読み取り専用）</translation>
    </message>
    <message>
        <source>Repo Read-only</source>
        <translation>リポジトリ（読み取り専用）</translation>
    </message>
    <message>
        <source>Repo Read &amp; Write</source>
        <translation>リポジトリ（読み取り・書き込み）</translation>
    </message>
    <message>
        <source>Repo Read, Write, Delete</source>
        <translation>リポジトリ（読み取り・書き込み・削除）</translation>
    </message>
    <message>
        <source>Pull public images only. The safest choice.</source>
        <translation>パブリックイメージのプルのみ可能です。最も安全な設定です。</translation>
    </message>
    <message>
        <source>Pull public and private images.</source>
        <translation>パブリックイメージとプライベートイメージをプルできます。</translation>
    </message>
    <message>
        <source>Pull and push images. Cannot delete repositories.</source>
        <translation>イメージのプルとプッシュが可能です。リポジトリは削除できません。</translation>
    </message>
    <message>
        <source>Pull, push and delete images and repositories.</source>
        <translation>イメージのプルとプッシュ、およびイメージとリポジトリの削除が可能です。</translation>
    </message>
</context>
<context>
    <name>TokenStack</name>
    <message>
        <source>You have no access tokens yet</source>
        <translation>アクセストークンはまだありません</translation>
    </message>
    <message>
        <source>Generate a token to use in place of your password when you sign in with the Docker CLI. You can create as many tokens as you need.</source>
        <translation>トークンを生成すると、Docker CLI でログインするときにパスワードの代わりに使用できます。トークンは必要な数だけ生成できます。</translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>新しいトークンを生成</translation>
    </message>
    <message>
        <source>No tokens match your search</source>
        <translation>検索条件に一致するトークンはありません</translation>
    </message>
    <message>
        <source>Try other words, or show tokens of every status and source.</source>
        <translation>別のキーワードで検索するか、ステータスと生成方法の絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>A token from before scopes existed: it has full access.</source>
        <translation>スコープ導入前のトークンです。フルアクセス権があります。</translation>
    </message>
    <message>
        <source>This token has expired. Expired tokens can only be deleted.</source>
        <translation>このトークンは期限切れです。期限切れのトークンは削除しかできません。</translation>
    </message>
    <message>
        <source>Active: click the switch or press Space to deactivate</source>
        <translation>有効：無効化するにはスイッチをクリックするか Space キーを押します</translation>
    </message>
    <message>
        <source>Inactive: click the switch or press Space to activate</source>
        <translation>無効：有効化するにはスイッチをクリックするか Space キーを押します</translation>
    </message>
    <message>
        <source>Generated by Docker Desktop when you signed in</source>
        <translation>Docker Desktop へのログイン時に自動生成されました</translation>
    </message>
    <message>
        <source>Generated by hand</source>
        <translation>手動で生成</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>期限切れ：%1</translation>
    </message>
    <message>
        <source>Expires soon: %1</source>
        <translation>まもなく期限切れ：%1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>有効期限：%1</translation>
    </message>
    <message>
        <source>Actions for “%1”</source>
        <translation>「%1」の操作</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>生成方法</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用日時</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>This token never expires. A token with an expiry date does less harm if it leaks: consider generating one that expires to replace it, then deleting this one.</source>
        <translation>このトークンには有効期限がありません。有効期限のあるトークンは、漏えいしたときの被害が小さくて済みます。有効期限のあるトークンを生成して置き換え、このトークンを削除することを検討してください。</translation>
    </message>
    <message>
        <source>Status of “%1”: %2</source>
        <extracomment>The accessible name of a row&apos;s status switch: the token&apos;s description, then its state</extracomment>
        <translation>「%1」のステータス：%2</translation>
    </message>
    <message>
        <source>Used by this computer&apos;s Docker CLI</source>
        <translation>このコンピューターの Docker CLI が使用中</translation>
    </message>
</context>
<context>
    <name>TokenToolbar</name>
    <message>
        <source>Delete selected (%1)</source>
        <translation>選択項目を削除 (%1)</translation>
    </message>
    <message>
        <source>Delete selected tokens</source>
        <translation>選択したトークンを削除</translation>
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
            <numerusform>有効 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>無効 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>期限切れ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%n 個中 %1 個を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate new token</source>
        <translation>新しいトークンを生成</translation>
    </message>
    <message>
        <source>Generate new token (%1)</source>
        <translation>新しいトークンを生成 (%1)</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>トークンを検索</translation>
    </message>
    <message>
        <source>Search by description, scope or UUID (%1)</source>
        <translation>説明、スコープ、UUID で検索 (%1)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスフィルター</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>生成方法フィルター</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての生成方法</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>更新 (F5)</translation>
    </message>
    <message>
        <source>Token counts</source>
        <translation>トークン数</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
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
            <numerusform>自動生成 %1 個（上限 %n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Docker Desktop creates a token of its own when you sign in to it, and removes them itself: an account has at most %n auto-generated tokens, and Docker deletes the oldest to make room.</source>
        <translation>
            <numerusform>Docker Desktop は、ログインするたびに専用のトークンを作成し、不要になったものは自ら削除します。1 つのアカウントが持てる自動生成トークンは最大 %n 個で、上限に達すると Docker が最も古いものを削除します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>検索をクリア</translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Show them</source>
        <translation>該当するトークンを表示</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n token(s) of the reminder</source>
        <translation>
            <numerusform>リマインダーの対象トークン %n 個を表示しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the tokens that expire soon or have just expired are listed.</source>
        <translation>まもなく有効期限が切れるトークンと、有効期限が切れたばかりのトークンのみを表示しています。</translation>
    </message>
    <message>
        <source>Show all tokens</source>
        <translation>すべてのトークンを表示</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your Docker Hub personal access tokens.</source>
        <translation>Docker Hub の個人用アクセストークンを管理します。</translation>
    </message>
    <message>
        <source>Use the Hub API at &lt;url&gt; (default %1).</source>
        <translation>&lt;url&gt; の Hub API を使用します（既定値：%1）。</translation>
    </message>
    <message>
        <source>Start a local demo server with sample tokens and sign in as demo.</source>
        <translation>サンプルトークンを含むローカルのデモサーバーを起動し、demo としてサインインします。</translation>
    </message>
    <message>
        <source>Show the app in language &lt;code&gt; (ja, zh_CN, …).</source>
        <translation>アプリを &lt;code&gt; の言語で表示します（ja, zh_CN, …）。</translation>
    </message>
    <message>
        <source>--server and --demo cannot be used together.</source>
        <translation>--server と --demo は同時に使用できません。</translation>
    </message>
    <message>
        <source>cannot use the server %1: %2</source>
        <translation>サーバー %1 を使用できません：%2</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
    <message>
        <source>unknown language %1; use one of: %2</source>
        <translation>不明な言語 %1 です。次のいずれかを使用してください：%2</translation>
    </message>
    <message>
        <source>Check for tokens that expire soon, quietly, and show a reminder if any; the window opens only when the reminder is clicked (the login autostart entry runs this).</source>
        <translation>有効期限が近いトークンをバックグラウンドで確認し、該当するものがあればリマインダーを表示します。ウィンドウはリマインダーをクリックしたときにだけ開きます（ログイン時の自動起動エントリがこれを実行します）。</translation>
    </message>
    <message>
        <source>--check-reminders and --demo cannot be used together.</source>
        <translation>--check-reminders と --demo は同時に使用できません。</translation>
    </message>
</context>
</TS>
