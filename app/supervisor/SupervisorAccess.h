#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <boost/signals2/connection.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

template <typename T>
class QFutureWatcher;

namespace attune {

class CallSession;
class Clock;

// The supervisor PIN (or, better, passphrase) as IT stores it in the system scope: salted
// PBKDF2-SHA256, "pbkdf2-sha256$<iterations>$<salt>$<key>$<record key>" (base64). The record key
// is the public half of the key that signs supervisor records (SupervisorRecords); its private
// half is derived from the passphrase with a different salt, so the verifier does not give it
// away. Older four-part hashes still sign in, but their records cannot be signed. The PIN itself
// is never stored.
struct SupervisorPin
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorPin)

public:
    static constexpr int kIterations = 200000;
    static constexpr int kMinLength = 6;
    static constexpr int kAdvisedLength = 16;

    // A new hash with a fresh random salt; empty (with the reason) for a PIN that is too short.
    static QString hash(const QString& pin, QString* error, int iterations = kIterations);
    // Whether `hashed` is a well-formed setting (with at least kIterations iterations).
    static bool isWellFormed(const QString& hashed, QString* error = nullptr);
    static bool verify(const QString& pin, const QString& hashed);
    // verify() and recordSeed() in two derivations instead of three (what a sign-in needs);
    // pure, so it runs on any thread.
    struct Check
    {
        bool right = false;
        QByteArray recordSeed; // empty for a wrong PIN or a hash without a record key
    };
    // `cancelled`, when given and set meanwhile, ends the derivation early as a wrong PIN: for a
    // check nobody will read any more (its gate is gone), so quitting does not wait for it.
    static Check check(const QString& pin, const QString& hashed,
                       const std::atomic<bool>* cancelled = nullptr);
    // The seed of the record-signing key (SupervisorRecords), from the passphrase and the
    // hash's salt; empty for a wrong passphrase or a hash without a record key.
    static QByteArray recordSeed(const QString& pin, const QString& hashed);
    // The record key of a five-part hash (32 bytes), empty otherwise.
    static QByteArray recordPublicKey(const QString& hashed);
    // Advice for IT when a PIN is short or only digits (offline search); empty when fine.
    static QString strengthAdvice(const QString& pin);
    // PBKDF2-HMAC-SHA256 (RFC 8018), the same bytes as QPasswordDigestor::deriveKeyPbkdf2.
    // Empty when `cancelled` is set before it is done (looked at every few thousand rounds).
    static QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt,
                                   int iterations, int keyBytes,
                                   const std::atomic<bool>* cancelled = nullptr);
};

// Wrong PINs back off: from the fourth failure in a row each wait doubles (1 s, 2 s, 4 s, ...),
// and the tenth locks the view for five minutes. Every failure is kept with its time; a right
// PIN clears the run. Driven by the injected clock, so tests need no waiting.
class PinGuard
{
    Q_DECLARE_TR_FUNCTIONS(PinGuard)

public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kLockAfter = 10;
    static constexpr qint64 kLockMs = 5 * 60 * 1000;
    // More failures than anyone types (one every 5 minutes for ten years): a kept count above it
    // is damage, read as this.
    static constexpr int kMaxKeptFailures = 1000000;

    enum class Outcome
    {
        Accepted,
        Wrong,
        Waiting,    // tried too soon: nothing was checked
        Busy,       // another PIN is being checked: this one was not
        Interrupted // right, but a call rang or the gate was signed out meanwhile: nothing opened
    };

    PinGuard(const Clock& clock, QString hashed);

    // Where the back-off is kept across restarts (the database's app_state), so quitting
    // Attune does not hand out three fresh tries. Reads what was kept at once.
    struct Memory
    {
        std::function<QString(const QString& key)> read;
        std::function<void(const QString& key, const QString& value)> write;
    };
    void keepIn(Memory memory);
    // The keys it reads and writes there, so they can be read ahead on another thread.
    static QStringList keptKeys();

    Outcome attempt(const QString& pin);
    // attempt() in two halves, for a check that runs on another thread. charge() counts the
    // attempt as a failure at once (false, and nothing counted, while a wait is in force), so an
    // answer that never arrives (Attune killed, the check abandoned) still costs a try;
    // settle() forgives it for a right PIN, or starts the wait again from now for a wrong one.
    bool charge();
    void settle(bool right);
    // How long until the next attempt is allowed (0 when it is now).
    qint64 waitMs() const;
    int failuresInARow() const { return m_failuresInARow; }
    const QList<QDateTime>& failures() const { return m_failures; }
    // "Try again in 8 s", "Locked for 5 minutes after 10 wrong PINs"; empty when free.
    QString waitText() const;

private:
    void remember() const;

    const Clock& m_clock;
    QString m_hashed;
    Memory m_memory;
    int m_failuresInARow = 0;
    qint64 m_nextAllowedMs = 0;
    QList<QDateTime> m_failures;
};

// An open supervisor session: it ends after a stretch of inactivity (5 minutes unless set
// otherwise) and the moment a call rings, so no supervisor view is ever left open over a call.
class SupervisorSession
{
public:
    static constexpr qint64 kDefaultIdleMs = 5 * 60 * 1000;

    explicit SupervisorSession(const Clock& clock, qint64 idleMs = kDefaultIdleMs);

    void open();
    void touch(); // the supervisor did something
    void close();
    bool isOpen() const; // false once idle for too long
    // Ends the session whenever a call rings (on the thread that published it).
    void attach(CallSession& session);
    // Counts the calls that rang, so an answer that took a while can tell a call rang meanwhile.
    quint64 rings() const { return m_rings; }

private:
    const Clock& m_clock;
    qint64 m_idleMs;
    std::atomic<bool> m_open{false}; // a ringing call closes it from the publishing thread
    std::atomic<quint64> m_rings{0};
    std::atomic<qint64> m_lastActivityMs{0};
    std::vector<boost::signals2::scoped_connection> m_connections;
};

// The door to the supervisor view: the PIN IT configured (none: the view is unavailable), its
// back-off, and the session it opens.
class SupervisorGate
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorGate)

public:
    // `pinHash` comes from Settings::supervisorPinHash(): empty when IT has not set one.
    SupervisorGate(const Clock& clock, const QString& pinHash,
                   qint64 idleMs = SupervisorSession::kDefaultIdleMs);
    ~SupervisorGate();
    Q_DISABLE_COPY_MOVE(SupervisorGate)

    bool isConfigured() const { return m_guard.has_value(); }
    // Checks the PIN through the back-off here and now; a right one opens the session. The
    // derivation takes 0.1-1 s, so a window uses checkPin().
    PinGuard::Outcome signIn(const QString& pin);
    // The same with the derivation on a worker thread. Waiting, Busy (a check is already
    // running: one at a time, so a burst of PINs cannot outrun the back-off) and an unconfigured
    // gate's Wrong are answered at once; otherwise `done` runs later on this thread with
    // Accepted (the session is open), Wrong, or Interrupted when a call rang or signOut() came
    // meanwhile. Returns the check's ticket (0 when answered at once) for abandonCheck().
    quint64 checkPin(const QString& pin, std::function<void(PinGuard::Outcome)> done);
    bool isChecking() const { return m_checking != nullptr; }
    // The one who asked is gone (the dialog closed): a right PIN then opens nothing and `done`
    // never runs; a wrong one still counts.
    void abandonCheck(quint64 ticket);
    QString waitText() const;
    bool isOpen() const { return m_session.isOpen(); }
    void touch() { m_session.touch(); }
    // A check still running then opens nothing, so a window put away mid-check stays shut.
    void signOut();
    // The back-off survives a restart (PinGuard::keepIn).
    void keepBackOffIn(PinGuard::Memory memory);
    // A signature for a supervisor record while a supervisor is signed in (with a five-part
    // hash); empty otherwise, and then the record is refused.
    QByteArray sign(const QByteArray& message) const;
    QByteArray recordPublicKey() const { return m_recordKey; }
    SupervisorSession& session() { return m_session; }
    // What the agent is told when there is no PIN: how IT turns the view on.
    static QString unavailableText();

private:
    void finishCheck();

    std::optional<PinGuard> m_guard;
    std::unique_ptr<QFutureWatcher<SupervisorPin::Check>> m_checking;
    // Set when the gate goes: a derivation still running on the pool then stops, since nobody
    // will read it, and QCoreApplication's exit (which waits for the pool) does not wait for it.
    // The attempt was charged when it was asked, so stopping it costs the back-off nothing.
    std::shared_ptr<std::atomic<bool>> m_checksCancelled = std::make_shared<std::atomic<bool>>();
    std::function<void(PinGuard::Outcome)> m_checkDone;
    quint64 m_checkTicket = 0;
    quint64 m_ringsAtCheck = 0;
    bool m_checkSignedOut = false;
    SupervisorSession m_session;
    QString m_pinHash;
    QByteArray m_recordKey;
    QByteArray m_signingSeed; // only while signed in
};

} // namespace attune
