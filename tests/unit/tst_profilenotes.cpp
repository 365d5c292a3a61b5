#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "profile/ProfileService.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/StorageQueue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// A note the agent writes during a call, as the running app keeps it: checked at once, written on
// the storage thread (never the GUI thread), shown once it is read back, and never lost when the
// app quits right after.
class TestProfileNotes : public QObject
{
    Q_OBJECT

private:
    static inline const QString kCustomer = QStringLiteral("C-10482");
    QTemporaryDir m_dir;
    FakeClock m_clock{1000};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CustomerStore> m_store;
    std::unique_ptr<CallEvents> m_bus;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<StorageQueue> m_queue;
    std::unique_ptr<ProfileService> m_service;

    QStringList storedNotes() const
    {
        QStringList texts;
        for (const CustomerStore::Note& note : m_store->notes(kCustomer, 50))
            texts << note.text;
        return texts;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("p.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<CustomerStore>(*m_db);
        CustomerProfile elena;
        elena.customerId = kCustomer;
        elena.fullName = QStringLiteral("Elena Marsh");
        elena.phoneE164 = QStringLiteral("+442079460321");
        QVERIFY(m_store->upsert(elena, &error));
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_queue = std::make_unique<StorageQueue>(*m_db);
        m_queue->start();
        m_service = std::make_unique<ProfileService>(*m_store, QStringLiteral("GB"));
        m_service->setStorageQueue(m_queue.get());
        m_service->attach(*m_session);
        CallStartedEvent start;
        start.callId = QStringLiteral("c1");
        start.caller.phone = QStringLiteral("+44 20 7946 0321");
        m_bus->callStarted(start);
        QTRY_COMPARE(m_service->current().state, ProfileView::State::Known);
    }

    void cleanup()
    {
        m_service.reset();
        m_queue.reset();
        m_session.reset();
        m_bus.reset();
        m_store.reset();
        m_db.reset();
    }

    void aNoteIsWrittenOnTheStorageThreadAndShownOnceReadBack()
    {
        QSignalSpy shown(m_service.get(), &ProfileService::viewChanged);
        QString error;
        QVERIFY2(m_service->addNote(QStringLiteral("Prefers email follow-ups"), &error),
                 qPrintable(error));
        // Not shown before it is on disk: the view comes from the read after the write.
        QVERIFY(m_service->current().notes.isEmpty());
        QTRY_VERIFY(!m_service->current().notes.isEmpty());
        QCOMPARE(m_service->current().notes.first().text,
                 QStringLiteral("Prefers email follow-ups"));
        QVERIFY(shown.count() >= 1);
        QCOMPARE(storedNotes(), QStringList{QStringLiteral("Prefers email follow-ups")});
    }

    // The profile panel's line edits offer "Insert Unicode control character": a right-to-left
    // override typed into a new profile's name or a note was stored as typed, and the name then
    // read differently wherever it was shown. Typed text keeps the rule imports keep.
    void aTextDirectionOverrideTypedIsTakenOutAndRightToLeftTextKept()
    {
        QString error;
        QVERIFY2(m_service->addNote(QStringLiteral("called \u202Eback\u202C \u05D3\u200F"), &error),
                 qPrintable(error));
        QTRY_COMPARE(storedNotes(), QStringList{QStringLiteral("called back \u05D3\u200F")});

        m_bus->callEnded(QStringLiteral("c1"));
        CallStartedEvent unknown;
        unknown.callId = QStringLiteral("c2");
        unknown.caller.phone = QStringLiteral("+44 20 7946 0999");
        m_bus->callStarted(unknown);
        QTRY_COMPARE(m_service->current().state, ProfileView::State::Unknown);
        CustomerProfile typed;
        typed.fullName = QStringLiteral("\u202EanelE");
        typed.preferredName = QStringLiteral("\u2067\u05D3\u05D5\u05D3\u2069");
        QVERIFY2(m_service->createProfile(typed, &error), qPrintable(error));
        QTRY_COMPARE(m_service->current().state, ProfileView::State::Known);
        QCOMPARE(m_service->current().profile.fullName, QStringLiteral("anelE"));
        QCOMPARE(m_service->current().profile.preferredName, typed.preferredName);
    }

    void anEmptyNoteIsRefusedAtOnceAndNothingIsQueued()
    {
        const quint64 next = m_queue->nextSequence();
        QString error;
        QVERIFY(!m_service->addNote(QStringLiteral("   "), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_queue->nextSequence(), next);
    }

    void notesWrittenJustBeforeQuitAreNotLost()
    {
        QString error;
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_service->addNote(QStringLiteral("note %1").arg(i), &error));
        // The app quits at once: the service goes, the queue commits what it holds, then stops.
        m_service.reset();
        m_queue.reset();
        QCOMPARE(storedNotes().size(), 20);
        QVERIFY(storedNotes().contains(QStringLiteral("note 19")));
    }
};

QTEST_GUILESS_MAIN(TestProfileNotes)
#include "tst_profilenotes.moc"
