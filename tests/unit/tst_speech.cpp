#include "speech/CallAudioFollower.h"
#include "speech/CallTranscription.h"
#include "speech/Resampler.h"
#include "speech/SilenceWatch.h"
#include "speech/SpeechModel.h"
#include "speech/WavStream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <sys/stat.h>

using namespace attune;

namespace {

// A WAV header as libsndfile writes it while recording: the data length still 0.
QByteArray header(int rate, int channels)
{
    QByteArray h("RIFF\x08\0\0\0WAVEfmt \x10\0\0\0", 20);
    auto put16 = [&h](quint16 v) { h.append(char(v & 0xff)).append(char(v >> 8)); };
    auto put32 = [&](quint32 v) {
        put16(quint16(v & 0xffff));
        put16(quint16(v >> 16));
    };
    put16(1);
    put16(quint16(channels));
    put32(quint32(rate));
    put32(quint32(rate * channels * 2));
    put16(quint16(channels * 2));
    put16(16);
    h.append("data", 4);
    put32(0);
    return h;
}

QByteArray samples(const std::vector<int16_t>& values)
{
    QByteArray bytes;
    for (int16_t v : values) {
        const quint16 u = quint16(v);
        bytes.append(char(u & 0xff)).append(char(u >> 8));
    }
    return bytes;
}

std::vector<int16_t> sine(double hz, int rate, int count)
{
    std::vector<int16_t> out;
    for (int i = 0; i < count; ++i)
        out.push_back(int16_t(10000 * std::sin(2 * M_PI * hz * i / rate)));
    return out;
}

// The dominant frequency by counting upward zero crossings.
double frequencyOf(const std::vector<int16_t>& s, int rate)
{
    int crossings = 0;
    for (size_t i = 1; i < s.size(); ++i)
        crossings += (s[i - 1] < 0 && s[i] >= 0) ? 1 : 0;
    return double(crossings) * rate / double(s.size());
}

void append(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}

} // namespace

class TestSpeech : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wavHeaderInPiecesThenSamples()
    {
        WavStream wav;
        std::vector<int16_t> out;
        const QByteArray h = header(8000, 1);
        for (int i = 0; i < h.size(); ++i)
            QCOMPARE(wav.append(h.mid(i, 1), &out),
                     i + 1 < h.size() ? WavStream::Status::NeedHeader : WavStream::Status::Ready);
        QCOMPARE(wav.sampleRate(), 8000);
        // An odd byte waits for its partner.
        const QByteArray body = samples({100, -200, 300});
        QCOMPARE(wav.append(body.left(3), &out), WavStream::Status::Ready);
        QCOMPARE(out, (std::vector<int16_t>{100}));
        wav.append(body.mid(3), &out);
        QCOMPARE(out, (std::vector<int16_t>{100, -200, 300}));
    }

    void wavStereoIsAveraged()
    {
        WavStream wav;
        std::vector<int16_t> out;
        wav.append(header(16000, 2) + samples({100, 300, -100, -300}), &out);
        QCOMPARE(wav.channels(), 2);
        QCOMPARE(out, (std::vector<int16_t>{200, -200}));
    }

    void wavMisuseIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not RIFF") << QByteArray("ID3\x03 this is an mp3 file......", 30);
        QByteArray eightBit = header(8000, 1);
        eightBit[34] = 8;
        QTest::newRow("8-bit") << eightBit;
        QByteArray noRate = header(8000, 1);
        noRate[24] = noRate[25] = 0;
        QTest::newRow("rate 0") << noRate;
        // /dev/zero read as a WAV: zeros, never a header.
        QTest::newRow("zeros") << QByteArray(70000, '\0');
        // A header that never reaches its data chunk.
        QTest::newRow("no data chunk") << QByteArray("RIFF\0\0\0\0WAVE", 12) +
                                              QByteArray("JUNK\xf0\xff\0\0", 8) +
                                              QByteArray(70000, 'x');
    }

    void wavMisuseIsRefusedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        WavStream wav;
        std::vector<int16_t> out;
        QCOMPARE(wav.append(bytes, &out), WavStream::Status::Invalid);
        QVERIFY(!wav.error().isEmpty());
        QVERIFY(out.empty());
    }

    void resamplerKeepsThePitch_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("G.711 up") << 8000 << 16000;
        QTest::newRow("Opus down") << 48000 << 16000;
        QTest::newRow("CD down") << 44100 << 16000;
    }

    void resamplerKeepsThePitch()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        Resampler resampler(from, to);
        const std::vector<int16_t> in = sine(440, from, from); // one second
        std::vector<int16_t> out;
        // In odd-sized blocks: the output must not depend on how the input was cut.
        for (size_t at = 0; at < in.size(); at += 777)
            resampler.process(in.data() + at, std::min<size_t>(777, in.size() - at), &out);
        QVERIFY(std::abs(int(out.size()) - to) < 64);
        QVERIFY(std::abs(frequencyOf(out, to) - 440) < 5);
        int peak = 0;
        for (size_t i = out.size() / 4; i < out.size() * 3 / 4; ++i)
            peak = std::max(peak, std::abs(int(out[i])));
        QVERIFY2(peak > 9000 && peak < 11000, qPrintable(QString::number(peak)));
    }

    void resamplerRemovesWhatTheNewRateCannotCarry()
    {
        // 12 kHz at 48 kHz would fold to 4 kHz at 16 kHz; it must go, not alias.
        Resampler resampler(48000, 16000);
        const std::vector<int16_t> in = sine(12000, 48000, 48000);
        std::vector<int16_t> out;
        resampler.process(in.data(), in.size(), &out);
        int peak = 0;
        for (size_t i = 1000; i < out.size() - 1000; ++i)
            peak = std::max(peak, std::abs(int(out[i])));
        QVERIFY2(peak < 500, qPrintable(QString::number(peak)));
    }

    void followerReadsTheCustomerAndDeletesBothFiles()
    {
        QTemporaryDir root;
        const QString folder = root.path() + QStringLiteral("/audio");
        QString error;
        QVERIFY(CallAudioFollower::prepareFolder(folder, &error));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0700);
        const QString dec = folder + QStringLiteral("/dump-2026-12-06-03-12-44-dec.wav");
        const QString enc = folder + QStringLiteral("/dump-2026-12-06-03-12-44-enc.wav");
        // The customer's header is not written yet; the agent's file has audio.
        append(dec, QByteArray());
        append(enc, header(8000, 1) + samples({7, 7, 7}));
        CallAudioFollower follower(folder);
        std::vector<int16_t> out;
        QVERIFY(follower.poll(&out));
        QVERIFY(follower.isFollowing());
        QCOMPARE(follower.fileName(), QFileInfo(dec).fileName());
        QVERIFY(out.empty()); // never the agent's samples
        QVERIFY(!QFile::exists(dec));
        QVERIFY(!QFile::exists(enc));
    }

    void followerFollowsAGrowingDeletedFile()
    {
        QTemporaryDir root;
        const QString folder = root.path();
        const QString dec = folder + QStringLiteral("/dump-2026-12-06-03-12-44-dec.wav");
        QFile writer(dec);
        QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        writer.write(header(16000, 1).left(10));
        CallAudioFollower follower(folder);
        std::vector<int16_t> out;
        QVERIFY(follower.poll(&out));
        QVERIFY(!QFile::exists(dec)); // deleted, still open on both sides
        writer.write(header(16000, 1).mid(10) + samples({1, 2}));
        QVERIFY(follower.poll(&out));
        QCOMPARE(follower.sampleRate(), 16000);
        writer.write(samples({3}));
        QVERIFY(follower.poll(&out));
        QCOMPARE(out, (std::vector<int16_t>{1, 2, 3}));
        // A new stream (a re-INVITE) starts a new file: followed from then on.
        const QString next = folder + QStringLiteral("/dump-2026-12-06-03-13-00-dec.wav");
        append(next, header(8000, 1) + samples({9}));
        out.clear();
        QVERIFY(follower.poll(&out));
        QCOMPARE(follower.sampleRate(), 8000);
        QCOMPARE(out, (std::vector<int16_t>{9}));
        follower.close();
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());
    }

    // Something other than baresip's regular file under its name never blocks the recogniser's
    // thread nor feeds it endless zeros, and is deleted like the rest.
    void followerRefusesFifosAndLinks()
    {
        QTemporaryDir root;
        const QString folder = root.path();
        const QString fifo = folder + QStringLiteral("/dump-1-dec.wav");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        CallAudioFollower follower(folder);
        std::vector<int16_t> out;
        QVERIFY(follower.poll(&out)); // returns: a blocking open would hang here
        QVERIFY(!follower.isFollowing());
        QVERIFY(!QFile::exists(fifo));
        const QString link = folder + QStringLiteral("/dump-2-dec.wav");
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        QVERIFY(follower.poll(&out));
        QVERIFY(!follower.isFollowing());
        QVERIFY(out.empty());
        QVERIFY(!QFileInfo::exists(link) && !QFileInfo(link).isSymLink());
    }

    void followerReportsAFileItCannotRead()
    {
        QTemporaryDir root;
        append(root.path() + QStringLiteral("/dump-1-dec.wav"), QByteArray("OggS not a wav file"));
        CallAudioFollower follower(root.path());
        std::vector<int16_t> out;
        QVERIFY(!follower.poll(&out));
        QVERIFY2(follower.error().contains(QStringLiteral("RIFF")), qPrintable(follower.error()));
    }

    void startSweepsWhatACrashLeft()
    {
        QTemporaryDir root;
        const QString folder = root.path() + QStringLiteral("/audio");
        QVERIFY(QDir().mkpath(folder));
        append(folder + QStringLiteral("/dump-1-dec.wav"), header(8000, 1));
        append(folder + QStringLiteral("/dump-1-enc.wav"), header(8000, 1));
        QString error;
        QVERIFY(CallAudioFollower::prepareFolder(folder, &error));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());
        QCOMPARE(QFileInfo(folder).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void englishOnly()
    {
        QString why;
        QVERIFY(CallTranscription::languageSupported(QStringLiteral("en"), &why));
        QVERIFY(CallTranscription::languageSupported(QStringLiteral("en_GB"), &why));
        QVERIFY(!CallTranscription::languageSupported(QStringLiteral("de"), &why));
        QVERIFY(why.contains(QStringLiteral("English only")));
        QVERIFY(why.contains(QStringLiteral("Deutsch")));
    }

    // Digital silence and PCMU's quietest steps are silence; any sound restarts the count,
    // wherever in a block it comes.
    void silenceIsMeasuredInAudioTime()
    {
        SilenceWatch watch(8000);
        const std::vector<int16_t> zeros(8000, 0);
        watch.add(zeros.data(), zeros.size());
        QCOMPARE(watch.silentMs(), 1000);
        std::vector<int16_t> idle(4000);
        for (size_t i = 0; i < idle.size(); ++i)
            idle[i] = int16_t(i % 2 ? 16 : -8);
        watch.add(idle.data(), idle.size());
        QCOMPARE(watch.silentMs(), 1500);
        const std::vector<int16_t> voice = sine(300, 8000, 800);
        watch.add(voice.data(), voice.size());
        QVERIFY(watch.silentMs() < 5);
        // A sound early in a block: only the silence after it counts.
        std::vector<int16_t> click(8000, 0);
        click[4000] = 2000;
        watch.add(click.data(), click.size());
        QCOMPARE(watch.silentMs(), 499);
        watch.add(zeros.data(), zeros.size());
        QCOMPARE(watch.silentMs(), 1499);
    }

    // Telephone audio is decoded at the model's own rate with the model's own filter bank (a
    // telephone-band bank measured far worse), live CMN; a damaged feat.params is put right.
    void narrowBandUsesTheModelsOwnFilterBank()
    {
        QString why;
        if (!SpeechModel::isInstalled(&why))
            QFAIL(qPrintable(why));
        QTemporaryDir root;
        SpeechModelFiles files;
        QString error;
        QVERIFY2(SpeechModel::prepare(root.path(), AudioBand::Narrow, &files, &error),
                 qPrintable(error));
        QCOMPARE(files.sampleRate, 16000);
        QVERIFY(files.domainLanguageModel.isEmpty());
        QFile params(files.acousticModel + QStringLiteral("/feat.params"));
        QVERIFY(params.open(QIODevice::ReadOnly));
        const QByteArray narrow = params.readAll();
        params.close();
        QVERIFY(narrow.contains("-lowerf 130\n-upperf 6800\n"));
        QVERIFY(narrow.contains("-cmn live\n"));
        QVERIFY(params.open(QIODevice::WriteOnly | QIODevice::Truncate));
        params.write("-upperf 3800\n");
        params.close();
        QVERIFY(SpeechModel::prepare(root.path(), AudioBand::Narrow, &files, &error));
        QVERIFY(params.open(QIODevice::ReadOnly));
        QCOMPARE(params.readAll(), narrow);
    }
};

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
