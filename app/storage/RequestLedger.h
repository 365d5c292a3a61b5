#pragma once

#include <QJsonObject>
#include <QString>

namespace attune {

class Database;

// The applied_requests table (migration 14): the forwarded requests this history has applied,
// with the answer each was given. A record is written in the same transaction as the request's
// own writes (StorageQueue::endRequest), so after a kill the next instance answers a request sent
// again from here instead of applying it twice. Runs on the storage thread.
class RequestLedger
{
public:
    // Ids older than this are forgotten: a client gives up after 60 s, so a week is ample, and
    // the table stays small (pruned on every record).
    static constexpr qint64 kKeepSeconds = 7 * 24 * 3600;
    // ...but never one of the newest kKeepNewest, whatever the clock says. A wall clock set
    // forward by more than a week (a machine whose clock had fallen behind, put right by NTP)
    // made every earlier record look old: the next record forgot the id of a request whose
    // client was still sending it again, and that request was applied twice. A re-send comes
    // within its client's 60 s, far fewer requests than this later.
    static constexpr qint64 kKeepNewest = 10000;

    struct Known
    {
        bool found = false;
        QString command;
        QJsonObject answer;
    };

    static Known find(Database& database, const QString& requestId);
    // Records the request and forgets the ids older than kKeepSeconds before `nowEpochSeconds`
    // that are not among the newest kKeepNewest.
    static bool record(Database& database, const QString& requestId, const QString& command,
                       const QJsonObject& answer, qint64 nowEpochSeconds, QString* error);
};

} // namespace attune
