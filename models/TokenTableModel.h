#pragma once

#include "AccessToken.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QSet>

// Every personal access token of the signed-in account, one row each. Never holds a secret.
//
// DisplayRole gives the text the page shows; SortRole the raw value (QDateTime, bool, int) the proxy sorts on.
// It gives states, not colours: the delegate and Theme colour a cell from ExpiryStateRole and QuietRole.
// Updates merge by uuid (setTokens keeps rows that are still there, so selection and scroll position survive a
// refresh).
class TokenTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Scope, Status, Source, Created, LastUsed, Expires, Actions, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QString, int (scope rank, status order), bool, QDateTime
        TokenRole, // the AccessToken
        UuidRole, // QString
        StatusRole, // int(AccessToken::Status)
        PendingRole, // bool: an activation change is under way
        ExpiryStateRole, // int(ExpiryState)
        SearchTextRole, // QString: what the search box matches (description, scope, uuid)
        DockerLoginRole, // bool: the token this computer's Docker CLI uses (see setDockerToken)
        QuietRole, // bool: the cell says "Never" (Last used: never used; Expires: never expires), quieter than a date
    };

    enum class ExpiryState { Never, Later, Soon, Expired };
    static constexpr int ExpiringSoonDays = 7;

    explicit TokenTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Replace the contents with `tokens`, merging by uuid.
    void setTokens(const QList<AccessToken> &tokens);
    void clear();
    // Update the row with the same uuid, or insert the token as the first row.
    void upsertToken(const AccessToken &token);
    bool removeToken(const QString &uuid);

    int rowOf(const QString &uuid) const;
    AccessToken tokenAt(int row) const;
    std::optional<AccessToken> token(const QString &uuid) const;
    const QList<AccessToken> &tokens() const { return m_tokens; }

    // An activation change is under way for `uuid` (the switch shows "Updating…").
    void setPending(const QString &uuid, bool pending);
    bool isPending(const QString &uuid) const;

    int activeCount() const; // active and not expired
    int inactiveCount() const; // inactive and not expired
    int expiredCount() const;

    // The clock the relative times and statuses use. Invalid (the default): the real one.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    // Re-read the clock: "3 minutes ago" moves on, tokens expire.
    void refreshTimes();
    // The language or the default locale changed: every header and cell text is made anew (headerDataChanged,
    // dataChanged), so views show them in the new language. The window calls it on QEvent::LanguageChange.
    void retranslate();

    // Marks for the Expires column, set by the UI layer (this layer draws nothing): expiring soon, expired, and a
    // quiet one for tokens that never expire (its tooltip suggests an expiry).
    void setExpiryIcons(const QIcon &soon, const QIcon &expired, const QIcon &never = QIcon());

    // "Used by this computer's Docker CLI": the uuid of the token Docker's credential store holds (empty: none of
    // these). Its Description cell gets `dockerIcon` and says so in its tooltip and accessible text.
    void setDockerToken(const QString &uuid);
    QString dockerToken() const { return m_dockerUuid; }
    void setDockerIcon(const QIcon &icon);
    static QString dockerLoginText();

    static ExpiryState expiryState(const AccessToken &token, const QDateTime &now);
    static QString statusText(AccessToken::Status status);
    static QString sourceText(const AccessToken &token);

Q_SIGNALS:
    // Counts (active / inactive / expired / total) may have changed.
    void countsChanged();

private:
    QVariant displayData(const AccessToken &token, int column) const;
    QVariant sortData(const AccessToken &token, int column) const;
    QVariant toolTipData(const AccessToken &token, int column) const;
    void emitRowChanged(int row);
    int countWithStatus(AccessToken::Status status) const;

    QList<AccessToken> m_tokens;
    QSet<QString> m_pending;
    QDateTime m_fixedNow;
    QIcon m_soonIcon;
    QIcon m_expiredIcon;
    QIcon m_neverIcon;
    QIcon m_dockerIcon;
    QString m_dockerUuid;
};
