#include "storage/Database.h"
#include "storage/PhraseStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The agent's favourites, learned weights and own phrases must survive a restart: each case
// writes through one Database and reads back through a fresh one on the same file.
class TestPhraseStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.path() + QStringLiteral("/attune.sqlite"); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void starsSurviveARestart()
    {
        {
            Database db(file());
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            PhraseStore store(db);
            QVERIFY(store.setStarred(QStringLiteral("ack-001"), true));
            QVERIFY(store.setStarred(QStringLiteral("val-002"), true));
            QVERIFY(store.setStarred(QStringLiteral("val-002"), false));
        }
        Database db(file());
        QString error;
        QVERIFY(db.open(&error));
        QCOMPARE(PhraseStore(db).starred(), QSet<QString>{QStringLiteral("ack-001")});
    }

    void learningIsReplacedAsAWholeAndClamped()
    {
        {
            Database db(file());
            QString error;
            QVERIFY(db.open(&error));
            PhraseStore store(db);
            PhraseLearning first;
            first.weights = {{QStringLiteral("a"), 0.4}, {QStringLiteral("b"), -0.2}};
            QVERIFY(store.saveLearning(first));
            PhraseLearning second;
            second.weights = {{QStringLiteral("a"), 0.5}, {QStringLiteral("c"), 3.0}};
            QVERIFY(store.saveLearning(second));
        }
        Database db(file());
        QString error;
        QVERIFY(db.open(&error));
        const PhraseLearning learned = PhraseStore(db).learning();
        QCOMPARE(learned.weights.size(), 2); // "b" went back to neutral
        QCOMPARE(learned.weight(QStringLiteral("a")), 0.5);
        QCOMPARE(learned.weight(QStringLiteral("c")), 1.0);
    }

    void personalPhrasesAreCheckedStoredAndRemoved()
    {
        Database db(file());
        QString error;
        QVERIFY(db.open(&error));
        PhraseStore store(db);
        Phrase phrase;
        phrase.text = QStringLiteral("  I hear you, {customer.preferred_name}. Let's fix it.  ");
        phrase.technique = Technique::Acknowledge;
        phrase.cues = bit(CueTag::Frustration);
        phrase.moments = bit(CallMoment::Discovery);
        QVERIFY2(store.addPersonalPhrase(&phrase, &error), qPrintable(error));
        QVERIFY(phrase.id.startsWith(QStringLiteral("personal:")));

        Phrase hole = phrase;
        hole.text = QStringLiteral("Hello {customer.nickname}");
        QVERIFY(!store.addPersonalPhrase(&hole, &error));
        QVERIFY2(error.contains(QStringLiteral("{customer.nickname}")), qPrintable(error));
        Phrase untagged = phrase;
        untagged.cues = 0;
        QVERIFY(!store.addPersonalPhrase(&untagged, &error));

        const QList<Phrase> stored = store.personalPhrases();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, phrase.id);
        QCOMPARE(stored.first().text,
                 QStringLiteral("I hear you, {customer.preferred_name}. Let's fix it."));
        QCOMPARE(stored.first().technique, Technique::Acknowledge);
        QCOMPARE(stored.first().cues, bit(CueTag::Frustration));
        QVERIFY(stored.first().placeholders & bit(Placeholder::PreferredName));

        QVERIFY(store.removePersonalPhrase(phrase.id));
        QVERIFY(store.personalPhrases().isEmpty());
    }

    // A personal phrase joins the library without shadowing a library phrase.
    void personalPhrasesJoinTheLibrary()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(QStringLiteral(":/phrases/en.json"), &error), qPrintable(error));
        Phrase mine;
        mine.id = QStringLiteral("personal:1");
        mine.text = QStringLiteral("Right, let's sort this out together.");
        mine.technique = Technique::Reassure;
        mine.cues = bit(CueTag::Frustration);
        mine.moments = bit(CallMoment::Discovery);
        Phrase clash = library.at(0);
        clash.text = QStringLiteral("shadow");
        const PhraseLibrary merged = library.withExtra({mine, clash});
        QCOMPARE(merged.size(), library.size() + 1);
        QVERIFY(merged.find(mine.id));
        QCOMPARE(merged.find(clash.id)->text, library.at(0).text);
        QVERIFY(merged.withCue(CueTag::Frustration).contains(qint32(merged.indexOf(mine.id))));
    }
};

QTEST_GUILESS_MAIN(TestPhraseStore)
#include "tst_phrasestore.moc"
