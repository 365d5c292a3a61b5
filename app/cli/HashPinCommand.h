#pragma once

#include "cli/Command.h"

#include <memory>
#include <optional>

namespace attune::cli {

// Where a secret is typed: the seam that lets a test give the PIN without a terminal.
class SecretReader
{
public:
    virtual ~SecretReader() = default;
    // Whether a person types it (then it is asked for twice, since nobody sees it).
    virtual bool interactive() const = 0;
    // One line, trimmed (empty at the end of the input); `prompt` is shown only to a person.
    // Nothing for a line longer than HashPinCommand::kMaxPinBytes, which is not kept.
    virtual std::optional<QString> readLine(const QString& prompt) = 0;
};

// The context's standard input; at a terminal, without echoing what is typed.
class TerminalSecretReader final : public SecretReader
{
public:
    explicit TerminalSecretReader(const CliContext& context)
        : m_context(context)
    {}
    bool interactive() const override { return m_context.inputIsTerminal(); }
    std::optional<QString> readLine(const QString& prompt) override;

private:
    const CliContext& m_context;
};

// `attune hash-pin`, for IT: a supervisor PIN in, the system-settings lines out. The PIN is never
// printed or stored.
class HashPinCommand final : public Command
{
public:
    // A PIN is typed by a person; a longer line is a mistake (a file piped in) and hashing it
    // 200,000 times would take minutes.
    static constexpr std::size_t kMaxPinBytes = 1024;

    // Null reads from the context's standard input (TerminalSecretReader).
    explicit HashPinCommand(std::unique_ptr<SecretReader> reader = nullptr);

protected:
    int execute(CliContext& context, const CommandLine& command) override;

private:
    std::unique_ptr<SecretReader> m_reader;
};

} // namespace attune::cli
