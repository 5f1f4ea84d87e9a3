#include "CliLogin.h"

#include "CliOutput.h"
#include "CliTerminal.h"
#include "models/ErrorText.h"

#include <QCoreApplication>

CliLogin::CliLogin(HubClient *client, QObject *parent)
    : QObject(parent)
    , m_conversation(client, this)
{
    SignInConversation::Policy policy;
    policy.passwordTries = MaxPasswordTries;
    m_conversation.setPolicy(policy);
    connect(&m_conversation, &SignInConversation::finished, this, &CliLogin::finished);
}

CliLogin::~CliLogin() = default;

void CliLogin::start(const QString &username, QString password, bool askCode)
{
    m_conversation.start(username, std::move(password), askCode);
}

void CliLogin::ask(const QString &username, bool fixedUsername)
{
    m_conversation.ask(username, fixedUsername);
}

void CliLogin::askUsername(const QString &suggested, Answer answer)
{
    const QString prompt = suggested.isEmpty()
        ? QCoreApplication::translate("CliSignIn", "Username: ")
        : QCoreApplication::translate("CliSignIn", "Username [%1]: ").arg(suggested);
    const std::optional<QString> typed = CliTerminal::readLine(prompt);
    // Enter alone takes the offered name.
    answer(typed && typed->trimmed().isEmpty() ? std::optional<QString>(suggested) : typed);
}

void CliLogin::askPassword(const QString &username, Answer answer)
{
    answer(CliTerminal::readLine(QCoreApplication::translate("CliSignIn", "Password for %1: ").arg(username), false));
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

void CliLogin::tellError(const ApiError &error)
{
    CliOutput::message(ErrorText::line(error));
}
