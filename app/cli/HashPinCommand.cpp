#include "HashPinCommand.h"

#include "cli/BoundedLineReader.h"
#include "supervisor/SupervisorAccess.h"

#include <istream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace attune::cli {

std::optional<QString> TerminalSecretReader::readLine(const QString& prompt)
{
    const bool terminal = interactive();
    termios saved{};
    if (terminal) {
        m_context.printErr(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const BoundedLineReader::Result read =
        BoundedLineReader(m_context.in(), HashPinCommand::kMaxPinBytes).next(&line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_context.printErr(QStringLiteral("\n"));
    }
    if (read == BoundedLineReader::Result::TooLong)
        return std::nullopt;
    return QString::fromStdString(line).trimmed();
}

HashPinCommand::HashPinCommand(std::unique_ptr<SecretReader> reader)
    : m_reader(std::move(reader))
{}

int HashPinCommand::execute(CliContext& context, const CommandLine&)
{
    context.loadTranslations();
    if (!m_reader)
        m_reader = std::make_unique<TerminalSecretReader>(context);
    const auto tooLong = [&context] {
        context.printErr(Cli::tr("attune: the PIN is longer than %1 bytes; nothing was printed\n")
                             .arg(qulonglong(kMaxPinBytes)));
        return Failed;
    };
    // Any length and any characters: a passphrase of a few words resists an offline search of
    // the settings file far better than six digits.
    const std::optional<QString> pin =
        m_reader->readLine(Cli::tr("Supervisor PIN or passphrase: "));
    if (!pin)
        return tooLong();
    if (m_reader->interactive()) {
        const std::optional<QString> again = m_reader->readLine(Cli::tr("Again: "));
        if (!again)
            return tooLong();
        if (*again != *pin) {
            context.printErr(Cli::tr("attune: the two PINs differ; nothing was printed\n"));
            return Failed;
        }
    }
    QString error;
    const QString hashed = SupervisorPin::hash(*pin, &error);
    if (hashed.isEmpty()) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const QString advice = SupervisorPin::strengthAdvice(*pin);
    if (!advice.isEmpty())
        context.printErr(Cli::tr("attune: %1\n").arg(advice));
    context.printOut(QStringLiteral("[supervisor]\npinHash=%1\n").arg(hashed));
    return Ok;
}

} // namespace attune::cli
