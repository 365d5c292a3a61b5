#include "SupervisorAccess.h"

#include "core/CallSession.h"
#include "core/Clock.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace attune {

namespace {

const QLatin1String kScheme("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, kKeyBytes);
}

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

} // namespace

QString SupervisorPin::hash(const QString& pin, QString* error, int iterations)
{
    if (pin.size() < kMinLength) {
        *error = tr("the PIN must have at least %1 characters").arg(kMinLength);
        return {};
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
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
    if (parts.size() != 4 || parts.at(0) != kScheme || !ok)
        return fail(tr("expected pbkdf2-sha256$ITERATIONS$SALT$KEY as printed by attune hash-pin"));
    if (iterations < kIterations)
        return fail(tr("at least %1 iterations are needed").arg(kIterations));
    if (QByteArray::fromBase64(parts.at(2).toLatin1()).size() < 8 ||
        QByteArray::fromBase64(parts.at(3).toLatin1()).size() != kKeyBytes)
        return fail(tr("the salt or the key is not valid base64 of the right length"));
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

PinGuard::PinGuard(const Clock& clock, QString hashed)
    : m_clock(clock)
    , m_hashed(std::move(hashed))
{}

qint64 PinGuard::waitMs() const
{
    return std::max<qint64>(0, m_nextAllowedMs - m_clock.monotonicMs());
}

PinGuard::Outcome PinGuard::attempt(const QString& pin)
{
    if (waitMs() > 0)
        return Outcome::Waiting;
    if (SupervisorPin::verify(pin, m_hashed)) {
        m_failuresInARow = 0;
        m_nextAllowedMs = 0;
        return Outcome::Accepted;
    }
    ++m_failuresInARow;
    m_failures.append(m_clock.wallNow());
    if (m_failuresInARow >= kLockAfter) {
        m_nextAllowedMs = m_clock.monotonicMs() + kLockMs;
    } else if (m_failuresInARow > kFreeAttempts) {
        const int doublings = m_failuresInARow - kFreeAttempts - 1;
        m_nextAllowedMs = m_clock.monotonicMs() + (qint64(1000) << doublings);
    }
    return Outcome::Wrong;
}

QString PinGuard::waitText() const
{
    const qint64 wait = waitMs();
    if (wait <= 0)
        return {};
    if (m_failuresInARow >= kLockAfter)
        return tr("Locked for %1 minutes after %2 wrong PINs.")
            .arg((wait + 59999) / 60000)
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
    m_connections.emplace_back(
        session.ringing.connect([this](const Call&, qint64) { m_open = false; }));
}

SupervisorGate::SupervisorGate(const Clock& clock, const QString& pinHash, qint64 idleMs)
    : m_session(clock, idleMs)
{
    if (!pinHash.isEmpty())
        m_guard.emplace(clock, pinHash);
}

PinGuard::Outcome SupervisorGate::signIn(const QString& pin)
{
    if (!m_guard)
        return PinGuard::Outcome::Wrong;
    const PinGuard::Outcome outcome = m_guard->attempt(pin);
    if (outcome == PinGuard::Outcome::Accepted)
        m_session.open();
    return outcome;
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
