#include "CallTranscription.h"

#include "CallAudioFollower.h"
#include "Resampler.h"
#include "SilenceWatch.h"
#include "SpeechModel.h"
#include "Transcriber.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Logging.h"
#include "core/ThreadHop.h"
#include "settings/Settings.h"

#include <QJsonArray>
#include <QLocale>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <functional>

namespace attune {

namespace {

// The audio file is read ten times a second: an utterance's end is noticed within 0.1 s of
// baresip writing it.
constexpr int kPollMs = 100;
// baresip opens its files as the call's audio starts; a call still without audio after this
// long has none coming (sndfile not loaded, snd_path elsewhere).
constexpr qint64 kNoAudioAfterMs = 5000;
// A customer may say nothing for a while; fifteen seconds of audio without any sound is a call
// whose audio does not reach us (muted, one-way audio), and the agent should know why no line
// comes.
constexpr qint64 kSilentAfterMs = 15000;

} // namespace

// Lives on the transcription thread: follows the call's audio, feeds the recogniser, publishes
// what it hears. Reports its state to the service through `report`, which hops threads.
class TranscriptionWorker : public QObject
{
public:
    struct Report
    {
        CallTranscription::State state;
        QString message;
        int sampleRate = 0;
        qint64 samples = 0;
    };

    TranscriptionWorker(CallEvents& bus, QString audioFolder, QString modelFolder,
                        std::function<void(const Report&)> report)
        : m_bus(bus)
        , m_audioFolder(std::move(audioFolder))
        , m_modelFolder(std::move(modelFolder))
        , m_report(std::move(report))
    {}

    // Runs on the worker thread (the timer must be created there).
    void startCall(const QString& callId, bool transcribe)
    {
        // The previous call's follower goes without a sweep: baresip has already written the
        // new call's files, and the new follower opens them first.
        finishCall(false);
        m_follower.reset();
        if (!m_timer) {
            m_timer = new QTimer(this);
            QObject::connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
        }
        m_callId = callId;
        m_transcribe = transcribe;
        m_follower = std::make_unique<CallAudioFollower>(m_audioFolder);
        m_resampler.reset();
        m_silence.reset();
        m_silenceReported = false;
        m_noAudioReported = false;
        m_lastReported = -1;
        m_timer->start(kPollMs);
        if (m_transcribe)
            m_report({CallTranscription::State::Waiting, {}, 0, 0});
    }

    void endCall()
    {
        finishCall(true);
        if (m_follower)
            m_follower->close();
        m_follower.reset();
        CallAudioFollower::sweep(m_audioFolder);
    }

    // Publishes what the customer said last. `drain`: read what baresip wrote before the call
    // closed first (never when the next call's files may already be in the folder).
    void finishCall(bool drain)
    {
        if (m_timer)
            m_timer->stop();
        if (m_transcriber && m_transcribe && m_follower && !m_callId.isEmpty()) {
            if (drain)
                poll();
            m_transcriber->finish();
        }
        m_callId.clear();
    }

    // The setting went off: the recogniser's memory goes back.
    void unload()
    {
        endCall();
        m_transcriber.reset();
    }

private:
    void poll()
    {
        if (!m_follower)
            return;
        if (!m_transcribe) {
            // Transcription is off: baresip's files are deleted unopened.
            CallAudioFollower::sweep(m_audioFolder);
            return;
        }
        m_buffer.clear();
        if (!m_follower->poll(&m_buffer)) {
            m_report({CallTranscription::State::NoAudio, m_follower->error(), 0, 0});
            m_follower->close();
            m_timer->stop();
            return;
        }
        if (m_follower->msSinceLastSamples() > kNoAudioAfterMs) {
            if (!m_noAudioReported) {
                m_noAudioReported = true;
                QString message;
                if (!m_follower->isFollowing()) {
                    message = CallTranscription::tr("No audio from baresip for this call. Its "
                                                    "config needs \"module sndfile.so\" and "
                                                    "\"snd_path %1\".")
                                  .arg(m_audioFolder);
                    qCWarning(lcSpeech) << "no customer audio file from baresip";
                } else if (m_follower->framesRead() == 0) {
                    message = CallTranscription::tr(
                        "baresip opened the customer's audio for this call but writes nothing "
                        "into it: no audio arrives from the customer.");
                    qCWarning(lcSpeech) << "the customer's audio file stays empty";
                } else {
                    message = CallTranscription::tr(
                        "baresip stopped writing the customer's audio for this call.");
                    qCWarning(lcSpeech) << "the customer's audio stopped";
                }
                m_report({CallTranscription::State::NoAudio, message, m_follower->sampleRate(),
                          m_follower->framesRead()});
            }
        }
        if (m_buffer.empty())
            return;
        if (!ensureRecogniser(m_follower->sampleRate()))
            return;
        m_resampled.clear();
        m_resampler->process(m_buffer.data(), m_buffer.size(), &m_resampled);
        m_transcriber->feed(m_resampled.data(), m_resampled.size());
        if (!m_silence || m_silence->sampleRate() != m_follower->sampleRate())
            m_silence = std::make_unique<SilenceWatch>(m_follower->sampleRate());
        m_silence->add(m_buffer.data(), m_buffer.size());
        if (m_silence->silentMs() >= kSilentAfterMs) {
            if (!m_silenceReported) {
                m_silenceReported = true;
                qCWarning(lcSpeech) << "the customer's audio has been silent for"
                                    << m_silence->silentMs() / 1000 << "s";
                m_report({CallTranscription::State::NoAudio,
                          CallTranscription::tr(
                              "The customer's side of this call has been silent for %1 seconds: "
                              "baresip writes the call's audio, but no sound arrives (the "
                              "customer may be muted, or their audio does not reach this "
                              "computer).")
                              .arg(m_silence->silentMs() / 1000),
                          m_follower->sampleRate(), m_follower->framesRead()});
            }
            return;
        }
        // Reported once a second, not on every poll.
        if (m_noAudioReported || m_silenceReported ||
            m_follower->framesRead() / m_follower->sampleRate() != m_lastReported) {
            if (m_silenceReported)
                qCInfo(lcSpeech) << "sound arrives again from the customer's side";
            m_noAudioReported = false;
            m_silenceReported = false;
            m_lastReported = m_follower->framesRead() / m_follower->sampleRate();
            m_report({CallTranscription::State::Listening,
                      {},
                      m_follower->sampleRate(),
                      m_follower->framesRead()});
        }
    }

    bool ensureRecogniser(int sampleRate)
    {
        const AudioBand band = bandForSampleRate(sampleRate);
        if (m_transcriber && m_band == band) {
            if (!m_resampler || m_resampler->inputRate() != sampleRate)
                m_resampler = std::make_unique<Resampler>(sampleRate, m_transcriber->sampleRate());
            return true;
        }
        if (m_failed)
            return false;
        m_transcriber.reset();
        SpeechModelFiles files;
        QString error;
        if (SpeechModel::prepare(m_modelFolder, band, &files, &error))
            m_transcriber = Transcriber::create(files, &error);
        if (!m_transcriber) {
            m_failed = true;
            qCWarning(lcSpeech).noquote() << "the recogniser did not start:" << error;
            m_report({CallTranscription::State::Failed, error, sampleRate, 0});
            return false;
        }
        qCInfo(lcSpeech).noquote()
            << "recogniser loaded for" << bandName(band) << "band audio at" << sampleRate << "Hz";
        m_band = band;
        m_resampler = std::make_unique<Resampler>(sampleRate, m_transcriber->sampleRate());
        m_transcriber->setSink([this](const Transcriber::Result& result) {
            Utterance line;
            line.speaker = Utterance::Speaker::Customer;
            line.text = result.text;
            line.isFinal = result.isFinal;
            line.source = QStringLiteral("transcription");
            line.confidence = result.confidence;
            m_bus.utterance(m_callId, line);
        });
        return true;
    }

    CallEvents& m_bus;
    QString m_audioFolder;
    QString m_modelFolder;
    std::function<void(const Report&)> m_report;
    QTimer* m_timer = nullptr;
    QString m_callId;
    bool m_transcribe = false;
    bool m_noAudioReported = false;
    bool m_silenceReported = false;
    bool m_failed = false;
    qint64 m_lastReported = -1;
    std::unique_ptr<CallAudioFollower> m_follower;
    std::unique_ptr<Resampler> m_resampler;
    std::unique_ptr<SilenceWatch> m_silence;
    std::unique_ptr<Transcriber> m_transcriber;
    AudioBand m_band = AudioBand::Wide;
    std::vector<int16_t> m_buffer;
    std::vector<int16_t> m_resampled;
};

CallTranscription::CallTranscription(CallEvents& bus, CallSession& session, Settings& settings,
                                     QString audioFolder, QString modelFolder, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_audioFolder(std::move(audioFolder))
    , m_thread(new QThread(this))
{
    m_worker = new TranscriptionWorker(bus, m_audioFolder, std::move(modelFolder),
                                       [this](const TranscriptionWorker::Report& report) {
                                           runOnObjectThread(this, [this, report] {
                                               if (m_callId.isEmpty())
                                                   return; // a report from a call that ended
                                               m_sampleRate = report.sampleRate;
                                               m_samples = report.samples;
                                               setState(report.state, report.message);
                                           });
                                       });
    m_thread->setObjectName(QStringLiteral("transcription"));

    m_connections.emplace_back(session.answered.connect([this](const Call& call) {
        runOnObjectThread(this,
                          [this, id = call.id, source = call.source] { onAnswered(id, source); });
    }));
    m_connections.emplace_back(session.ended.connect([this](const Call& call) {
        runOnObjectThread(this, [this, id = call.id] { onEnded(id); });
    }));
}

CallTranscription::~CallTranscription()
{
    m_connections.clear();
    if (!m_threadStarted) {
        // No baresip call was ever followed: the worker never left this thread, and its unload
        // is the folder's sweep alone (what baresip may have written is still deleted).
        m_worker->unload();
        delete m_worker;
        return;
    }
    // One hop: the worker unloads and ends its own thread's loop, so the quit waits for no
    // second wake-up of the thread (the exit's wall time, not its work).
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
        worker->unload();
        QThread::currentThread()->quit();
    });
    m_thread->wait();
}

TranscriptionWorker* CallTranscription::worker()
{
    // The thread starts with the first baresip call it follows, not with the app: most starts
    // (and every start without baresip) never need it, and each would pay for starting it and,
    // at the exit, for waking and joining it.
    if (!m_threadStarted) {
        m_threadStarted = true;
        m_worker->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start(QThread::LowPriority);
    }
    return m_worker;
}

QString CallTranscription::defaultAudioFolder(const QString& runtimeDir)
{
    return runtimeDir + QStringLiteral("/attune-call-audio");
}

bool CallTranscription::languageSupported(const QString& language, QString* why)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Qt's "C" locale is English in all but name.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    *why = tr("Transcription understands English only; the language chosen for Attune is %1.")
               .arg(locale.nativeLanguageName());
    return false;
}

QString CallTranscription::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state))).toLower();
}

void CallTranscription::apply()
{
    if (!m_settings.transcribeCalls()) {
        // A worker that never followed a call holds no recogniser to give back.
        if (m_threadStarted)
            QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->unload(); });
        m_callId.clear();
        // A folder made earlier is still swept of what a configured baresip writes into it.
        CallAudioFollower::sweep(m_audioFolder);
        setState(State::Off);
        return;
    }
    QString why;
    if (!languageSupported(m_settings.language(), &why) || !SpeechModel::isInstalled(&why) ||
        !CallAudioFollower::prepareFolder(m_audioFolder, &why)) {
        setState(State::Unavailable, why);
        Q_EMIT problem(why);
        return;
    }
    if (m_callId.isEmpty())
        setState(State::Ready);
}

void CallTranscription::softphoneLost()
{
    if (m_callId.isEmpty() || !isTranscribingACall())
        return;
    qCWarning(lcSpeech) << "baresip went away during a transcribed call";
    const QString message =
        tr("baresip went away during the call (it restarted or quit); the call's transcription "
           "stopped with it.");
    onEnded(m_callId);
    setState(State::Ready, message);
    Q_EMIT problem(message);
}

bool CallTranscription::isTranscribingACall() const
{
    return !m_callId.isEmpty() &&
           (m_state == State::Waiting || m_state == State::Listening || m_state == State::NoAudio);
}

void CallTranscription::onAnswered(const QString& callId, const QString& source)
{
    if (source != QLatin1String("baresip"))
        return;
    // With transcription off the worker still deletes what baresip writes, unread.
    const bool transcribe = m_state == State::Ready || m_state == State::NoAudio ||
                            m_state == State::Listening || m_state == State::Waiting;
    m_callId = callId;
    m_sampleRate = 0;
    m_samples = 0;
    qCInfo(lcSpeech) << (transcribe ? "transcribing" : "not transcribing") << "call" << callId;
    if (transcribe)
        setState(State::Waiting);
    QMetaObject::invokeMethod(worker(), [worker = m_worker, callId, transcribe] {
        worker->startCall(callId, transcribe);
    });
}

void CallTranscription::onEnded(const QString& callId)
{
    if (callId != m_callId)
        return;
    QMetaObject::invokeMethod(worker(), [worker = m_worker] { worker->endCall(); });
    m_callId.clear();
    if (m_state == State::Waiting || m_state == State::Listening || m_state == State::NoAudio)
        setState(State::Ready, m_state == State::NoAudio ? m_message : QString());
}

void CallTranscription::setState(State state, const QString& message)
{
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    if (changed) {
        if (state == State::NoAudio || state == State::Failed)
            Q_EMIT problem(message);
        Q_EMIT stateChanged(state);
    }
}

QJsonObject CallTranscription::status() const
{
    QJsonObject object{{QStringLiteral("state"), stateName(m_state)},
                       {QStringLiteral("audioFolder"), m_audioFolder}};
    if (!m_message.isEmpty())
        object.insert(QStringLiteral("message"), m_message);
    if (m_sampleRate > 0) {
        object.insert(QStringLiteral("sampleRate"), m_sampleRate);
        object.insert(QStringLiteral("samples"), m_samples);
    }
    // The agent's own status, over the agent's private socket: the same lines the sidebar's
    // cues are read from, for the live call only.
    QJsonArray lines;
    for (const Utterance& line : m_session.transcript()) {
        if (line.source != QLatin1String("transcription"))
            continue;
        lines.append(QJsonObject{{QStringLiteral("text"), line.text},
                                 {QStringLiteral("final"), line.isFinal},
                                 {QStringLiteral("confidence"), line.confidence}});
    }
    if (!lines.isEmpty())
        object.insert(QStringLiteral("lines"), lines);
    return object;
}

} // namespace attune
