#include "sidebar/TranscriptionNotice.h"

#include <QTest>

using namespace attune;

// The sidebar's line while the customer is transcribed: shown only then, named for a screen
// reader, and saying the two things the agent must be able to tell a customer.
class TestTranscriptionNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownOnlyWhileTranscribing()
    {
        QWidget window;
        auto* notice = new TranscriptionNotice(&window);
        window.show();
        QVERIFY(!notice->isVisible());
        notice->setTranscribing(true);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("on this computer")));
        QVERIFY(notice->text().contains(QStringLiteral("not stored")));
        QCOMPARE(notice->accessibleName(), QStringLiteral("Transcription notice"));
        QCOMPARE(notice->accessibleDescription(), notice->text());
        notice->setTranscribing(false);
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestTranscriptionNotice)
#include "tst_transcriptionnotice.moc"
