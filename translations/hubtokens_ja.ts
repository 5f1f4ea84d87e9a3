<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</context>
<context>
    <name>ActionsDelegate</name>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is too large.</source>
        <translation>サーバーの応答が大きすぎます。</translation>
    </message>
    <message>
        <source>The server redirected the request to another site (%1); it was not followed.</source>
        <translation>サーバーがリクエストを別のサイト（%1）にリダイレクトしましたが、このリダイレクトには従いませんでした。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 が接続を拒否しました。</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>サーバー %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 が予期せず接続を切断しました。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>%1 への安全な接続を確立できませんでした：%2</translation>
    </message>
    <message>
        <source>%1 sent something that is not a valid HTTP reply.</source>
        <translation>%1 から有効な HTTP 応答ではないデータが送信されました。</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 の応答に時間がかかりすぎています。</translation>
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
        <translation>この操作は取り消せません。削除したトークンは復元できません。スクリプト、CI パイプライン、このトークンでサインインした Docker CLI など、このトークンを使用しているものはすべて動作しなくなります。</translation>
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
        <translation>この操作は取り消せません。削除したトークンは復元できません。スクリプト、CI パイプライン、これらのトークンでサインインした Docker CLI など、これらのトークンを使用しているものはすべて動作しなくなります。</translation>
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
    <name>DeleteTokenRequest</name>
    <message>
        <source>No token was given.</source>
        <translation>トークンが指定されていません。</translation>
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
    <name>EditTokenDialog</name>
    <message>
        <source>Edit access token</source>
        <translation>アクセストークンを編集</translation>
    </message>
    <message>
        <source>This token expired on %1. Expired tokens can&apos;t be changed; they can only be deleted.</source>
        <translation>このトークンは %1 に期限切れになりました。期限切れのトークンは変更できず、削除のみ可能です。</translation>
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
        <translation>今すぐ再試行できます。</translation>
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
        <translation>サーバーアドレスがこのコンピューター以外のコンピューターに http:// を使用しているため、パスワードが暗号化されずに送信されます。https:// のアドレスを使用してください。</translation>
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
        <translation>Docker Hub はお使いのアカウントからのこのリクエストを拒否しました。</translation>
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
</context>
<context>
    <name>GenerateTokenDialog</name>
    <message>
        <source>Generate new token</source>
        <translation>新しいトークンを生成</translation>
    </message>
    <message>
        <source>A personal access token can be used instead of your password when you sign in with the Docker CLI.</source>
        <translation>Docker CLI でサインインするときに、パスワードの代わりに個人用アクセストークンを使用できます。</translation>
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
        <translation>将来の日時を選択してください。</translation>
    </message>
    <message>
        <source>Choose a date at most one year ahead.</source>
        <translation>1 年以内の日付を選択してください。</translation>
    </message>
    <message>
        <source>The token will expire on %1.</source>
        <translation>このトークンは %1 に期限切れになります。</translation>
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
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>Enter a server address such as https://hub.docker.com.</source>
        <translation>https://hub.docker.com のようなサーバーアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (not &quot;%1&quot;).</source>
        <translation>サーバーアドレスは「%1」ではなく https:// で始まる必要があります。</translation>
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
        <source>Deactivate</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Copied the UUID %1</source>
        <translation>UUID %1 をコピーしました</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
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
    <message>
        <source>%1 (demo)</source>
        <translation>%1（デモ）</translation>
    </message>
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
    <message numerus="yes">
        <source>Deleted %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを削除しました</numerusform>
        </translation>
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
        <source>%1 (local server)</source>
        <translation>%1（ローカルサーバー）</translation>
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
        <translation>未サインイン</translation>
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
        <translation>Docker Hub ではありません：ここに表示されるトークンは、お使いの Docker Hub のトークンではありません。</translation>
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
        <translation>期限切れのトークンは削除のみ可能です。</translation>
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
        <translation>このトークンは期限切れです。期限切れのトークンは削除のみ可能です。代わりに新しいトークンを生成してください。</translation>
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
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Your session can&apos;t be remembered on this computer because no keychain is available.</source>
        <translation>キーチェーンを利用できないため、このコンピューターにセッションを記憶できません。</translation>
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
</context>
<context>
    <name>StatusSwitchDelegate</name>
    <message>
        <source>Updating…</source>
        <translation>更新中…</translation>
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
        <translation>使用するには、Docker CLI でサインインし、パスワードの入力を求められたらトークンを入力してください：</translation>
    </message>
    <message>
        <source>Sign-in command</source>
        <translation>サインインコマンド</translation>
    </message>
    <message>
        <source>Or pass it on standard input, for example in a script:</source>
        <translation>または、スクリプトなどで標準入力から渡します：</translation>
    </message>
    <message>
        <source>Sign-in command for scripts</source>
        <translation>スクリプト用のサインインコマンド</translation>
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
        <source>Manual (%1)</source>
        <translation>手動（%1）</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>生成元：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>生成元</translation>
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
    <name>TokenRequest</name>
    <message>
        <source>No token was given.</source>
        <translation>トークンが指定されていません。</translation>
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
        <translation>パブリックリポジトリの読み取り専用</translation>
    </message>
    <message>
        <source>Repo Read-only</source>
        <translation>リポジトリの読み取り専用</translation>
    </message>
    <message>
        <source>Repo Read &amp; Write</source>
        <translation>リポジトリの読み取り・書き込み</translation>
    </message>
    <message>
        <source>Repo Read, Write, Delete</source>
        <translation>リポジトリの読み取り・書き込み・削除</translation>
    </message>
    <message>
        <source>Pull public images only. The safest choice.</source>
        <translation>パブリックイメージのプルのみ可能です。最も安全な選択です。</translation>
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
        <translation>イメージとリポジトリのプル、プッシュ、削除が可能です。</translation>
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
        <translation>Docker CLI でサインインするときにパスワードの代わりに使用するトークンを生成してください。トークンは必要な数だけ作成できます。</translation>
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
        <translation>別のキーワードで検索するか、すべてのステータスと生成元のトークンを表示してください。</translation>
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
        <translation>このトークンは期限切れです。期限切れのトークンは削除のみ可能です。</translation>
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
        <translation>サインイン時に Docker Desktop によって生成されました</translation>
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
        <source>This token never expires</source>
        <translation>このトークンに有効期限はありません</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>%1 に期限切れ</translation>
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
        <translation>生成元</translation>
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
            <numerusform>%1/%n 個を表示</numerusform>
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
        <translation>全ステータス</translation>
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
        <translation>生成元フィルター</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての生成元</translation>
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
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>サーバーから空の応答が返されました。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at offset %2).</source>
        <translation>サーバーの応答は有効な JSON ではありません（オフセット %2：%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>サーバーの応答は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The token in the reply has no id.</source>
        <translation>応答内のトークンに ID がありません。</translation>
    </message>
    <message>
        <source>The new token in the reply has no id.</source>
        <translation>応答内の新しいトークンに ID がありません。</translation>
    </message>
    <message>
        <source>The server created the token but did not send its secret.</source>
        <translation>サーバーはトークンを作成しましたが、トークンの値を送信しませんでした。</translation>
    </message>
    <message>
        <source>The token list in the reply lacks &quot;count&quot; or &quot;results&quot;.</source>
        <translation>応答内のトークン一覧に &quot;count&quot; または &quot;results&quot; がありません。</translation>
    </message>
    <message>
        <source>A token in the list has no id.</source>
        <translation>一覧内のトークンに ID がありません。</translation>
    </message>
    <message>
        <source>The sign-in reply carries no token.</source>
        <translation>サインインの応答にトークンが含まれていません。</translation>
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
        <translation>&lt;url&gt; の Hub API を使用します（デフォルト：%1）。</translation>
    </message>
    <message>
        <source>Start a local demo server with sample tokens and sign in as demo.</source>
        <translation>サンプルトークンを含むローカルのデモサーバーを起動し、demo としてサインインします。</translation>
    </message>
    <message>
        <source>Show the app in language &lt;code&gt; (ja, zh_CN, …).</source>
        <translation>アプリを言語 &lt;code&gt; で表示します（ja, zh_CN, …）。</translation>
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
</context>
</TS>
