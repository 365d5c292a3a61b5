#include "SupervisorAccess.h"

#include "core/CallSession.h"
#include "core/Clock.h"
#include "supervisor/SupervisorRecords.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QMessageAuthenticationCode>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QtEndian>

#include <algorithm>

namespace attune {

namespace {

const QLatin1String kScheme("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations,
                  const std::atomic<bool>* cancelled = nullptr)
{
    return SupervisorPin::pbkdf2Sha256(pin.toUtf8(), salt, iterations, kKeyBytes, cancelled);
}

// Rounds between two looks at the cancel flag: about a millisecond of work, so a look costs
// nothing measurable and a cancelled check ends within a few milliseconds.
constexpr int kRoundsBetweenCancelLooks = 4096;

// Compares without an early exit, so the time taken says nothing about how close a guess was.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QByteArray recordSalt(const QByteArray& salt)
{
    // Its own salt: the verifier (PBKDF2 over the hash's salt) says nothing about this key.
    return QCryptographicHash::hash("attune supervisor records|" + salt,
                                    QCryptographicHash::Sha256);
}

} // namespace

QByteArray SupervisorPin::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt,
                                       int iterations, int keyBytes,
                                       const std::atomic<bool>* cancelled)
{
    // RFC 8018, 5.2, as QPasswordDigestor computes it (which is Qt Network's, and would make the
    // executable load it before the first frame).
    QByteArray key;
    if (iterations < 1 || keyBytes < 1)
        return key;
    QMessageAuthenticationCode hmac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < keyBytes; ++block) {
        const quint32 index = qToBigEndian(block);
        hmac.reset();
        hmac.addData(salt);
        hmac.addData(reinterpret_cast<const char*>(&index), sizeof index);
        QByteArray u = hmac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            if (cancelled && i % kRoundsBetweenCancelLooks == 0 &&
                cancelled->load(std::memory_order_relaxed))
                return {};
            hmac.reset();
            hmac.addData(u);
            u = hmac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        key += t;
    }
    key.truncate(keyBytes);
    return key;
}

QString SupervisorPin::hash(const QString& pin, QString* error, int iterations)
{
    if (pin.size() < kMinLength) {
        *error = tr("the PIN must have at least %1 characters").arg(kMinLength);
        return {};
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    const QByteArray seed = derive(pin, recordSalt(salt), iterations);
    const QByteArray recordKey = SupervisorRecords::publicKey(seed);
    if (recordKey.isEmpty()) {
        // Only a broken installation gets here (its signing module is missing).
        *error = tr("the key that signs supervisor records could not be made (is Attune's "
                    "signing module installed?)");
        return {};
    }
    return QStringLiteral("%1$%2$%3$%4$%5")
        .arg(kScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(pin, salt, iterations).toBase64()),
             QString::fromLatin1(recordKey.toBase64()));
}

bool SupervisorPin::isWellFormed(const QString& hashed, QString* error)
{
    const QStringList parts = hashed.split(QLatin1Char('$'));
    bool ok = false;
    const int iterations = parts.value(1).toInt(&ok);
    const auto fail = [&](const QString& problem) {
        if (error)
            *error = problem;
        return false;
    };
    if ((parts.size() != 4 && parts.size() != 5) || parts.at(0) != kScheme || !ok)
        return fail(tr("expected pbkdf2-sha256$ITERATIONS$SALT$KEY as printed by attune hash-pin"));
    if (iterations < kIterations)
        return fail(tr("at least %1 iterations are needed").arg(kIterations));
    if (QByteArray::fromBase64(parts.at(2).toLatin1()).size() < 8 ||
        QByteArray::fromBase64(parts.at(3).toLatin1()).size() != kKeyBytes)
        return fail(tr("the salt or the key is not valid base64 of the right length"));
    if (parts.size() == 5 &&
        QByteArray::fromBase64(parts.at(4).toLatin1()).size() != SupervisorRecords::kPublicKeyBytes)
        return fail(tr("the record key is not valid base64 of the right length"));
    return true;
}

bool SupervisorPin::verify(const QString& pin, const QString& hashed)
{
    if (!isWellFormed(hashed))
        return false;
    const QStringList parts = hashed.split(QLatin1Char('$'));
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts.at(3).toLatin1());
    return sameBytes(derive(pin, salt, parts.at(1).toInt()), key);
}

SupervisorPin::Check SupervisorPin::check(const QString& pin, const QString& hashed,
                                          const std::atomic<bool>* cancelled)
{
    Check result;
    if (!isWellFormed(hashed))
        return result;
    const QStringList parts = hashed.split(QLatin1Char('$'));
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts.at(3).toLatin1());
    // A cancelled derivation is empty, which never equals a key: it reads as wrong, never right.
    result.right = sameBytes(derive(pin, salt, parts.at(1).toInt(), cancelled), key);
    if (result.right && !recordPublicKey(hashed).isEmpty()) {
        result.recordSeed = derive(pin, recordSalt(salt), parts.at(1).toInt(), cancelled);
        if (result.recordSeed.isEmpty())
            result.right = false;
    }
    return result;
}

QByteArray SupervisorPin::recordSeed(const QString& pin, const QString& hashed)
{
    if (recordPublicKey(hashed).isEmpty() || !verify(pin, hashed))
        return {};
    const QStringList parts = hashed.split(QLatin1Char('$'));
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    return derive(pin, recordSalt(salt), parts.at(1).toInt());
}

QByteArray SupervisorPin::recordPublicKey(const QString& hashed)
{
    if (!isWellFormed(hashed))
        return {};
    const QStringList parts = hashed.split(QLatin1Char('$'));
    return parts.size() == 5 ? QByteArray::fromBase64(parts.at(4).toLatin1()) : QByteArray();
}

QString SupervisorPin::strengthAdvice(const QString& pin)
{
    bool digitsOnly = true;
    for (const QChar c : pin)
        digitsOnly = digitsOnly && c.isDigit();
    if (pin.size() >= kAdvisedLength && !digitsOnly)
        return {};
    return tr("This PIN is short: anyone who can read the settings file can find it by trying "
              "every PIN on their own computer. A passphrase of %1 characters or more (a few "
              "words) is far stronger.")
        .arg(kAdvisedLength);
}

PinGuard::PinGuard(const Clock& clock, QString hashed)
    : m_clock(clock)
    , m_hashed(std::move(hashed))
{}

qint64 PinGuard::waitMs() const
{
    return std::max<qint64>(0, m_nextAllowedMs - m_clock.monotonicMs());
}

namespace {

const QString kFailuresKey = QStringLiteral("supervisor/failuresInARow");
const QString kWaitKey = QStringLiteral("supervisor/waitMs");
const QString kLastFailureKey = QStringLiteral("supervisor/lastFailureAt");

} // namespace

QStringList PinGuard::keptKeys()
{
    return {kFailuresKey, kWaitKey, kLastFailureKey};
}

void PinGuard::keepIn(Memory memory)
{
    m_memory = std::move(memory);
    if (!m_memory.read)
        return;
    // Read from a file that can be damaged or edited: only what a run can have written is taken.
    // A count near INT_MAX overflowed at the next failure (undefined behaviour, in practice a
    // negative count and free attempts again); a negative one handed out that many free tries; a
    // wait of 2^63 ms overflowed the deadline and one past 5 minutes locked the view for years.
    m_failuresInARow = std::clamp(m_memory.read(kFailuresKey).toInt(), 0, kMaxKeptFailures);
    const qint64 wait = std::clamp<qint64>(m_memory.read(kWaitKey).toLongLong(), 0, kLockMs);
    const QDateTime last =
        QDateTime::fromString(m_memory.read(kLastFailureKey), Qt::ISODateWithMs).toUTC();
    if (wait <= 0 || !last.isValid())
        return;
    // The wait runs from the last failure by the wall clock. A clock now behind that failure
    // went back: the whole wait starts again rather than being skipped.
    const qint64 elapsed = last.msecsTo(m_clock.wallNow());
    const qint64 left = elapsed < 0 ? wait : wait - elapsed;
    if (left > 0)
        m_nextAllowedMs = m_clock.monotonicMs() + left;
}

void PinGuard::remember() const
{
    if (!m_memory.write)
        return;
    m_memory.write(kFailuresKey, QString::number(m_failuresInARow));
    m_memory.write(kWaitKey, QString::number(waitMs()));
    m_memory.write(kLastFailureKey, m_clock.wallNow().toUTC().toString(Qt::ISODateWithMs));
}

PinGuard::Outcome PinGuard::attempt(const QString& pin)
{
    if (!charge())
        return Outcome::Waiting;
    const bool right = SupervisorPin::verify(pin, m_hashed);
    settle(right);
    return right ? Outcome::Accepted : Outcome::Wrong;
}

bool PinGuard::charge()
{
    if (waitMs() > 0)
        return false;
    ++m_failuresInARow;
    m_failures.append(m_clock.wallNow());
    settle(false);
    return true;
}

void PinGuard::settle(bool right)
{
    if (right) {
        m_failuresInARow = 0;
        m_nextAllowedMs = 0;
        if (!m_failures.isEmpty())
            m_failures.removeLast(); // the charge for this very attempt
    } else if (m_failuresInARow >= kLockAfter) {
        m_nextAllowedMs = m_clock.monotonicMs() + kLockMs;
    } else if (m_failuresInARow > kFreeAttempts) {
        const int doublings = m_failuresInARow - kFreeAttempts - 1;
        m_nextAllowedMs = m_clock.monotonicMs() + (qint64(1000) << doublings);
    }
    remember();
}

QString PinGuard::waitText() const
{
    const qint64 wait = waitMs();
    if (wait <= 0)
        return {};
    if (m_failuresInARow >= kLockAfter)
        return tr("Locked for %n minute(s) after %1 wrong PINs.", nullptr,
                  int((wait + 59999) / 60000))
            .arg(m_failuresInARow);
    return tr("Try again in %1 s.").arg((wait + 999) / 1000);
}

SupervisorSession::SupervisorSession(const Clock& clock, qint64 idleMs)
    : m_clock(clock)
    , m_idleMs(idleMs)
{}

void SupervisorSession::open()
{
    m_open = true;
    m_lastActivityMs = m_clock.monotonicMs();
}

void SupervisorSession::touch()
{
    if (isOpen())
        m_lastActivityMs = m_clock.monotonicMs();
}

void SupervisorSession::close()
{
    m_open = false;
}

bool SupervisorSession::isOpen() const
{
    return m_open && m_clock.monotonicMs() - m_lastActivityMs < m_idleMs;
}

void SupervisorSession::attach(CallSession& session)
{
    m_connections.emplace_back(session.ringing.connect([this](const Call&, qint64) {
        ++m_rings;
        m_open = false;
    }));
}

SupervisorGate::SupervisorGate(const Clock& clock, const QString& pinHash, qint64 idleMs)
    : m_session(clock, idleMs)
    , m_pinHash(pinHash)
    , m_recordKey(SupervisorPin::recordPublicKey(pinHash))
{
    if (!pinHash.isEmpty())
        m_guard.emplace(clock, pinHash);
}

SupervisorGate::~SupervisorGate()
{
    m_checksCancelled->store(true);
}

PinGuard::Outcome SupervisorGate::signIn(const QString& pin)
{
    if (!m_guard)
        return PinGuard::Outcome::Wrong;
    if (isChecking())
        return PinGuard::Outcome::Busy;
    const PinGuard::Outcome outcome = m_guard->attempt(pin);
    if (outcome == PinGuard::Outcome::Accepted) {
        m_signingSeed = SupervisorPin::recordSeed(pin, m_pinHash);
        m_session.open();
    }
    return outcome;
}

quint64 SupervisorGate::checkPin(const QString& pin, std::function<void(PinGuard::Outcome)> done)
{
    if (!m_guard) {
        done(PinGuard::Outcome::Wrong);
        return 0;
    }
    if (isChecking()) {
        done(PinGuard::Outcome::Busy);
        return 0;
    }
    if (!m_guard->charge()) {
        done(PinGuard::Outcome::Waiting);
        return 0;
    }
    m_checkDone = std::move(done);
    m_ringsAtCheck = m_session.rings();
    m_checkSignedOut = false;
    // The worker holds copies and the promise only: a gate gone before it ends is never
    // touched, and its watcher's destruction disconnects the answer.
    auto promise = std::make_shared<QPromise<SupervisorPin::Check>>();
    m_checking = std::make_unique<QFutureWatcher<SupervisorPin::Check>>();
    QObject::connect(m_checking.get(), &QFutureWatcherBase::finished, m_checking.get(),
                     [this] { finishCheck(); });
    m_checking->setFuture(promise->future());
    QThreadPool::globalInstance()->start(
        [promise, pin, hashed = m_pinHash, cancelled = m_checksCancelled] {
            promise->start();
            promise->addResult(SupervisorPin::check(pin, hashed, cancelled.get()));
            promise->finish();
        });
    return ++m_checkTicket;
}

void SupervisorGate::abandonCheck(quint64 ticket)
{
    if (isChecking() && ticket == m_checkTicket)
        m_checkDone = nullptr;
}

void SupervisorGate::finishCheck()
{
    const QFuture<SupervisorPin::Check> future = m_checking->future();
    SupervisorPin::Check check =
        future.resultCount() > 0 ? future.result() : SupervisorPin::Check{};
    // Inside the watcher's own signal: it goes once control is back in the event loop.
    m_checking.release()->deleteLater();
    const auto done = std::move(m_checkDone);
    m_checkDone = nullptr;
    m_guard->settle(check.right);
    // Nobody waiting for it, or a call rang meanwhile (no supervisor view over a call): a right
    // PIN opens nothing.
    const bool interrupted = m_checkSignedOut || m_session.rings() != m_ringsAtCheck;
    const bool opens = check.right && done && !interrupted;
    if (opens) {
        m_signingSeed = check.recordSeed;
        m_session.open();
    }
    check.recordSeed.fill('\0');
    if (!done)
        return;
    if (!check.right)
        done(PinGuard::Outcome::Wrong);
    else
        done(opens ? PinGuard::Outcome::Accepted : PinGuard::Outcome::Interrupted);
}

void SupervisorGate::signOut()
{
    // A check still running opens nothing when it answers; its asker hears Interrupted.
    m_checkSignedOut = true;
    m_session.close();
    m_signingSeed.fill('\0');
    m_signingSeed.clear();
}

void SupervisorGate::keepBackOffIn(PinGuard::Memory memory)
{
    if (m_guard)
        m_guard->keepIn(std::move(memory));
}

QByteArray SupervisorGate::sign(const QByteArray& message) const
{
    if (!m_session.isOpen() || m_signingSeed.isEmpty())
        return {};
    return SupervisorRecords::sign(m_signingSeed, message);
}

QString SupervisorGate::waitText() const
{
    return m_guard ? m_guard->waitText() : QString();
}

QString SupervisorGate::unavailableText()
{
    return tr("The supervisor view is not set up on this computer. IT turns it on by running "
              "\"attune hash-pin\" and adding the line it prints to the system settings file "
              "(/etc/xdg/Attune/Attune.conf). Your own history is always here.");
}

} // namespace attune
