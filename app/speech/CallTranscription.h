#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <boost/signals2/connection.hpp>

#include <vector>

class QThread;

namespace attune {

class CallEvents;
class CallSession;
class Settings;
class TranscriptionWorker;

// Listens to the customer's side of answered baresip calls and publishes what they say on the
// bus, as customer utterances with source "transcription". Everything runs on a worker thread
// of its own; the recogniser is loaded there when the first transcribed call is answered, never
// at start-up.
//
// Privacy: the audio is read from files baresip writes into a private tmpfs folder, deleted
// as soon as they are open; the folder is swept at start, during and after every baresip call,
// whether transcription is on or not. Nothing is written by Attune but its model folder.
class CallTranscription final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Off,         // the setting is off
        Unavailable, // on, but it cannot run here (language, missing model): see message()
        Ready,       // on, between calls
        Waiting,     // a call is answered; its audio has not arrived yet
        Listening,   // the customer's audio is flowing into the recogniser
        NoAudio,     // a call is answered but baresip writes no audio for it: see message()
        Failed,      // the recogniser could not start: see message()
    };
    Q_ENUM(State)

    // `audioFolder`: the folder baresip's snd_path names. `modelFolder`: where Attune's copy of
    // the speech model goes.
    CallTranscription(CallEvents& bus, CallSession& session, Settings& settings,
                      QString audioFolder, QString modelFolder, QObject* parent = nullptr);
    ~CallTranscription() override;

    // Applies the setting (and the language): prepares or forgets the audio folder.
    void apply();
    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString audioFolder() const { return m_audioFolder; }
    // baresip's connection dropped (it restarted or quit): a call being followed lost its audio.
    void softphoneLost();
    // While a call is being transcribed: the sidebar says so.
    bool isTranscribingACall() const;
    // For `attune status`: state, message, the audio's rate and what was heard of this call.
    QJsonObject status() const;
    // The default folder for baresip's snd_path: `$XDG_RUNTIME_DIR/attune-call-audio`.
    static QString defaultAudioFolder(const QString& runtimeDir);
    // Whether the agent's language is one the recogniser understands, with the reason if not.
    static bool languageSupported(const QString& language, QString* why);

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(attune::CallTranscription::State state);
    void problem(const QString& message);

private:
    void setState(State state, const QString& message = {});
    void onAnswered(const QString& callId, const QString& source);
    void onEnded(const QString& callId);
    // The worker, its thread started first if this is its first call.
    TranscriptionWorker* worker();

    CallSession& m_session;
    Settings& m_settings;
    QString m_audioFolder;
    QThread* m_thread;
    TranscriptionWorker* m_worker; // on m_thread once started
    bool m_threadStarted = false;
    State m_state = State::Off;
    QString m_message;
    QString m_callId; // the baresip call being followed, or empty
    int m_sampleRate = 0;
    qint64 m_samples = 0;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
