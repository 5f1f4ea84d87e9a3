// TokenModelBinding: a TokenTableModel bound to a TokenCore follows every change of the core (list, pages of a first
// list, create, activation with its pending state, delete, clear) with no window in between, and passes
// QAbstractItemModelTester throughout.

#include "models/TokenTableModel.h"
#include "tests/app/tokens/TokensTestSupport.h"
#include "ui/TokenModelBinding.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TokensTest;

class TestTokenModelBinding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void unboundModelStaysEmpty();
    void followsTheCoreWithoutAWindow();
    void bindsInStepToACoreThatHasTokens();
    void firstListPagesShowAsTheyCome();
    void modelGoneFirstIsHarmless();

private:
    // The model holds exactly the core's tokens, each as the core has it, pending where the core says so.
    bool inStep(QString *why) const;
    void bind();

    std::unique_ptr<Fixture> f;
    std::unique_ptr<TokenTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

void TestTokenModelBinding::init()
{
    f = std::make_unique<Fixture>();
    QVERIFY2(f->start(), qPrintable(f->error));
    model = std::make_unique<TokenTableModel>();
    tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTokenModelBinding::cleanup()
{
    tester.reset();
    model.reset();
    f.reset();
}

void TestTokenModelBinding::bind()
{
    new TokenModelBinding(f->core, model.get());
}

bool TestTokenModelBinding::inStep(QString *why) const
{
    const QList<AccessToken> &tokens = f->core->tokens();
    if (model->rowCount() != tokens.size()) {
        *why = QStringLiteral("%1 rows, the core has %2").arg(model->rowCount()).arg(tokens.size());
        return false;
    }
    for (const AccessToken &t : tokens) {
        const std::optional<AccessToken> row = model->token(t.uuid);
        if (!row || !(*row == t)) {
            *why = QStringLiteral("row of “%1” missing or not as the core has it").arg(t.label);
            return false;
        }
        if (model->isPending(t.uuid) != f->core->isPending(t.uuid)
            || model->data(model->index(model->rowOf(t.uuid), 0), TokenTableModel::PendingRole).toBool()
                != f->core->isPending(t.uuid)) {
            *why = QStringLiteral("pending of “%1” differs").arg(t.label);
            return false;
        }
    }
    return true;
}

#define QVERIFY_IN_STEP()                                                                                              \
    do {                                                                                                               \
        QString why;                                                                                                   \
        QVERIFY2(inStep(&why), qPrintable(why));                                                                       \
    } while (false)

void TestTokenModelBinding::unboundModelStaysEmpty()
{
    // The control: without a binding nothing reaches the model, so the other tests see the binding's work.
    f->seed(QStringLiteral("a"));
    QVERIFY2(f->refresh(), qPrintable(f->error));
    QCOMPARE(f->core->tokens().size(), 1);
    QCOMPARE(model->rowCount(), 0);
}

void TestTokenModelBinding::followsTheCoreWithoutAWindow()
{
    bind();
    const QString a = f->seed(QStringLiteral("a"));
    const QString b = f->seed(QStringLiteral("b"), false);
    f->seed(QStringLiteral("c"));
    QVERIFY2(f->refresh(), qPrintable(f->error));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY_IN_STEP();

    // A created token joins at once.
    TokenDraft draft;
    draft.label = QStringLiteral("laptop");
    const std::optional<CreateOutcome> out = awaitSignal<CreateOutcome>(f->core->create(draft), &CreateJob::finished);
    QVERIFY(out && out->ok());
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(model->token(out->created->token.uuid));
    QVERIFY_IN_STEP();

    // A switch: shown as asked and pending at once, settled when the server answers.
    f->emu->setLatency(100);
    QSignalSpy finished(f->core, &TokenCore::activationFinished);
    QVERIFY(f->core->toggleActive(a));
    QVERIFY(model->isPending(a));
    QCOMPARE(model->token(a)->active, false);
    QVERIFY_IN_STEP();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!model->isPending(a));
    QVERIFY_IN_STEP();

    // Deleted: the row goes.
    f->emu->setLatency(0);
    f->core->remove({b});
    QVERIFY(awaitSignal<BulkReport>(f->core, &TokenCore::bulkFinished));
    QVERIFY(!model->token(b));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY_IN_STEP();

    // Signed out: empty.
    f->core->clear();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY_IN_STEP();
}

void TestTokenModelBinding::bindsInStepToACoreThatHasTokens()
{
    f->seed(QStringLiteral("a"));
    f->seed(QStringLiteral("b"));
    QVERIFY2(f->refresh(), qPrintable(f->error));
    bind();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY_IN_STEP();
}

void TestTokenModelBinding::firstListPagesShowAsTheyCome()
{
    bind();
    f->emu->seedBulk(kUser, 250);
    f->client->setMaxConcurrentPages(1);
    QList<int> rows; // the model's rows at each of the core's tokensReset, after the binding heard it
    connect(f->core, &TokenCore::tokensReset, this, [&] { rows << model->rowCount(); });
    QVERIFY2(f->refresh(), qPrintable(f->error));
    QCOMPARE(rows, (QList<int>{100, 200, 250, 250}));
    QVERIFY_IN_STEP();
}

void TestTokenModelBinding::modelGoneFirstIsHarmless()
{
    bind();
    f->seed(QStringLiteral("a"));
    tester.reset();
    model.reset(); // and the binding with it
    QVERIFY2(f->refresh(), qPrintable(f->error));
    QCOMPARE(f->core->tokens().size(), 1);
}

QTEST_GUILESS_MAIN(TestTokenModelBinding)
#include "tst_tokenmodelbinding.moc"
