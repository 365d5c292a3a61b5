#include "Softphone.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace attune::test;

namespace {

// What the customer says: customer-service sentences with cue words of the lexicon.
const QStringList kCustomerSentences = {
    QStringLiteral("This is the third time I have called about my bill and I am really "
                   "frustrated."),
    QStringLiteral("I have been waiting all day and this is completely unacceptable."),
    QStringLiteral("I want to cancel my account."),
};
// What the agent says: none of these words is in the customer's sentences, so any of them in
// the transcript means the agent's side leaked into it.
const QStringList kAgentSentences = {
    QStringLiteral("Good morning, the weather is sunny in the garden today."),
    QStringLiteral("Please remember to bring an umbrella to the picnic."),
    QStringLiteral("The museum opens at nine and the garden closes at sunset."),
};
const QStringList kAgentOnlyWords = {QStringLiteral("weather"), QStringLiteral("sunny"),
                                     QStringLiteral("garden"),  QStringLiteral("umbrella"),
                                     QStringLiteral("picnic"),  QStringLiteral("museum"),
                                     QStringLiteral("sunset")};

bool run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(QLatin1Char(' '))
                             << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

// Speech from Debian's flite voice kal16 at `rate`, sentence after sentence with a pause, then
// `trailingSeconds` of silence (baresip's aufile hangs up when its file ends).
bool synthesize(const QString& folder, const QString& name, const QStringList& sentences, int rate,
                double trailingSeconds, QString* path)
{
    QStringList parts;
    for (int i = 0; i < sentences.size(); ++i) {
        const QString raw = QStringLiteral("%1/%2-%3-raw.wav").arg(folder, name).arg(i);
        const QString padded = QStringLiteral("%1/%2-%3.wav").arg(folder, name).arg(i);
        if (!run(QStringLiteral("flite"),
                 {QStringLiteral("-voice"), QStringLiteral("kal16"), QStringLiteral("-t"),
                  sentences.at(i), QStringLiteral("-o"), raw}) ||
            !run(QStringLiteral("sox"),
                 {raw, QStringLiteral("-r"), QString::number(rate), padded, QStringLiteral("pad"),
                  QStringLiteral("0.5"), QStringLiteral("1.5")}))
            return false;
        parts << padded;
    }
    *path = QStringLiteral("%1/%2-%3.wav").arg(folder, name).arg(rate);
    return run(QStringLiteral("sox"),
               parts + QStringList{*path, QStringLiteral("pad"), QStringLiteral("0"),
                                   QString::number(trailingSeconds)});
}

// Every WAV file under `folder`, at any depth.
QStringList audioFilesUnder(const QString& folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral("*.wav"), QStringLiteral("*.WAV")},
                    QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

// Two real baresip processes call each other on 127.0.0.1, the caller playing a customer, the
// callee an agent whose baresip writes both sides' audio for Attune (sndfile). The real Attune
// follows the callee and transcribes the customer's side only, deleting the audio as it goes.
class TestTranscription : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;
    QTemporaryDir m_sounds; // the test's own recordings, outside Attune's folders
    Softphone m_caller;
    Softphone m_callee;
    QProcess m_app;

    QString toneFile() const { return m_sounds.path() + QStringLiteral("/tone-8k.wav"); }
    QString audioFolder() const
    {
        return m_home.runtimeDir() + QStringLiteral("/attune-call-audio");
    }
    QJsonObject status() const { return statusOf(m_home); }
    QJsonObject integration(const QJsonObject& status, const char* name) const
    {
        return status.value(QStringLiteral("integrations"))
            .toObject()
            .value(QLatin1String(name))
            .toObject();
    }
    QJsonObject transcription() const { return integration(status(), "transcription"); }
    QString callState() const { return status().value(QStringLiteral("state")).toString(); }

    // Both softphones (re)started with these sources and codec; the callee with sndfile
    // writing into Attune's folder unless `withSndfile` is false.
    bool startPhones(const QString& customerSource, const QString& agentSource,
                     const QString& codec, bool withSndfile = true)
    {
        m_caller.stop();
        m_callee.stop();
        const QStringList codecs = {QStringLiteral("g711.so"), QStringLiteral("g722.so")};
        SoftphoneOptions customer;
        customer.audioSource = customerSource;
        customer.codecModules = codecs;
        SoftphoneOptions agent;
        agent.audioSource = agentSource;
        agent.codecModules = codecs;
        if (withSndfile)
            agent.extraConfig =
                QStringLiteral("module sndfile.so\nsnd_path %1\n").arg(audioFolder());
        const QByteArray codecParam = ";audio_codecs=" + codec.toUtf8();
        m_caller.configure(
            m_home.path() + QStringLiteral("/baresip"), QStringLiteral("caller"),
            "\"Customer\" <sip:+15551234567@127.0.0.1:PORT;transport=udp>" + codecParam, customer);
        m_callee.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("callee"),
                           "<sip:agent@127.0.0.1:PORT;transport=udp>" + codecParam, agent);
        if (!m_caller.start() || !m_callee.start())
            return false;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 40000) {
            if (integration(status(), "baresip").value(QStringLiteral("state")).toString() ==
                QLatin1String("connected"))
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    // Dials the agent and answers as they would; true once the call is active.
    bool establishCall()
    {
        if (!m_caller.command(
                QStringLiteral(
                    R"({"command":"dial","params":"sip:agent@127.0.0.1:%1","token":"d"})")
                    .arg(m_callee.sipPort)
                    .toUtf8()))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000 && callState() != QLatin1String("ringing"))
            QTest::qWait(100);
        for (int attempt = 0; attempt < 5 && callState() != QLatin1String("active"); ++attempt) {
            if (!m_callee.console("/accept"))
                return false;
            waited.restart();
            while (waited.elapsed() < 5000 && callState() != QLatin1String("active"))
                QTest::qWait(100);
        }
        return callState() == QLatin1String("active");
    }

    void hangUp()
    {
        if (callState() == QLatin1String("active"))
            m_caller.command(R"({"command":"hangup","token":"h"})");
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000 && callState() == QLatin1String("active"))
            QTest::qWait(100);
    }

    static QStringList lineTexts(const QJsonObject& transcription, bool finalOnly)
    {
        QStringList texts;
        for (const QJsonValue& line : transcription.value(QStringLiteral("lines")).toArray()) {
            if (!finalOnly || line.toObject().value(QStringLiteral("final")).toBool())
                texts << line.toObject().value(QStringLiteral("text")).toString();
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"baresip", "flite", "sox"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (see .ci/install-deps)")
                                     .arg(QLatin1String(tool))));
        }
        QVERIFY(m_home.isValid());
        QVERIFY(m_sounds.isValid());
        QVERIFY(
            run(QStringLiteral("sox"),
                {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
                 QStringLiteral("-b"), QStringLiteral("16"), toneFile(), QStringLiteral("synth"),
                 QStringLiteral("30"), QStringLiteral("sine"), QStringLiteral("440")}));
        m_caller.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("caller"),
                           "<sip:customer@127.0.0.1:PORT>");
        m_callee.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("callee"),
                           "<sip:agent@127.0.0.1:PORT>");
        QVERIFY(m_caller.sipPort && m_callee.sipPort && m_callee.ctrlPort);
        QDir().mkpath(m_home.configDir() + QStringLiteral("/Attune"));
        QFile conf(m_home.configDir() + QStringLiteral("/Attune/Attune.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[integration]\nbaresipEnabled=true\nbaresipHost=127.0.0.1\n"
                                  "baresipPort=%1\ntranscribeCalls=true\n[ui]\nlanguage=en\n")
                       .arg(m_callee.ctrlPort)
                       .toUtf8());
        conf.close();
        QVERIFY(startAttuneApp(m_app, m_home));
        // Ready, and nothing loaded yet: the recogniser waits for the first call.
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ready"), 20000);
        QCOMPARE(unixMode(audioFolder()), 0700);
        QVERIFY(!QFileInfo::exists(m_home.runtimeDir() + QStringLiteral("/attune-speech-model")));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "caller said:\n" << m_caller.output();
            qWarning().noquote() << "callee said:\n" << m_callee.output();
            qWarning().noquote() << "attune said:\n" << m_app.readAllStandardError();
        }
        hangUp();
    }

    void cleanupTestCase()
    {
        stopAttuneApp(m_app);
        m_caller.stop();
        m_callee.stop();
    }

    // The audio path without recognition: a tone reaches the follower at the codec's rate,
    // and baresip's files are gone while it still writes them.
    void aToneReachesTheFollowerAndNoFileStays()
    {
        const QString tone = toneFile();
        QVERIFY(startPhones(QStringLiteral("aufile,") + tone, QStringLiteral("aufile,") + tone,
                            QStringLiteral("PCMU")));
        QVERIFY(establishCall());
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("listening"), 20000);
        QCOMPARE(transcription().value(QStringLiteral("sampleRate")).toInt(), 8000);
        // Loaded for the first transcribed call: its model folder is made then.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(m_home.runtimeDir() +
                              QStringLiteral("/attune-speech-model/en-us-narrow/feat.params")),
            20000);
        const qint64 first = transcription().value(QStringLiteral("samples")).toInteger();
        QVERIFY(first > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            transcription().value(QStringLiteral("samples")).toInteger() >= first + 8000, 20000);
        // baresip still writes both sides; neither file is in the folder any more.
        QCOMPARE(callState(), QStringLiteral("active"));
        QCOMPARE(filesIn(audioFolder()), QStringList());
        hangUp();
        QCOMPARE(filesIn(audioFolder()), QStringList());
        QCOMPARE(audioFilesUnder(m_home.path()), QStringList());
    }

    void theCustomerIsTranscribed_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("rate");
        QTest::addColumn<QStringList>("cueWords");
        QTest::addColumn<int>("cueWordsNeeded");
        // G.711 carries 300-3400 Hz only: fewer words come through than over G.722 (measured:
        // the first sentence of a call is mostly lost while the recogniser's cepstral mean
        // settles). Two of the lexicon's cue phrases must come through; attune_bench measures
        // the recall over 32 sentences (asr_cue_recall_pcmu).
        QTest::newRow("PCMU") << QStringLiteral("PCMU") << 8000
                              << QStringList{QStringLiteral("frustrated"),
                                             QStringLiteral("unacceptable"),
                                             QStringLiteral("cancel"),
                                             QStringLiteral("been waiting"),
                                             QStringLiteral("all day")}
                              << 2;
        // baresip names G.722 by its SDP clock rate's real sample rate.
        QTest::newRow("G722") << QStringLiteral("G722/16000/1") << 16000
                              << QStringList{QStringLiteral("frustrated"),
                                             QStringLiteral("unacceptable"),
                                             QStringLiteral("cancel"),
                                             QStringLiteral("been waiting"),
                                             QStringLiteral("all day")}
                              << 5;
    }

    void theCustomerIsTranscribed()
    {
        QFETCH(QString, codec);
        QFETCH(int, rate);
        QFETCH(QStringList, cueWords);
        QFETCH(int, cueWordsNeeded);
        QString customer;
        QString agent;
        QVERIFY(synthesize(m_sounds.path(), QStringLiteral("customer"), kCustomerSentences, rate,
                           25, &customer));
        QVERIFY(synthesize(m_sounds.path(), QStringLiteral("agent"), kAgentSentences, rate, 60,
                           &agent));
        QVERIFY(startPhones(QStringLiteral("aufile,") + customer, QStringLiteral("aufile,") + agent,
                            codec));
        QVERIFY(establishCall());

        // Lines arrive while the call is live, until the cue words are all in or the call ends.
        bool finalLineWhileActive = false;
        QStringList finals;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 90000) {
            const QJsonObject now = status();
            const QJsonObject heard = integration(now, "transcription");
            finals = lineTexts(heard, true);
            const bool active =
                now.value(QStringLiteral("state")).toString() == QLatin1String("active");
            if (active && !finals.isEmpty())
                finalLineWhileActive = true;
            int found = 0;
            for (const QString& word : cueWords)
                found += finals.join(QLatin1Char(' ')).contains(word) ? 1 : 0;
            if (found == cueWords.size() || !active)
                break;
            QTest::qWait(250);
        }
        const QJsonObject heard = transcription();
        finals = lineTexts(heard, true);
        qInfo().noquote() << codec << "heard:" << finals.join(QStringLiteral(" | "));
        QVERIFY2(finalLineWhileActive, "no customer line arrived during the call");
        QCOMPARE(heard.value(QStringLiteral("sampleRate")).toInt(), rate);
        const QString all = lineTexts(heard, false).join(QLatin1Char(' '));
        int found = 0;
        for (const QString& word : cueWords)
            found += all.contains(word) ? 1 : 0;
        QVERIFY2(found >= cueWordsNeeded, qPrintable(all));
        for (const QString& word : kAgentOnlyWords) {
            QVERIFY2(!all.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word))),
                     qPrintable(QStringLiteral("the agent's \"%1\" leaked: %2").arg(word, all)));
        }
        for (const QJsonValue& line : heard.value(QStringLiteral("lines")).toArray()) {
            const double confidence =
                line.toObject().value(QStringLiteral("confidence")).toDouble();
            QVERIFY(confidence >= 0 && confidence <= 1);
        }
        // The cue reader heard them as it hears any transcript: frustration shows.
        QVERIFY(
            status().value(QStringLiteral("cues")).toObject().contains(QStringLiteral("callPeak")));
        hangUp();
        QCOMPARE(filesIn(audioFolder()), QStringList());
        QCOMPARE(audioFilesUnder(m_home.path()), QStringList());
    }

    // baresip without sndfile writes nothing: the agent is told why there is no transcript.
    void aCallWithoutAudioSaysWhy()
    {
        const QString tone = toneFile();
        QVERIFY(startPhones(QStringLiteral("aufile,") + tone, QStringLiteral("aufile,") + tone,
                            QStringLiteral("PCMU"), false));
        QVERIFY(establishCall());
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("noaudio"), 20000);
        const QString message = transcription().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("module sndfile.so")), qPrintable(message));
        QVERIFY2(message.contains(audioFolder()), qPrintable(message));
        hangUp();
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ready"), 10000);
    }

    // A call whose audio arrives as silence (muted, one-way audio): the file grows, the
    // follower is happy, but no line can come. The agent is told, and told again when sound
    // returns that all is well.
    void aSilentCallSaysSo()
    {
        const QString silence = m_sounds.path() + QStringLiteral("/silence-8k.wav");
        QVERIFY(run(QStringLiteral("sox"),
                    {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
                     QStringLiteral("-b"), QStringLiteral("16"), silence, QStringLiteral("trim"),
                     QStringLiteral("0"), QStringLiteral("60")}));
        QVERIFY(startPhones(QStringLiteral("aufile,") + silence,
                            QStringLiteral("aufile,") + toneFile(), QStringLiteral("PCMU")));
        QVERIFY(establishCall());
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("listening"), 20000);
        // The file keeps growing all along: this is not the "no audio" case.
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("noaudio"), 30000);
        const QJsonObject now = transcription();
        const QString message = now.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("silent for 15 seconds")), qPrintable(message));
        const qint64 samples = now.value(QStringLiteral("samples")).toInteger();
        QVERIFY(samples >= 15 * 8000);
        QCOMPARE(callState(), QStringLiteral("active"));
        QCOMPARE(lineTexts(now, false), QStringList());
        hangUp();
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ready"), 10000);
        QCOMPARE(audioFilesUnder(m_home.path()), QStringList());
    }

    // The customer's audio stops arriving mid-call (their softphone hangs: no RTP, no
    // goodbye): the file stops growing and the agent is told.
    void aStalledCallSaysSo()
    {
        const QString tone = toneFile();
        QVERIFY(startPhones(QStringLiteral("aufile,") + tone, QStringLiteral("aufile,") + tone,
                            QStringLiteral("PCMU")));
        QVERIFY(establishCall());
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("listening"), 20000);
        ::kill(pid_t(m_caller.process.processId()), SIGSTOP);
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("noaudio"), 20000);
        const QString message = transcription().value(QStringLiteral("message")).toString();
        ::kill(pid_t(m_caller.process.processId()), SIGCONT);
        QVERIFY2(message.contains(QStringLiteral("stopped writing the customer's audio")),
                 qPrintable(message));
        // Sound again: back to listening, the message gone.
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("listening"), 20000);
        QVERIFY(!transcription().contains(QStringLiteral("message")));
        hangUp();
        QCOMPARE(audioFilesUnder(m_home.path()), QStringList());
    }

    // baresip restarting mid-call ends the call and its audio; the agent is told, and nothing
    // of the call's audio stays.
    void aBaresipRestartMidCallSaysSo()
    {
        const QString tone = toneFile();
        QVERIFY(startPhones(QStringLiteral("aufile,") + tone, QStringLiteral("aufile,") + tone,
                            QStringLiteral("PCMU")));
        QVERIFY(establishCall());
        QTRY_COMPARE_WITH_TIMEOUT(transcription().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("listening"), 20000);
        m_callee.process.kill(); // as a crash would: no goodbye on ctrl_tcp
        m_callee.process.waitForFinished(10000);
        QTRY_COMPARE_WITH_TIMEOUT(callState(), QStringLiteral("wrap-up"), 20000);
        const QString message = transcription().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("baresip went away")), qPrintable(message));
        QCOMPARE(transcription().value(QStringLiteral("state")).toString(),
                 QStringLiteral("ready"));
        QCOMPARE(filesIn(audioFolder()), QStringList());
        QCOMPARE(audioFilesUnder(m_home.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTranscription)
#include "tst_transcription.moc"
