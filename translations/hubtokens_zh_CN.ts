<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>ActionsDelegate</name>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is too large.</source>
        <translation>服务器的响应过大。</translation>
    </message>
    <message>
        <source>The server redirected the request to another site (%1); it was not followed.</source>
        <translation>服务器将请求重定向到了其他站点（%1），未跟随该重定向。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未能及时响应。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>找不到服务器 %1。</translation>
    </message>
    <message>
        <source>%1 closed the connection unexpectedly.</source>
        <translation>%1 意外关闭了连接。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>%1 sent something that is not a valid HTTP reply.</source>
        <translation>%1 发送的内容不是有效的 HTTP 响应。</translation>
    </message>
    <message>
        <source>%1 took too long to answer.</source>
        <translation>%1 响应时间过长。</translation>
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
        <translation>此操作不可撤销：删除的令牌无法恢复。任何使用它的地方（例如脚本、CI 流水线或使用它登录的 Docker CLI）都将停止工作。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及其他 %n 个</numerusform>
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
        <translation>此操作不可撤销：删除的令牌无法恢复。任何使用它们的地方（例如脚本、CI 流水线或使用它们登录的 Docker CLI）都将停止工作。</translation>
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
    <name>DeleteTokenRequest</name>
    <message>
        <source>No token was given.</source>
        <translation>未指定令牌。</translation>
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
        <translation>已使用 %1 个字符，共 %2 个</translation>
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
        <translation>无法启动演示服务器（%1）：%2</translation>
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
        <translation>请等待几分钟后重试。</translation>
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
        <translation>请检查表单</translation>
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
        <translation>出现问题</translation>
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
        <translation>该服务器地址对本机以外的计算机使用 http://，这会以未加密方式发送您的密码。请使用 https:// 地址。</translation>
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
        <translation>您使用了个人访问令牌登录。Docker Hub 仅允许在使用密码（以及双重身份验证码，如已启用）登录后管理访问令牌。</translation>
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
        <translation>Docker Hub 拒绝了您帐户的此请求。</translation>
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
        <translation>服务器返回了错误（%1）。请稍后重试。</translation>
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
        <translation>过期时刻</translation>
    </message>
    <message>
        <source>Expiry summary</source>
        <translation>过期摘要</translation>
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
        <translation>拒绝通过未加密的 http:// 向 %1 发送凭据。请使用 https://；http:// 仅可用于本机上的服务器（localhost）。</translation>
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
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Copied the UUID %1</source>
        <translation>已复制 UUID %1</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
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
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
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
    <message numerus="yes">
        <source>Deleted %n token(s)</source>
        <translation>
            <numerusform>已删除 %n 个令牌</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was created but its secret was lost</source>
        <translation>令牌已创建，但其密钥已丢失</translation>
    </message>
    <message>
        <source>%1 exists on Docker Hub, but its secret never reached this app, so nothing can use it. Delete it, or deactivate it.</source>
        <translation>%1 已在 Docker Hub 上创建，但其密钥没有传到本应用，因此无法使用。请删除或停用它。</translation>
    </message>
    <message>
        <source>%1 (local server)</source>
        <translation>%1（本地服务器）</translation>
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
        <translation>已登录为 %1</translation>
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
        <translation>非 Docker Hub：此处的令牌不是您的 Docker Hub 令牌。</translation>
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
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>Your session can&apos;t be remembered on this computer because no keychain is available.</source>
        <translation>由于没有可用的钥匙串，无法在此计算机上记住您的会话。</translation>
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
        <translation>请输入身份验证器应用中的 6 位验证码，以完成以 %1 身份登录。</translation>
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
        <translation>在会话过期或您退出登录之前，将您的会话（绝不包括密码）保存在此计算机的钥匙串中。</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
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
        <translation>使用方法：使用 Docker CLI 登录，并在提示输入密码时输入该令牌：</translation>
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
        <translation>已复制。剪贴板现在包含其他内容。</translation>
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
        <translation>确定不复制就关闭吗？</translation>
    </message>
    <message>
        <source>You haven&apos;t copied the access token. You won&apos;t be able to retrieve it again once you close this window.</source>
        <translation>您尚未复制访问令牌。关闭此窗口后，您将无法再次检索该令牌。</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>不复制并关闭</translation>
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
        <translation>自动生成（%1）</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Manual (%1)</source>
        <translation>手动（%1）</translation>
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
    <name>TokenRequest</name>
    <message>
        <source>No token was given.</source>
        <translation>未指定令牌。</translation>
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
        <translation>可拉取、推送和删除镜像及存储库。</translation>
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
        <translation>生成一个令牌，在使用 Docker CLI 登录时代替密码。您可以根据需要创建任意数量的令牌。</translation>
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
        <translation>登录时由 Docker Desktop 生成</translation>
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
        <source>This token never expires</source>
        <translation>此令牌永不过期</translation>
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
            <numerusform>显示 %1/%n 个</numerusform>
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
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>服务器返回了空响应。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at offset %2).</source>
        <translation>服务器的响应不是有效的 JSON（偏移量 %2：%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>服务器的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The token in the reply has no id.</source>
        <translation>响应中的令牌没有 ID。</translation>
    </message>
    <message>
        <source>The new token in the reply has no id.</source>
        <translation>响应中的新令牌没有 ID。</translation>
    </message>
    <message>
        <source>The server created the token but did not send its secret.</source>
        <translation>服务器已创建令牌，但未发送令牌值。</translation>
    </message>
    <message>
        <source>The token list in the reply lacks &quot;count&quot; or &quot;results&quot;.</source>
        <translation>响应中的令牌列表缺少 &quot;count&quot; 或 &quot;results&quot;。</translation>
    </message>
    <message>
        <source>A token in the list has no id.</source>
        <translation>列表中有令牌没有 ID。</translation>
    </message>
    <message>
        <source>The sign-in reply carries no token.</source>
        <translation>登录响应中不包含令牌。</translation>
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
        <translation>使用位于 &lt;url&gt; 的 Hub API（默认：%1）。</translation>
    </message>
    <message>
        <source>Start a local demo server with sample tokens and sign in as demo.</source>
        <translation>启动带有示例令牌的本地演示服务器，并以 demo 身份登录。</translation>
    </message>
    <message>
        <source>Show the app in language &lt;code&gt; (ja, zh_CN, …).</source>
        <translation>以语言 &lt;code&gt; 显示应用（ja, zh_CN, …）。</translation>
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
</context>
</TS>
