<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A tiny test-only catalog for tst_language: its words are deliberately not the real translations, so the test
     shows that texts come from whichever catalog is installed. Compiled by lrelease at build time. -->
<TS version="2.1" language="ja_JP">
<context>
    <name>MainWindow</name>
    <message>
        <source>Hub Tokens</source>
        <translation>[試験] Hub Tokens</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Personal access tokens</source>
        <translation>[試験] 個人用アクセストークン</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>[試験] サインアウト</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>[試験] システムの既定</translation>
    </message>
</context>
<context>
    <name>TokenToolbar</name>
    <message>
        <source>Generate new token</source>
        <translation>[試験] 新しいトークンを生成</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <comment>tokens</comment>
        <translation>
            <numerusform>[試験] 有効 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Description</source>
        <translation>[試験] 説明</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>[試験] 有効期限</translation>
    </message>
</context>
<context>
    <name>GenerateTokenDialog</name>
    <message>
        <source>Generate new token</source>
        <translation>[試験] トークンの生成</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>[試験] 生成</translation>
    </message>
</context>
<context>
    <name>TokenDetailsDialog</name>
    <message>
        <source>Access token details</source>
        <translation>[試験] トークンの詳細</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Docker Hub had a problem</source>
        <translation>[試験] Docker Hub で問題が発生しました</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>[試験] %n 日前</numerusform>
        </translation>
    </message>
</context>
</TS>
