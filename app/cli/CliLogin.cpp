#include "CliLogin.h"

#include "CliOutput.h"
#include "CliTerminal.h"

CliLogin::CliLogin(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_conversation(client, this)
{
    connect(&m_conversation, &SignInConversation::finished, this, &CliLogin::finished);
}

CliLogin::~CliLogin() = default;

void CliLogin::start(const QString &username, QString password, bool askCode)
{
    m_conversation.start(username, std::move(password), askCode);
}

void CliLogin::askCode(const QString &username, Answer answer)
{
    answer(CliTerminal::readLine(tr("Two-factor code for %1: ").arg(username)));
}

void CliLogin::tell(Notice notice)
{
    switch (notice) {
    case Notice::WrongCode:
        CliOutput::message(tr("Wrong code. Check the code in your authenticator app and try again; codes change every "
                              "30 seconds."));
        break;
    }
}
