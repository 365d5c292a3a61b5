#include "Database.h"

#include "RecordTrust.h"
#include "core/Logging.h"
#include "core/OwnFiles.h"
#include "core/PrivatePath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

namespace {

// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode
{
    kReadOnly = 8,
    kIoError = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADatabase = 26,
};

int sqliteCode(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code != 0)
        return code;
    // A failed COMMIT comes back from QSQLITE with SQLite's words but without its code.
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("disk is full")))
        return kFull;
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return kReadOnly;
    if (text.contains(QLatin1String("disk I/O error")))
        return kIoError;
    if (text.contains(QLatin1String("malformed")))
        return kCorrupt;
    if (text.contains(QLatin1String("not a database")))
        return kNotADatabase;
    return 0;
}

bool isStorageFault(int code)
{
    return code == kFull || code == kReadOnly || code == kIoError || code == kCorrupt ||
           code == kNotADatabase || code == kCantOpen;
}

std::atomic<bool> g_watchGuiThread{qEnvironmentVariableIntValue("ATTUNE_WATCH_GUI_THREAD") == 1};
std::atomic<int> g_guiThreadConnections{0};

// Like RecordTrust, the two SQLite functions are looked up in the library Qt's driver loaded.
struct CancelApi
{
    int (*busyHandler)(void*, int (*)(void*, int), void*) = nullptr;
    void (*interrupt)(void*) = nullptr;
};

const CancelApi& cancelApi()
{
    static const CancelApi loaded = [] {
        CancelApi found;
        void* library = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            library = ::dlopen("libsqlite3.so.0", RTLD_NOW);
        if (!library)
            return found;
        found.busyHandler =
            reinterpret_cast<decltype(found.busyHandler)>(::dlsym(library, "sqlite3_busy_handler"));
        found.interrupt =
            reinterpret_cast<decltype(found.interrupt)>(::dlsym(library, "sqlite3_interrupt"));
        return found;
    }();
    return loaded;
}

// SQLite's library refers to its own exported functions some 1,500 times (function tables, not
// calls), and every process-wide lookup walks all of the executable's ~45 libraries before it
// reaches libsqlite3 itself: about 4 M instructions when Qt's driver loads it on the storage
// thread after the first frame. Loaded first with RTLD_DEEPBIND, those lookups start in the
// library itself; the driver then finds it loaded. Plain C with no symbol meant to be replaced,
// so binding it to itself changes nothing else. AddressSanitizer refuses RTLD_DEEPBIND.
#if defined(__SANITIZE_ADDRESS__)
#define ATTUNE_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ATTUNE_ADDRESS_SANITIZER 1
#endif
#endif

void loadSqliteBoundToItself()
{
#ifndef ATTUNE_ADDRESS_SANITIZER
    static void* const library [[maybe_unused]] =
        ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
}

// The same 5 s as busy_timeout, in 10 ms steps, unless the reader's owner is going away.
int cancellableWait(void* cancelled, int count)
{
    if (static_cast<const std::atomic<bool>*>(cancelled)->load() || count >= 500)
        return 0;
    ::usleep(10000);
    return 1;
}

} // namespace

// What a connection needs to tell whether the file under it is still the one that was opened:
// truncating or replacing a database under a running SQLite goes unnoticed by it, and every save
// after that would be acknowledged and lost.
struct Database::FileWatch
{
    QString path;
    dev_t device = 0;
    ino_t inode = 0;
    qint64 largest = 0; // the main file only grows in WAL mode (no VACUUM, no auto_vacuum)
    std::atomic<bool> broken{false};
    QMutex mutex;
    QSet<QString> told; // faults already handed to the handler
    std::function<void(const QString&)> handler;

    bool stillIntact()
    {
        if (broken)
            return false;
        struct stat info
        {};
        const QByteArray name = QFile::encodeName(path);
        if (::stat(name.constData(), &info) != 0 || info.st_dev != device || info.st_ino != inode ||
            qint64(info.st_size) < largest) {
            broken = true;
            return false;
        }
        QMutexLocker locker(&mutex);
        largest = std::max(largest, qint64(info.st_size));
        return true;
    }

    void tell(const QString& kind, const QString& reason)
    {
        std::function<void(const QString&)> call;
        {
            QMutexLocker locker(&mutex);
            if (told.contains(kind) || !handler)
                return;
            told.insert(kind);
            call = handler;
        }
        call(reason);
    }
};

namespace {

// Connections are found by their driver, which a QSqlQuery knows, to reach their file's watch.
QMutex g_watchesMutex;
QHash<const QSqlDriver*, std::weak_ptr<Database::FileWatch>>& watches()
{
    static QHash<const QSqlDriver*, std::weak_ptr<Database::FileWatch>> map;
    return map;
}

std::shared_ptr<Database::FileWatch> watchOf(const QSqlDriver* driver)
{
    QMutexLocker locker(&g_watchesMutex);
    return watches().value(driver).lock();
}

QString truncatedText(const QString& path)
{
    return Database::tr("The database %1 was truncated or replaced while Attune was running, so "
                        "nothing more can be saved safely; this was not saved. Quit Attune and "
                        "start it again.")
        .arg(path);
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// A version 4 UUID, written by SQLite itself so that whichever code inserts a row, it has one.
const QString kNewUuid = QStringLiteral(
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||"
    " substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||"
    " substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))");
// An agent without a team server never grows an outbox.
const QString kSyncEnabled =
    QStringLiteral("EXISTS (SELECT 1 FROM team_state WHERE key = 'sync_enabled' AND value = '1')");
const QString kQueue =
    QStringLiteral("INSERT OR REPLACE INTO team_outbox (kind, local_id, queued_at)"
                   " VALUES ('%1', new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");

// app_state's keys for the integrity check (IntegrityCheck::WhenDue); the table came with
// migration 9.
constexpr int kAppStateVersion = 9;
const QString kLastFullCheckKey = QStringLiteral("integrity/lastFullCheck");

} // namespace

Database::Database(const QString& filePath)
    : m_filePath(filePath)
    , m_connectionPrefix(QStringLiteral("attune-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_trust(std::make_unique<RecordTrust>())
{}

Database::~Database()
{
    close();
}

const QList<Database::Migration>& Database::migrations()
{
    // Append only: a migration that has shipped is never edited, because databases out there
    // already ran it.
    static const QList<Migration> list = {
        {1,
         "calls: one row per call the agent took or missed",
         {
             QStringLiteral("CREATE TABLE calls ("
                            " id INTEGER PRIMARY KEY,"
                            " call_id TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " phone TEXT,"
                            " customer_id TEXT,"
                            " display_name TEXT,"
                            " ringing_at TEXT NOT NULL,"
                            " answered INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),"
                            " talk_ms INTEGER CHECK (talk_ms IS NULL OR talk_ms >= 0),"
                            " ended_at TEXT,"
                            " outcome TEXT CHECK (outcome IS NULL OR outcome IN "
                            "   ('completed', 'missed')))"),
             QStringLiteral("CREATE INDEX calls_by_ringing_at ON calls (ringing_at)"),
             QStringLiteral("CREATE INDEX calls_by_customer ON calls (customer_id)"),
         }},
        {2,
         "the agent's phrases: favourites, what their choices taught the suggester, their own",
         {
             QStringLiteral("CREATE TABLE phrase_preferences ("
                            " phrase_id TEXT PRIMARY KEY,"
                            " starred INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),"
                            " learned_weight REAL NOT NULL DEFAULT 0"
                            "   CHECK (learned_weight BETWEEN -1 AND 1))"),
             QStringLiteral("CREATE TABLE personal_phrases ("
                            " id INTEGER PRIMARY KEY,"
                            " text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 400),"
                            " technique TEXT NOT NULL,"
                            " cues TEXT NOT NULL,"
                            " moments TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
         }},
        {3,
         "breathing exercises: the agent's own record, with their own stress taps",
         {
             QStringLiteral("CREATE TABLE breathing_sessions ("
                            " id INTEGER PRIMARY KEY,"
                            " started_at TEXT NOT NULL UNIQUE,"
                            " pattern_id TEXT NOT NULL,"
                            " pattern_name TEXT NOT NULL,"
                            " planned_ms INTEGER NOT NULL CHECK (planned_ms > 0),"
                            " breathed_ms INTEGER NOT NULL CHECK (breathed_ms >= 0),"
                            " outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'stopped')),"
                            " stress_before INTEGER CHECK (stress_before BETWEEN 1 AND 5),"
                            " stress_after INTEGER CHECK (stress_after BETWEEN 1 AND 5))"),
         }},
        {4,
         "post-call self-assessments, and the draft of each one while it is being filled in",
         {
             QStringLiteral(
                 "CREATE TABLE assessments ("
                 " id INTEGER PRIMARY KEY,"
                 " call_id TEXT NOT NULL,"
                 " rubric_id TEXT NOT NULL,"
                 " rubric_version INTEGER NOT NULL CHECK (rubric_version >= 1),"
                 " answers TEXT NOT NULL CHECK (json_valid(answers)),"
                 " note TEXT NOT NULL DEFAULT '',"
                 " note_private INTEGER NOT NULL DEFAULT 0 CHECK (note_private IN (0, 1)),"
                 " saved_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX assessments_by_call ON assessments (call_id)"),
             QStringLiteral(
                 "CREATE TABLE assessment_drafts ("
                 " call_id TEXT PRIMARY KEY,"
                 " rubric_id TEXT NOT NULL,"
                 " rubric_version INTEGER NOT NULL,"
                 " answers TEXT NOT NULL CHECK (json_valid(answers)),"
                 " note TEXT NOT NULL DEFAULT '',"
                 " note_private INTEGER NOT NULL DEFAULT 0 CHECK (note_private IN (0, 1)),"
                 " updated_at TEXT NOT NULL)"),
         }},
        {5,
         "customer profiles, their contact history, open cases and notes from earlier calls",
         {
             QStringLiteral("CREATE TABLE customers ("
                            " customer_id TEXT PRIMARY KEY,"
                            " full_name TEXT NOT NULL,"
                            " preferred_name TEXT NOT NULL DEFAULT '',"
                            " pronunciation TEXT NOT NULL DEFAULT '',"
                            " pronouns TEXT NOT NULL DEFAULT '',"
                            " phone_e164 TEXT,"
                            " language TEXT NOT NULL DEFAULT '',"
                            " segment TEXT NOT NULL DEFAULT '',"
                            " customer_since TEXT,"
                            " flags TEXT NOT NULL DEFAULT '',"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX customers_by_phone ON customers (phone_e164)"),
             QStringLiteral("CREATE TABLE contacts ("
                            " contact_id TEXT PRIMARY KEY,"
                            " customer_id TEXT NOT NULL REFERENCES customers (customer_id)"
                            "   ON DELETE CASCADE,"
                            " contact_at TEXT NOT NULL,"
                            " channel TEXT NOT NULL DEFAULT '',"
                            " topic TEXT NOT NULL DEFAULT '',"
                            " outcome TEXT NOT NULL DEFAULT '',"
                            " agent_note TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE INDEX contacts_by_customer ON contacts (customer_id, contact_at)"),
             QStringLiteral("CREATE TABLE cases ("
                            " case_id TEXT PRIMARY KEY,"
                            " customer_id TEXT NOT NULL REFERENCES customers (customer_id)"
                            "   ON DELETE CASCADE,"
                            " opened_at TEXT NOT NULL,"
                            " topic TEXT NOT NULL,"
                            " status TEXT NOT NULL CHECK (status IN ('open', 'closed')))"),
             QStringLiteral("CREATE TABLE customer_notes ("
                            " id INTEGER PRIMARY KEY,"
                            " customer_id TEXT NOT NULL REFERENCES customers (customer_id)"
                            "   ON DELETE CASCADE,"
                            " written_at TEXT NOT NULL,"
                            " call_id TEXT,"
                            " text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000))"),
             QStringLiteral("CREATE INDEX customer_notes_by_customer ON customer_notes "
                            "(customer_id, written_at)"),
         }},
        {6,
         "the customer's emotional arc on each call, for the self-assessment and the history",
         {
             QStringLiteral("ALTER TABLE calls ADD COLUMN arc_peak REAL"
                            " CHECK (arc_peak IS NULL OR arc_peak BETWEEN 0 AND 1)"),
             QStringLiteral("ALTER TABLE calls ADD COLUMN arc_peak_kind TEXT"),
             QStringLiteral("ALTER TABLE calls ADD COLUMN arc_peak_after_ms INTEGER"),
             QStringLiteral("ALTER TABLE calls ADD COLUMN arc_calmed INTEGER"
                            " CHECK (arc_calmed IS NULL OR arc_calmed IN (0, 1))"),
         }},
        {7,
         "what the history view filters on, as indexed columns of each assessment",
         {
             // Read out of the answers by SQLite itself, so filters are indexed SQL, not C++.
             QStringLiteral("ALTER TABLE assessments ADD COLUMN outcome TEXT GENERATED ALWAYS AS"
                            " (json_extract(answers, '$.outcome')) VIRTUAL"),
             QStringLiteral(
                 "ALTER TABLE assessments ADD COLUMN stress_before INTEGER GENERATED ALWAYS"
                 " AS (CAST(json_extract(answers, '$.stress_before') AS INTEGER)) VIRTUAL"),
             QStringLiteral(
                 "ALTER TABLE assessments ADD COLUMN stress_after INTEGER GENERATED ALWAYS"
                 " AS (CAST(json_extract(answers, '$.stress_after') AS INTEGER)) VIRTUAL"),
             // The share of "yes" (a "partly" counts half) over the yes/partly/no questions, 0-100,
             // written when the assessment is saved.
             QStringLiteral("ALTER TABLE assessments ADD COLUMN score REAL"
                            " CHECK (score IS NULL OR score BETWEEN 0 AND 100)"),
             QStringLiteral(
                 "CREATE INDEX assessments_by_stress_after ON assessments (stress_after)"),
             QStringLiteral("CREATE INDEX assessments_by_score ON assessments (score)"),
             QStringLiteral("CREATE INDEX calls_by_time_and_id ON calls (ringing_at, id)"),
         }},
        {8,
         "the supervisor's part of the history: coaching notes, kudos, their own rubric scores; "
         "the arc as points; indexed search and sorting",
         {
             // The smoothed level after each customer line, as [ms after the answer, 0..1] pairs,
             // so the history can draw the call's arc rather than guess it from the peak.
             QStringLiteral("ALTER TABLE calls ADD COLUMN arc_points TEXT"
                            " CHECK (arc_points IS NULL OR json_valid(arc_points))"),
             // Sorting is keyset paging too: each sortable column has an index ending in the row
             // id, with the same expression the query orders by.
             // What the agent said of the suggestions on screen, for the history's detail pane.
             QStringLiteral("ALTER TABLE calls ADD COLUMN suggestions_used TEXT"
                            " CHECK (suggestions_used IS NULL OR json_valid(suggestions_used))"),
             QStringLiteral("CREATE INDEX calls_by_call_id ON calls (call_id)"),
             QStringLiteral(
                 "CREATE INDEX calls_by_talk_and_id ON calls (coalesce(talk_ms, -1), id)"),
             QStringLiteral(
                 "CREATE INDEX calls_by_peak_and_id ON calls (coalesce(arc_peak, -1), id)"),
             QStringLiteral("CREATE INDEX assessments_by_score_and_id ON assessments (score, id)"),
             // Substring search over the caller's name and number without reading every row:
             // a trigram index kept in step with the calls table by triggers.
             QStringLiteral("CREATE VIRTUAL TABLE calls_search USING fts5(display_name, phone,"
                            " content='calls', content_rowid='id', tokenize='trigram')"),
             QStringLiteral("INSERT INTO calls_search (calls_search) VALUES ('rebuild')"),
             QStringLiteral("CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN"
                            " INSERT INTO calls_search (rowid, display_name, phone)"
                            " VALUES (new.id, new.display_name, new.phone); END"),
             QStringLiteral("CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN"
                            " INSERT INTO calls_search (calls_search, rowid, display_name, phone)"
                            " VALUES ('delete', old.id, old.display_name, old.phone); END"),
             QStringLiteral(
                 "CREATE TRIGGER calls_search_update AFTER UPDATE OF display_name, phone ON calls"
                 " BEGIN"
                 " INSERT INTO calls_search (calls_search, rowid, display_name, phone)"
                 " VALUES ('delete', old.id, old.display_name, old.phone);"
                 " INSERT INTO calls_search (rowid, display_name, phone)"
                 " VALUES (new.id, new.display_name, new.phone); END"),
             // The supervisor's own score beside the agent's self-assessment: same rubric.
             QStringLiteral(
                 "CREATE TABLE supervisor_scores ("
                 " assessment_id INTEGER PRIMARY KEY REFERENCES assessments (id) ON DELETE CASCADE,"
                 " answers TEXT NOT NULL CHECK (json_valid(answers)),"
                 " score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),"
                 " scored_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE coaching_notes ("
                            " id INTEGER PRIMARY KEY,"
                            " call_id TEXT NOT NULL,"
                            " text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),"
                            " written_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX coaching_notes_by_call ON coaching_notes (call_id, written_at)"),
             // Kudos name the behaviour they recognise (a rubric question's id, or the
             // supervisor's own words) and are announced to the agent once.
             QStringLiteral("CREATE TABLE kudos ("
                            " id INTEGER PRIMARY KEY,"
                            " call_id TEXT NOT NULL,"
                            " behaviour TEXT NOT NULL CHECK (length(behaviour) BETWEEN 1 AND 200),"
                            " text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 1000),"
                            " given_at TEXT NOT NULL,"
                            " announced_at TEXT)"),
             QStringLiteral("CREATE INDEX kudos_by_call ON kudos (call_id)"),
             QStringLiteral(
                 "CREATE INDEX kudos_to_announce ON kudos (given_at) WHERE announced_at IS NULL"),
         }},
        {9,
         "what Attune must remember across restarts (the last retention purge, the PIN back-off);"
         " signed supervisor records",
         {
             QStringLiteral("CREATE TABLE app_state ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
             // Each supervisor record signed by the supervisor's key (SupervisorRecords): one
             // an agent typed into the file is not shown as the supervisor's.
             QStringLiteral("ALTER TABLE coaching_notes ADD COLUMN signature BLOB"),
             QStringLiteral("ALTER TABLE kudos ADD COLUMN signature BLOB"),
             QStringLiteral("ALTER TABLE supervisor_scores ADD COLUMN signature BLOB"),
         }},
        {10,
         "practice runs (role-play between calls): a table of their own, never mixed with calls",
         {
             QStringLiteral(
                 "CREATE TABLE practice_runs ("
                 " id INTEGER PRIMARY KEY,"
                 " scenario_id TEXT NOT NULL CHECK (length(scenario_id) BETWEEN 1 AND 40),"
                 " locale TEXT NOT NULL,"
                 " started_at TEXT NOT NULL,"
                 " ended_at TEXT NOT NULL,"
                 " turns INTEGER NOT NULL CHECK (turns BETWEEN 1 AND 12),"
                 " behaviours TEXT NOT NULL CHECK (json_valid(behaviours)),"
                 " outcome TEXT NOT NULL CHECK (outcome IN"
                 "   ('better', 'same', 'worse', 'turn_limit', 'abandoned')))"),
             QStringLiteral("CREATE INDEX practice_runs_by_start ON practice_runs (started_at)"),
         }},
        {11,
         "the team server's outbox: stable ids for calls and assessments, queued by triggers in "
         "the writer's own transaction while sync is on; server ids for what came down",
         {
             // A random UUID (version 4) made by SQLite, so every writer gets one without code.
             QStringLiteral("ALTER TABLE calls ADD COLUMN sync_id TEXT"),
             QStringLiteral("ALTER TABLE assessments ADD COLUMN sync_id TEXT"),
             QStringLiteral("UPDATE calls SET sync_id = %1 WHERE sync_id IS NULL").arg(kNewUuid),
             QStringLiteral("UPDATE assessments SET sync_id = %1 WHERE sync_id IS NULL")
                 .arg(kNewUuid),
             QStringLiteral("CREATE UNIQUE INDEX calls_by_sync_id ON calls (sync_id)"),
             QStringLiteral("CREATE UNIQUE INDEX assessments_by_sync_id ON assessments (sync_id)"),
             // key/value: 'sync_enabled' = '1' while a team server is configured; the down-sync
             // cursors.
             QStringLiteral("CREATE TABLE team_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE team_outbox ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " kind TEXT NOT NULL CHECK (kind IN ('call', 'assessment')),"
                            " local_id INTEGER NOT NULL,"
                            " queued_at TEXT NOT NULL,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " UNIQUE (kind, local_id))"),
             QStringLiteral("CREATE TRIGGER calls_sync_id AFTER INSERT ON calls"
                            " WHEN new.sync_id IS NULL BEGIN"
                            " UPDATE calls SET sync_id = %1 WHERE id = new.id; END")
                 .arg(kNewUuid),
             QStringLiteral("CREATE TRIGGER assessments_sync_id AFTER INSERT ON assessments"
                            " WHEN new.sync_id IS NULL BEGIN"
                            " UPDATE assessments SET sync_id = %1 WHERE id = new.id; END")
                 .arg(kNewUuid),
             // REPLACE gives a changed record a new seq, so a worker that read the older
             // version deletes only the entry it delivered, never the newer one.
             QStringLiteral("CREATE TRIGGER calls_outbox_insert AFTER INSERT ON calls"
                            " WHEN new.sync_id IS NOT NULL AND new.answered = 1"
                            " AND new.ended_at IS NOT NULL AND %1 BEGIN %2 END")
                 .arg(kSyncEnabled, kQueue.arg(QStringLiteral("call"))),
             QStringLiteral("CREATE TRIGGER calls_outbox_update AFTER UPDATE ON calls"
                            " WHEN new.sync_id IS NOT NULL AND new.answered = 1"
                            " AND new.ended_at IS NOT NULL AND %1 BEGIN %2 END")
                 .arg(kSyncEnabled, kQueue.arg(QStringLiteral("call"))),
             QStringLiteral("CREATE TRIGGER assessments_outbox_insert AFTER INSERT ON assessments"
                            " WHEN new.sync_id IS NOT NULL AND %1 BEGIN %2 END")
                 .arg(kSyncEnabled, kQueue.arg(QStringLiteral("assessment"))),
             QStringLiteral("CREATE TRIGGER assessments_outbox_update AFTER UPDATE ON assessments"
                            " WHEN new.sync_id IS NOT NULL AND %1 BEGIN %2 END")
                 .arg(kSyncEnabled, kQueue.arg(QStringLiteral("assessment"))),
             // What came down from the server: its id, so a second fetch inserts nothing.
             QStringLiteral("ALTER TABLE coaching_notes ADD COLUMN server_id TEXT"),
             QStringLiteral("ALTER TABLE kudos ADD COLUMN server_id TEXT"),
             QStringLiteral("ALTER TABLE supervisor_scores ADD COLUMN server_id TEXT"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX coaching_notes_by_server_id ON coaching_notes (server_id)"),
             QStringLiteral("CREATE UNIQUE INDEX kudos_by_server_id ON kudos (server_id)"),
             QStringLiteral("CREATE UNIQUE INDEX supervisor_scores_by_server_id"
                            " ON supervisor_scores (server_id)"),
         }},
        {12,
         "the customer's verdict: post-call survey results (attune import feedback), one row per "
         "survey, with the comment as the cue reader read it",
         {
             // Keyed by call and survey id, or by a digest of the row when the survey tool gives
             // no id, so a file imported twice changes nothing. No phone number or customer id is
             // kept: they only find the call.
             QStringLiteral("CREATE TABLE customer_feedback ("
                            " id INTEGER PRIMARY KEY,"
                            " feedback_key TEXT NOT NULL UNIQUE,"
                            " call_id TEXT NOT NULL,"
                            " survey_id TEXT NOT NULL DEFAULT '',"
                            " csat INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),"
                            " nps INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),"
                            " score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),"
                            " comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),"
                            " comment_language TEXT NOT NULL DEFAULT '',"
                            " comment_cue TEXT NOT NULL DEFAULT '',"
                            " upset INTEGER NOT NULL DEFAULT 0 CHECK (upset IN (0, 1)),"
                            " imported_at TEXT NOT NULL,"
                            " CHECK (csat IS NOT NULL OR nps IS NOT NULL))"),
             QStringLiteral(
                 "CREATE INDEX customer_feedback_by_call ON customer_feedback (call_id)"),
             // "Customer left upset": the few upset calls, read from a small partial index.
             QStringLiteral("CREATE INDEX customer_feedback_upset ON customer_feedback (call_id)"
                            " WHERE upset = 1"),
             // A survey row that names the caller's number instead of the call.
             QStringLiteral("CREATE INDEX calls_by_phone ON calls (phone, ringing_at)"),
         }},
        {13,
         "the customer's verdict goes to the team server like assessments: a stable id per "
         "survey and outbox triggers on customer_feedback",
         {
             // Made by the import from the call's sync_id and the survey's key, so a survey
             // imported again keeps its id and the server updates the same row.
             // No index: the outbox names rows by id, and an index of random ids would slow
             // every import's build.
             QStringLiteral("ALTER TABLE customer_feedback ADD COLUMN sync_id TEXT"),
             // The outbox's kinds are a CHECK, which SQLite cannot alter: the table is made
             // again. Legacy renaming, so the triggers that name team_outbox are left as they are.
             QStringLiteral("PRAGMA legacy_alter_table=ON"),
             QStringLiteral(
                 "CREATE TABLE team_outbox_13 ("
                 " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " kind TEXT NOT NULL CHECK (kind IN ('call', 'assessment', 'feedback')),"
                 " local_id INTEGER NOT NULL,"
                 " queued_at TEXT NOT NULL,"
                 " attempts INTEGER NOT NULL DEFAULT 0,"
                 " UNIQUE (kind, local_id))"),
             QStringLiteral("INSERT INTO team_outbox_13 (seq, kind, local_id, queued_at, attempts)"
                            " SELECT seq, kind, local_id, queued_at, attempts FROM team_outbox"),
             QStringLiteral("DROP TABLE team_outbox"),
             QStringLiteral("ALTER TABLE team_outbox_13 RENAME TO team_outbox"),
             QStringLiteral("PRAGMA legacy_alter_table=OFF"),
             // The import swaps the whole table in (ImportStaging), carrying these triggers over
             // and passing the file's rows through the UPDATE one, so only they are queued.
             QStringLiteral("CREATE TRIGGER customer_feedback_outbox_insert AFTER INSERT ON"
                            " customer_feedback WHEN new.sync_id IS NOT NULL AND %1 BEGIN %2 END")
                 .arg(kSyncEnabled, kQueue.arg(QStringLiteral("feedback"))),
             QStringLiteral("CREATE TRIGGER customer_feedback_outbox_update AFTER UPDATE ON"
                            " customer_feedback WHEN new.sync_id IS NOT NULL AND %1 BEGIN %2 END")
                 .arg(kSyncEnabled, kQueue.arg(QStringLiteral("feedback"))),
         }},
        {14,
         "forwarded requests applied, with the answer given, so a request sent again after the "
         "instance was killed is answered, not applied twice",
         {
             // Written in the same transaction as the request's own writes (StorageQueue's
             // request groups), so either both are on disk or neither is. `command` keeps an id
             // reused for another command from reading this one's answer. Ids are at most 128
             // characters; the WebSocket API's are kept as "ws:<id>", hence the margin.
             QStringLiteral("CREATE TABLE applied_requests ("
                            " request_id TEXT PRIMARY KEY CHECK (length(request_id) BETWEEN 1 AND"
                            " 256),"
                            " command TEXT NOT NULL,"
                            " answer TEXT NOT NULL,"
                            " applied_at INTEGER NOT NULL)"),
             // Read by the pruning until it walked rowids instead (RequestLedger::record);
             // still kept up to date, at the cost of one index entry a record.
             QStringLiteral(
                 "CREATE INDEX applied_requests_by_time ON applied_requests (applied_at)"),
         }},
    };
    return list;
}

bool Database::stillIntact(QString* reason) const
{
    if (!m_watch || m_watch->path.isEmpty() || m_watch->stillIntact())
        return true;
    const QString text = truncatedText(m_watch->path);
    m_watch->tell(QStringLiteral("truncated"), text);
    if (reason)
        *reason = text;
    return false;
}

bool Database::runQuery(QSqlQuery& query, QString* error)
{
    const std::shared_ptr<FileWatch> watch = watchOf(query.driver());
    if (watch && watch->broken) {
        if (error)
            *error = truncatedText(watch->path);
        return false;
    }
    if (query.exec()) {
        // Checked after the write and before anyone is told it was saved.
        if (!watch || query.isSelect() || watch->stillIntact())
            return true;
        qCWarning(lcStorage) << "the database file was truncated or replaced underneath";
        const QString reason = truncatedText(watch->path);
        watch->tell(QStringLiteral("truncated"), reason);
        if (error)
            *error = reason;
        return false;
    }
    const QString path = watch ? watch->path : QString();
    const QString reason = explain(query.lastError(), path);
    if (error)
        *error = reason;
    else
        // A caller that takes no error is a read that would otherwise come back silently empty:
        // the log says which statement failed and why (the statement's text has placeholders,
        // never the values bound to them).
        qCWarning(lcStorage).noquote() << "read failed:" << query.lastError().text() << "in"
                                       << query.lastQuery().simplified().left(80);
    const int code = sqliteCode(query.lastError());
    if (watch && isStorageFault(code)) {
        qCWarning(lcStorage) << "storage fault, SQLite code" << code;
        watch->tell(QString::number(code), reason);
    }
    return false;
}

QString Database::fault(const QSqlError& error) const
{
    const QString reason = explain(error, m_filePath);
    const int code = sqliteCode(error);
    if (m_watch && isStorageFault(code)) {
        qCWarning(lcStorage) << "storage fault, SQLite code" << code;
        m_watch->tell(QString::number(code), reason);
    }
    return reason;
}

QString Database::explain(const QSqlError& error, const QString& path)
{
    const QString where = path.isEmpty() ? tr("the database") : path;
    switch (sqliteCode(error)) {
    case kFull:
        return tr("The disk holding %1 is full, so this was not saved. Free some space on it (or "
                  "ask IT to), then try again.")
            .arg(where);
    case kReadOnly:
    case kCantOpen:
        return tr("Attune cannot write to %1 (the file or its folder is read-only), so this was "
                  "not saved. Make them writable for your user (or ask IT to), then try again.")
            .arg(where);
    case kIoError:
        return tr("The disk reported an error while writing %1, so this was not saved. Check the "
                  "disk (or ask IT to), then try again.")
            .arg(where);
    case kCorrupt:
    case kNotADatabase:
        return tr("The database %1 is damaged, so this was not saved. Quit Attune and start it "
                  "again: it keeps the damaged file aside and starts a fresh one.")
            .arg(where);
    default:
        return error.text();
    }
}

void Database::setFaultHandler(std::function<void(const QString& reason)> handler)
{
    if (!m_watch)
        m_watch = std::make_shared<FileWatch>();
    QMutexLocker locker(&m_watch->mutex);
    m_watch->handler = std::move(handler);
}

void Database::watchFile()
{
    // A checkpoint first, so the main file holds the data and its size means something.
    QSqlQuery checkpoint(connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    if (!m_watch)
        m_watch = std::make_shared<FileWatch>();
    struct stat info
    {};
    if (::stat(QFile::encodeName(m_filePath).constData(), &info) != 0)
        return;
    {
        QMutexLocker locker(&m_watch->mutex);
        m_watch->path = m_filePath;
        m_watch->device = info.st_dev;
        m_watch->inode = info.st_ino;
        m_watch->largest = qint64(info.st_size);
        m_watch->broken = false;
        m_watch->told.clear();
    }
    QMutexLocker locker(&g_watchesMutex);
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_connectionPrefix))
            watches().insert(QSqlDatabase::database(name, false).driver(), m_watch);
    }
}

QString Database::stateValue(const QString& key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!runQuery(query, nullptr) || !query.next())
        return {};
    return query.value(0).toString();
}

bool Database::setStateValue(const QString& key, const QString& value, QString* error) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (:key, :value)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value.isNull() ? QStringLiteral("") : value);
    return runQuery(query, error);
}

int Database::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

bool Database::filesAreOrdinary(QString* error) const
{
    // Each is opened for writing (the mark with O_WRONLY, which waits for a reader on a FIFO for
    // good, on the storage thread that quitting then waits for) and made 0600 through any link,
    // so a link to /dev/zero lost its mode; a folder or a FIFO in the database's place was taken
    // for a damaged database and moved aside. None of them is Attune's to change.
    for (const QString& name :
         {m_filePath, m_filePath + QStringLiteral("-wal"), m_filePath + QStringLiteral("-shm"),
          m_filePath + QStringLiteral("-journal"), inUseMark()}) {
        struct stat info
        {};
        if (::stat(QFile::encodeName(name).constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
            if (error)
                *error = tr("%1 is not an ordinary file (a folder, a device or a FIFO, or a link "
                            "to one). Attune did not open or change it. Move it out of the way "
                            "(or ask IT to), then start Attune again.")
                             .arg(name);
            return false;
        }
    }
    return true;
}

bool Database::createFile(QString* error) const
{
    // Created by us with owner-only permissions before SQLite opens it; SQLite gives its -wal and
    // -shm files the permissions of the main file.
    // O_NOFOLLOW: a dangling link in the database's place would have the file created wherever
    // it points; PrivatePath then says what the link is instead.
    const int fd = ::open(QFile::encodeName(m_filePath).constData(),
                          O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW, 0600);
    if (fd < 0 && errno != ELOOP) {
        if (error)
            *error = tr("Cannot create the database %1: %2")
                         .arg(m_filePath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (fd >= 0)
        ::close(fd);
    QString problem;
    const PrivatePath::Outcome outcome = PrivatePath::makeFilePrivate(m_filePath, &problem);
    if (outcome == PrivatePath::Outcome::Linked)
        qCInfo(lcStorage) << "the database is a link; its target's mode is left as it is";
    if (!PrivatePath::usable(outcome)) {
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

Database::Health Database::checkHealth(QString* problem) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *problem = db.lastError().text();
        return Health::Corrupt;
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        *problem = check.lastError().text();
        // Another program holding the file is not damage: it must not be moved aside.
        if (problem->contains(QLatin1String("locked")) || problem->contains(QLatin1String("busy")))
            return Health::Locked;
        // Nor is a file that cannot be written or a full disk: moving it aside would fail or,
        // worse, leave the agent's history behind a fresh empty one.
        const int code = sqliteCode(check.lastError());
        if (code == kReadOnly || code == kCantOpen || code == kFull || code == kIoError) {
            *problem = explain(check.lastError(), m_filePath);
            return Health::Unusable;
        }
        return Health::Corrupt;
    }
    *problem = check.value(0).toString();
    return *problem == QLatin1String("ok") ? Health::Ok : Health::Corrupt;
}

bool Database::open(QString* error, int targetVersion)
{
    m_movedAsideTo.clear();
    const QFileInfo file(m_filePath);
    QString folderProblem;
    const PrivatePath::Outcome folder =
        PrivatePath::makeFolderPrivate(file.absolutePath(), &folderProblem);
    if (folder == PrivatePath::Outcome::Linked)
        qCInfo(lcStorage) << "the data folder is a link; its target's mode is left as it is";
    if (!PrivatePath::usable(folder)) {
        if (error)
            *error = folderProblem;
        return false;
    }
    if (!filesAreOrdinary(error))
        return false;
    // SQLite needs to write beside the file (its -wal and -shm): a read-only folder is said to
    // be one, not reported later as a damaged database.
    if (::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) != 0 ||
        (file.exists() && ::access(QFile::encodeName(m_filePath).constData(), W_OK) != 0)) {
        if (error)
            *error = tr("Attune cannot write to its data folder %1 (%2). Nothing was changed. "
                        "Make the folder and the files in it writable for your user (or ask IT "
                        "to), then start Attune again.")
                         .arg(file.absolutePath(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // A run that ended without closing the file (a kill, a crash, a power cut) leaves the app's
    // in-use mark, and its WAL when it had committed (SQLite syncs the WAL's folder entry; the
    // mark is not synced, it costs no disk flush). The mark stays when a command line run closes
    // the file in between and so deletes the WAL. A WAL can also belong to another program that
    // has the file open now; the full check is then only early. A mark kept inside the database
    // once cost two commits and their checkpoints on every start.
    m_uncleanClose =
        QFileInfo::exists(m_filePath + QStringLiteral("-wal")) ||
        (m_integrityCheck == IntegrityCheck::WhenDue && QFileInfo::exists(inUseMark()));
    if (!createFile(error))
        return false;

    m_open = true;
    QString problem;
    switch (checkIntegrity(&problem)) {
    case Health::Ok:
        break;
    case Health::Unusable:
        if (error)
            *error = tr("%1 Attune did not change anything.").arg(problem);
        close();
        return false;
    case Health::Locked:
        if (error)
            *error = tr("The database %1 is in use by another program (%2). Attune did not "
                        "change it; close the other program and start Attune again.")
                         .arg(m_filePath, problem);
        close();
        return false;
    case Health::Corrupt: {
        close();
        if (m_integrityCheck == IntegrityCheck::Cheap) {
            // The command line refuses it: moving the agent's history aside is the app's to do,
            // where the agent is told where it went.
            if (error)
                *error = tr("The database %1 is damaged (%2). Nothing was changed. Start Attune: "
                            "it keeps the damaged file aside and starts a fresh one.")
                             .arg(m_filePath, problem);
            return false;
        }
        // Kept, not repaired or deleted: the agent's records may still be recoverable from it.
        const QString aside =
            m_filePath + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss"));
        if (!QFile::rename(m_filePath, aside)) {
            if (error)
                *error = tr("The database %1 is damaged (%2) and could not be moved aside.")
                             .arg(m_filePath, problem);
            return false;
        }
        for (const char* suffix : {"-wal", "-shm"})
            QFile::rename(m_filePath + QLatin1String(suffix), aside + QLatin1String(suffix));
        qCWarning(lcStorage).noquote() << "damaged database moved aside:" << problem;
        m_movedAsideTo = aside;
        if (!createFile(error))
            return false;
        m_open = true;
        break;
    }
    }
    if (!migrate(targetVersion < 0 ? latestVersion() : targetVersion, error)) {
        close();
        return false;
    }
    // Written only when the full check ran: a start that finds nothing to check writes nothing.
    if (m_integrityCheck == IntegrityCheck::WhenDue && m_fullCheckRan &&
        schemaVersion() >= kAppStateVersion)
        setStateValue(kLastFullCheckKey,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (m_integrityCheck == IntegrityCheck::WhenDue) {
        // Owner-only from its first moment, like every file of the agent's.
        const int mark = ::open(QFile::encodeName(inUseMark()).constData(),
                                O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW, 0600);
        m_markedInUse = mark >= 0;
        if (mark >= 0)
            ::close(mark);
    }
    watchFile();
    OwnFiles::protect(m_filePath);
    return true;
}

bool Database::looksSound() const
{
    // Never read through a descriptor of our own: closing any descriptor of the file drops every
    // POSIX lock this process holds on it, SQLite's included. Another program closing the file
    // then takes itself for its last user, checkpoints and deletes the WAL this process goes on
    // writing to, and every commit after that is lost at the next kill (tst_integritycheck).
    // So the size comes from stat() and the header from SQLite.
    struct stat info
    {};
    if (::stat(QFile::encodeName(m_filePath).constData(), &info) != 0)
        return false;
    if (info.st_size == 0)
        return true; // just made: SQLite writes its header with the first table
    // Reading the schema first makes SQLite check the header (a database at all, its page size)
    // and compare its page count with the file's pages and the WAL's: a file cut short fails here.
    QSqlQuery schema(connection());
    if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !schema.next())
        return false;
    schema.finish();
    // A file that is not whole pages was cut inside one.
    QSqlQuery pragma(connection());
    if (!pragma.exec(QStringLiteral("PRAGMA page_size")) || !pragma.next())
        return false;
    const qint64 pageSize = pragma.value(0).toLongLong();
    return pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0 &&
           qint64(info.st_size) % pageSize == 0;
}

bool Database::fullCheckDue() const
{
    if (m_uncleanClose)
        return true; // the last run did not close the file: a crash, a kill or a power cut
    if (schemaVersion() < kAppStateVersion)
        return true; // a new file (nothing to read) or one from before app_state
    const QDateTime last = QDateTime::fromString(stateValue(kLastFullCheckKey), Qt::ISODateWithMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Never checked, too long ago, or a clock that jumped back past it.
    return !last.isValid() || last.secsTo(now) >= qint64(kFullCheckHours) * 3600 ||
           last > now.addSecs(3600);
}

Database::Health Database::checkIntegrity(QString* problem)
{
    m_fullCheckRan = false;
    const bool full =
        !looksSound() || (m_integrityCheck == IntegrityCheck::WhenDue && fullCheckDue());
    if (!full)
        return Health::Ok;
    m_fullCheckRan = true;
    qCInfo(lcStorage) << "database: full integrity check";
    return checkHealth(problem);
}

QString Database::inUseMark() const
{
    return m_filePath + QStringLiteral(".in-use");
}

void Database::close()
{
    if (!m_open)
        return;
    m_open = false;
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(m_connectionPrefix))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QMutexLocker locker(&g_watchesMutex);
            watches().remove(db.driver());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (m_markedInUse) {
        // Closed cleanly: the next start need not read every page again.
        m_markedInUse = false;
        QFile::remove(inUseMark());
    }
}

QString Database::threadConnectionName() const
{
    return m_connectionPrefix + QLatin1Char('-') +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QMutexLocker locker(&g_watchesMutex);
        watches().remove(db.driver());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::watchGuiThread(bool armed)
{
    g_watchGuiThread = armed;
}

int Database::guiThreadConnections()
{
    return g_guiThreadConnections;
}

void* Database::makeCancellable(const std::atomic<bool>* cancelled) const
{
    const CancelApi& api = cancelApi();
    QSqlDatabase db = connection();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!api.busyHandler || !api.interrupt || !handle.isValid() ||
        qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    void* sqlite = *static_cast<void* const*>(handle.data());
    if (!sqlite)
        return nullptr;
    api.busyHandler(sqlite, &cancellableWait, const_cast<std::atomic<bool>*>(cancelled));
    return sqlite;
}

void Database::interrupt(void* handle)
{
    if (handle && cancelApi().interrupt)
        cancelApi().interrupt(handle);
}

void Database::loadDriver()
{
    loadSqliteBoundToItself();
    // Making a connection loads Qt's SQLite plugin, which stays loaded once its last
    // connection is removed; nothing is opened.
    const QString name = QStringLiteral("attune-driver-load");
    {
        const QSqlDatabase unopened = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection() const
{
    if (g_watchGuiThread.load(std::memory_order_relaxed) && QCoreApplication::instance() &&
        QThread::currentThread() == QCoreApplication::instance()->thread()) {
        ++g_guiThreadConnections;
        qCWarning(lcStorage) << "a database connection was used on the GUI thread";
    }
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    loadSqliteBoundToItself();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    // The busy timeout makes a second connection wait for a writer instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        QString error;
        if (!applyPragmas(db, &error))
            qCWarning(lcStorage).noquote() << "pragmas failed:" << error;
        // Without it every read of supervisor records fails rather than showing them unchecked.
        if (!m_trust->installOn(db, &error))
            qCWarning(lcStorage).noquote() << "supervisor record checks unavailable:" << error;
        if (m_watch && !m_watch->path.isEmpty()) {
            QMutexLocker locker(&g_watchesMutex);
            watches().insert(db.driver(), m_watch);
        }
    } else {
        qCWarning(lcStorage).noquote() << "open failed:" << db.lastError().text();
    }
    return db;
}

bool Database::applyPragmas(QSqlDatabase& db, QString* error) const
{
    // synchronous=FULL: a committed transaction survives a power cut, which is what the agent
    // was promised when the app said "saved".
    return exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           exec(db, QStringLiteral("PRAGMA synchronous=FULL"), error) &&
           exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
           exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), error);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::migrate(int targetVersion, QString* error)
{
    int version = schemaVersion();
    if (version < 0) {
        if (error)
            *error = tr("Cannot read the schema version of %1.").arg(m_filePath);
        return false;
    }
    if (version > latestVersion()) {
        if (error)
            *error =
                tr("The database %1 was made by a newer Attune (schema %2; this one knows %3).")
                    .arg(m_filePath)
                    .arg(version)
                    .arg(latestVersion());
        return false;
    }
    QSqlDatabase db = connection();
    for (const Migration& migration : migrations()) {
        if (migration.version <= version || migration.version > targetVersion)
            continue;
        // Each migration is one transaction, including the version bump, so a crash leaves
        // the database at the old version or the new one, never between.
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QString failure;
        bool ok = true;
        for (const QString& statement : migration.statements) {
            if (!exec(db, statement, &failure)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok =
                exec(db, QStringLiteral("PRAGMA user_version=%1").arg(migration.version), &failure);
        if (!ok || !db.commit()) {
            db.rollback();
            if (error)
                *error = tr("Migration %1 (%2) failed: %3")
                             .arg(migration.version)
                             .arg(QLatin1String(migration.description), failure);
            return false;
        }
        qCInfo(lcStorage) << "migrated to schema" << migration.version;
        version = migration.version;
    }
    return true;
}

} // namespace attune
