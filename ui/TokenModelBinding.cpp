#include "TokenModelBinding.h"

#include "app/tokens/TokenCore.h"
#include "models/TokenTableModel.h"

TokenModelBinding::TokenModelBinding(TokenCore *core, TokenTableModel *model)
    : QObject(model)
    , m_core(core)
{
    Q_ASSERT(core && model);
    // The binding (the model's child) or the model receives: a change that arrives after the model is gone goes nowhere.
    connect(core, &TokenCore::tokensReset, this, &TokenModelBinding::resync);
    connect(core, &TokenCore::tokenChanged, model, &TokenTableModel::upsertToken);
    connect(core, &TokenCore::tokenRemoved, model, &TokenTableModel::removeToken);
    connect(core, &TokenCore::pendingChanged, model, &TokenTableModel::setPending);
    if (!core->tokens().isEmpty() || model->rowCount() > 0)
        resync();
}

TokenCore *TokenModelBinding::core() const
{
    return m_core;
}

TokenTableModel *TokenModelBinding::model() const
{
    return static_cast<TokenTableModel *>(parent());
}

void TokenModelBinding::resync()
{
    if (!m_core)
        return;
    TokenTableModel *m = model();
    m->setTokens(m_core->tokens());
    // setPending returns at once for a token whose state is already so (most of them): no search for its row.
    for (const AccessToken &t : m_core->tokens())
        m->setPending(t.uuid, m_core->isPending(t.uuid));
}
