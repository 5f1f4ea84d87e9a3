#pragma once

#include <QObject>
#include <QPointer>

class TokenCore;
class TokenTableModel;

// Keeps a TokenTableModel in step with a TokenCore: the core's list (tokensReset), each change (tokenChanged,
// tokenRemoved) and what is under way (pendingChanged) show in the model as they happen, with no window in between
// (qBittorrent's transfer list model, which subscribes to its session, is the pattern). A window, a test or any other
// front end makes one and does no wiring of its own.
//
// Why here, in ui/: the binding must know both the core (app/) and the item model (models/), and floors only look
// down, so models/ cannot name TokenCore. app/ would be the lowest floor that sees both, and the binding itself uses
// only QtCore; but the item models' library still needs QtGui (the model hands out the UI's icons, QIcon, and a
// QFont), and hubtokens_core, which hubtokens-cli links, must not bring QtGui in. So the binding sits with the one
// front end that has an item model; a test of it needs no window (tst_tokenmodelbinding).
//
// Why the model still holds rows of its own: an item model must report the old rows until it says it is about to
// change (beginInsertRows, beginRemoveRows), and the core tells about a change after making it; the model also keeps
// its own row order (a new token is its first row, the core appends it). So the model cannot read the core's list in
// place; it mirrors it, merging by uuid (AccessToken's strings are implicitly shared, so the mirror is shallow).
class TokenModelBinding : public QObject {
    Q_OBJECT
public:
    // Binds `model` to `core` and brings the model in step at once. The binding is the model's child: it lasts as long
    // as the model, and stops when the core goes.
    TokenModelBinding(TokenCore *core, TokenTableModel *model);

    TokenCore *core() const;
    TokenTableModel *model() const;

private:
    // The whole list again (merged by uuid, so rows that stay keep their selection), and what is pending in it.
    void resync();

    QPointer<TokenCore> m_core;
};
