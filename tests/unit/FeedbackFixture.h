#pragma once

// What the feedback import tests share: a database with a few answered calls, files written in
// a temporary folder, and the feedback table as text (equal before and after a refused import).

#include "feedback/FeedbackImport.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace attune::test {

class FeedbackFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    bool open()
    {
        db.reset();
        QFile::remove(dir.filePath(QStringLiteral("a.sqlite")));
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        if (!db->open(&error))
            return false;
        // Three answered calls and one missed; Elena (C-1) called twice on 1 December, an hour
        // apart, and twice more within minutes on 2 December.
        const QStringList calls = {
            call("call-1", "+442079460321", "C-1", "2026-12-01T09:00:00.000Z", 1, 300),
            call("call-2", "+442079460321", "C-1", "2026-12-01T10:00:00.000Z", 1, 240),
            call("call-3", "+442079460999", "C-2", "2026-12-01T11:00:00.000Z", 1, 120),
            call("call-4", "+442079460999", "C-2", "2026-12-01T12:00:00.000Z", 0, 0),
            call("call-5", "+442079460321", "C-1", "2026-12-02T09:00:00.000Z", 1, 200),
            call("call-6", "+442079460321", "C-1", "2026-12-02T09:04:00.000Z", 1, 200),
        };
        QSqlQuery query(db->connection());
        for (const QString& sql : calls) {
            if (!query.exec(sql))
                return false;
        }
        return query.exec(
            QStringLiteral("INSERT INTO customers (customer_id, full_name, language, updated_at)"
                           " VALUES ('C-2', 'María López', 'es', '2026-01-01T00:00:00.000Z')"));
    }

    static QString call(const char* id, const char* phone, const char* customer, const char* at,
                        int answered, int seconds)
    {
        return QStringLiteral(
                   "INSERT INTO calls (call_id, source, phone, customer_id, display_name,"
                   " ringing_at, answered, talk_ms, ended_at, outcome) VALUES ('%1', 'test',"
                   " '%2', '%3', 'Caller', '%4', %5, %6,"
                   " strftime('%Y-%m-%dT%H:%M:%fZ', '%4', '+%7 seconds'), '%8')")
            .arg(QLatin1String(id), QLatin1String(phone), QLatin1String(customer),
                 QLatin1String(at))
            .arg(answered)
            .arg(seconds * 1000)
            .arg(seconds)
            .arg(answered ? QStringLiteral("completed") : QStringLiteral("missed"));
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(data);
        return path;
    }

    QString snapshot() const
    {
        QString all;
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT * FROM customer_feedback ORDER BY feedback_key"));
        while (query.next()) {
            // Not the row id nor the import time: an import replaces a row with itself.
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name != QLatin1String("id") && name != QLatin1String("imported_at"))
                    all += query.value(i).toString() + QLatin1Char('|');
            }
            all += QLatin1Char('\n');
        }
        return all;
    }

    int count(const QString& where = QStringLiteral("1")) const
    {
        QSqlQuery query(db->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM customer_feedback WHERE ") + where);
        return query.next() ? query.value(0).toInt() : -1;
    }

    // Imports `data` as `name` and returns the error ("" on success).
    QString import(const QString& name, const QByteArray& data,
                   FeedbackImport::Result* result = nullptr)
    {
        FeedbackImport import(*db, QStringLiteral("GB"));
        FeedbackImport::Result ignored;
        QString error;
        if (import.importFile(write(name, data), result ? result : &ignored, &error))
            return {};
        return error.isEmpty() ? QStringLiteral("(refused without a reason)") : error;
    }
};

} // namespace attune::test
