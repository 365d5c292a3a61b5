#pragma once

#include "core/TextRule.h"
#include "integration/AppPaths.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <iosfwd>
#include <memory>
#include <optional>

namespace attune {

class Settings;

namespace cli {

// The exit codes are part of the command-line contract (README, man page, softphone hooks).
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    BadCommandLine = 2,
    NotRunning = 3
};

// The messages of the command-line front end share the translation context "Cli", which the
// finished translations in translations/*.ts are keyed on.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One of a command's output streams: the process's stdout or stderr, or a buffer a test reads.
class OutputStream
{
public:
    virtual ~OutputStream() = default;
    virtual void write(const char* data, qsizetype size) = 0;
    void write(const QByteArray& bytes) { write(bytes.constData(), bytes.size()); }
    // Text in the encoding of the agent's terminal, as the command line always wrote it.
    void print(const QString& text) { write(TextRule::forTerminal(text).toLocal8Bit()); }
    // Why the stream refused a write (a full disk, a closed pipe), or empty while all went out.
    const QString& failure() const { return m_failure; }

protected:
    void setFailure(const QString& reason)
    {
        if (m_failure.isEmpty())
            m_failure = reason;
    }

private:
    QString m_failure;
};

// Written and flushed at once, so a script reading the pipe sees every answer as it comes.
class FileOutput final : public OutputStream
{
public:
    explicit FileOutput(std::FILE* file)
        : m_file(file)
    {}
    void write(const char* data, qsizetype size) override;

private:
    std::FILE* m_file;
};

class BufferOutput final : public OutputStream
{
public:
    // Stands for a stream that can take no more, as `> /dev/full` does.
    void failFrom(const QString& reason) { m_refusal = reason; }
    void write(const char* data, qsizetype size) override
    {
        if (!m_refusal.isEmpty())
            setFailure(m_refusal);
        else
            m_data.append(data, size);
    }
    const QByteArray& data() const { return m_data; }
    QString text() const { return QString::fromLocal8Bit(m_data); }
    void clear() { m_data.clear(); }

private:
    QByteArray m_data;
    QString m_refusal;
};

// What every command shares: the application's identity, the XDG folders, the settings, the
// translations, and where input comes from and output goes. The process builds one on its real
// streams; tests build one on buffers, in private XDG folders, and run a command in-process.
class CliContext
{
public:
    // Without `paths`, they come from the XDG environment when a command first asks: reading
    // them may warn (an unset XDG_RUNTIME_DIR), which a filter such as `cues` must not.
    CliContext(QCoreApplication& app, std::optional<AppPaths> paths, std::istream& in,
               OutputStream& out, OutputStream& err, bool inputIsTerminal);

    // The name and version Qt (and the settings files) know the application by.
    static void setIdentity();

    QCoreApplication& app() const { return m_app; }
    const AppPaths& paths() const;
    // The agent's settings over IT's policy, read fresh: a command runs once and exits.
    std::unique_ptr<Settings> loadSettings() const;
    // Messages from here on come in the language the agent chose (or the system's).
    void loadTranslations();

    std::istream& in() const { return m_in; }
    // Someone typing at a terminal (not a pipe or a file) is on the other end of standard input.
    bool inputIsTerminal() const { return m_inputIsTerminal; }
    OutputStream& out() const { return m_out; }
    OutputStream& err() const { return m_err; }
    void printOut(const QString& text) const { m_out.print(text); }
    void printErr(const QString& text) const { m_err.print(text); }

private:
    QCoreApplication& m_app;
    mutable std::optional<AppPaths> m_paths;
    std::istream& m_in;
    OutputStream& m_out;
    OutputStream& m_err;
    bool m_inputIsTerminal;
};

} // namespace cli
} // namespace attune
