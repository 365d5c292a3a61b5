#pragma once

#include "WavStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace attune {

// Follows the customer's side of a baresip call as baresip's sndfile module writes it.
//
// sndfile writes two files per call into its snd_path: `dump-<time>-dec.wav`, the decoded
// far end (the customer), and `dump-<time>-enc.wav`, the agent's microphone. The follower
// opens the newest `-dec.wav`, then deletes every file in the folder: the open handle keeps
// reading the customer's audio, and nothing of either side stays on disk after the call (nor
// while it runs, for anyone but the two processes holding the files open). The agent's file
// is deleted unread.
class CallAudioFollower
{
    Q_DECLARE_TR_FUNCTIONS(CallAudioFollower)

public:
    explicit CallAudioFollower(QString folder);
    // Closes the file; the folder is swept by close(), not here, so that a follower replaced
    // when the next call starts leaves that call's files alone.
    ~CallAudioFollower();

    // Creates the folder (0700) if needed and deletes every file in it: audio left by a call
    // while Attune was not running, or by an Attune that crashed. False with a reason when the
    // folder cannot be made private.
    static bool prepareFolder(const QString& folder, QString* error);
    // Deletes every file in the folder; the number deleted.
    static int sweep(const QString& folder);

    // One step: takes a newer customer file if baresip started one (a new call or a
    // renegotiated stream), deletes whatever else is there, and appends the customer's new
    // samples to `samples` (mono, at sampleRate()). Returns false once the file cannot be
    // followed (error() says why).
    bool poll(std::vector<int16_t>* samples);
    // Stops following, closes the file and deletes anything left in the folder.
    void close();

    bool isFollowing() const { return m_file != nullptr; }
    int sampleRate() const { return m_wav.sampleRate(); }
    qint64 framesRead() const { return m_wav.framesRead(); }
    // How long the followed file (or the folder, before a file appeared) has given nothing.
    qint64 msSinceLastSamples() const { return m_sinceSamples.elapsed(); }
    QString fileName() const { return m_fileName; }
    QString error() const { return m_error; }

private:
    QString m_folder;
    std::unique_ptr<QFile> m_file;
    QString m_fileName;
    WavStream m_wav;
    QElapsedTimer m_sinceSamples;
    QString m_error;
};

} // namespace attune
