#include "BaresipConnector.h"

#include "core/CallEvents.h"
#include "core/Logging.h"
#include "core/TextRule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace attune {

namespace {

// ctrl_tcp events are small; a megabyte is far beyond any real one.
constexpr qsizetype kMaxEventBytes = 1024 * 1024;
constexpr qsizetype kMaxFieldChars = 1024;

} // namespace

bool BaresipEvent::parse(const QByteArray& json, BaresipEvent* event, QString* error)
{
    *event = BaresipEvent();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = BaresipEvent::tr("baresip sent something that is not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("event")).toBool() ||
        object.value(QStringLiteral("class")).toString() != QLatin1String("call"))
        return true; // command responses and other classes of events
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("CALL_INCOMING") || type == QLatin1String("CALL_RINGING"))
        event->kind = Kind::Ringing;
    else if (type == QLatin1String("CALL_ESTABLISHED"))
        event->kind = Kind::Answered;
    else if (type == QLatin1String("CALL_CLOSED"))
        event->kind = Kind::Ended;
    else
        return true;
    event->callId = object.value(QStringLiteral("id")).toString().left(kMaxFieldChars);
    // The caller chooses their SIP display name and URI: they pass the one text rule or are not
    // shown (the call itself is never refused for them).
    const QString uri = object.value(QStringLiteral("peeruri")).toString();
    if (TextRule::check(uri, TextRule::Kind::Detail, QStringLiteral("peeruri")).isEmpty())
        event->peerUri = uri;
    const QString name = object.value(QStringLiteral("peerdisplayname")).toString();
    event->nameRefusal =
        TextRule::check(name, TextRule::Kind::Name, QStringLiteral("peerdisplayname"));
    if (event->nameRefusal.isEmpty())
        event->peerDisplayName = name.trimmed();
    if (event->callId.isEmpty()) {
        event->kind = Kind::Other;
        *error = BaresipEvent::tr("baresip sent %1 without a call id").arg(type);
        return false;
    }
    return true;
}

CallerInfo BaresipEvent::caller() const
{
    CallerInfo caller;
    caller.displayName = peerDisplayName;
    // sip:+15551234567@host;params, tel:+1-555-123-4567: the user part is the number when it
    // looks like one; "sip:alice@host" has no number, and the URI is kept for the agent to see.
    static const QRegularExpression uriUser(QStringLiteral("^(?:sips?|tel):([^@;?]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ().-]{1,31}$"));
    const QRegularExpressionMatch match = uriUser.match(peerUri);
    const QString user =
        match.hasMatch() ? QUrl::fromPercentEncoding(match.captured(1).toUtf8()) : QString();
    if (phoneLike.match(user).hasMatch())
        caller.phone = user;
    else if (!peerUri.isEmpty())
        caller.extraFields.insert(QStringLiteral("SIP"), peerUri);
    return caller;
}

Backoff::Backoff(int firstMs, int maxMs)
    : m_firstMs(firstMs)
    , m_maxMs(maxMs)
{}

int Backoff::nextDelayMs()
{
    // Doubling stops at the cap long before the shift could overflow.
    const int shift = qMin(m_attempts, 20);
    ++m_attempts;
    return int(qMin<qint64>(qint64(m_firstMs) << shift, m_maxMs));
}

BaresipConnector::BaresipConnector(CallEvents& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_socket(new QTcpSocket(this))
    , m_retry(new QTimer(this))
    , m_reader(kMaxEventBytes)
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &BaresipConnector::connectNow);
    connect(m_socket, &QTcpSocket::connected, this, &BaresipConnector::onConnected);
    connect(m_socket, &QTcpSocket::disconnected, this, &BaresipConnector::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &BaresipConnector::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // A refused or failed connection attempt never reaches `disconnected`.
        if (m_state == State::Connecting) {
            qCInfo(lcBaresip).noquote() << "cannot reach baresip:" << m_socket->errorString();
            m_socket->abort();
            scheduleRetry();
        }
    });
}

BaresipConnector::~BaresipConnector()
{
    // No call ends on the bus from a destructor: the app is going away with its session.
    m_socket->disconnect(this);
}

QString BaresipConnector::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Connected:
        return QStringLiteral("connected");
    case State::WaitingToRetry:
        return QStringLiteral("retrying");
    }
    return {};
}

void BaresipConnector::start(const QString& host, quint16 port)
{
    stop();
    m_host = host;
    m_port = port;
    m_backoff.reset();
    connectNow();
}

void BaresipConnector::stop()
{
    m_retry->stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        setState(State::Stopped); // before abort(), so onDisconnected does not retry
        m_socket->abort();
    }
    setState(State::Stopped);
}

void BaresipConnector::connectNow()
{
    m_reader = NetstringReader(kMaxEventBytes);
    setState(State::Connecting);
    m_socket->connectToHost(m_host, m_port);
}

void BaresipConnector::onConnected()
{
    qCInfo(lcBaresip) << "connected to baresip ctrl_tcp on port" << m_port;
    m_backoff.reset();
    setState(State::Connected);
}

void BaresipConnector::onDisconnected()
{
    if (m_state == State::Stopped)
        return;
    qCInfo(lcBaresip) << "baresip closed the connection";
    // baresip went away (it restarted or quit): the calls it told us about are gone with it.
    const QSet<QString> live = std::exchange(m_liveCalls, {});
    for (const QString& callId : live)
        m_bus.callEnded(callId);
    scheduleRetry();
}

void BaresipConnector::scheduleRetry()
{
    if (m_state == State::Stopped)
        return;
    const int delay = m_backoff.nextDelayMs();
    setState(State::WaitingToRetry);
    m_retry->start(delay);
}

void BaresipConnector::onReadyRead()
{
    m_reader.append(m_socket->readAll());
    QByteArray payload;
    QString error;
    for (;;) {
        const NetstringReader::Status status = m_reader.next(&payload, &error);
        if (status == NetstringReader::Status::NeedMore)
            return;
        if (status == NetstringReader::Status::Error) {
            // Nothing after a framing error can be trusted: start over on a fresh connection.
            qCWarning(lcBaresip).noquote() << "dropping the connection:" << error;
            m_socket->abort();
            onDisconnected();
            return;
        }
        BaresipEvent event;
        if (!BaresipEvent::parse(payload, &event, &error)) {
            qCWarning(lcBaresip).noquote() << "event ignored:" << error;
            continue;
        }
        handle(event);
    }
}

void BaresipConnector::handle(const BaresipEvent& event)
{
    switch (event.kind) {
    case BaresipEvent::Kind::Ringing: {
        // The caller's side reports CALL_RINGING and the callee's CALL_INCOMING; either may
        // repeat, and a call rings once.
        if (m_liveCalls.contains(event.callId))
            return;
        m_liveCalls.insert(event.callId);
        CallStartedEvent started;
        started.callId = event.callId;
        started.source = QStringLiteral("baresip");
        started.caller = event.caller();
        qCInfo(lcBaresip) << "call ringing:" << event.callId;
        if (!event.nameRefusal.isEmpty())
            qCWarning(lcBaresip).noquote() << "caller name not shown:" << event.nameRefusal;
        m_bus.callStarted(started);
        break;
    }
    case BaresipEvent::Kind::Answered:
        qCInfo(lcBaresip) << "call answered:" << event.callId;
        m_bus.callAnswered(event.callId);
        break;
    case BaresipEvent::Kind::Ended:
        qCInfo(lcBaresip) << "call closed:" << event.callId;
        m_liveCalls.remove(event.callId);
        m_bus.callEnded(event.callId);
        break;
    case BaresipEvent::Kind::Other:
        break;
    }
}

void BaresipConnector::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace attune
