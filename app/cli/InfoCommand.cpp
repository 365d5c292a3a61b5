#include "InfoCommand.h"

namespace attune::cli {

int InfoCommand::execute(CliContext& context, const CommandLine&)
{
    context.loadTranslations();
    const CommandLine translated = CommandLine::parse(m_arguments);
    if (translated.action == CommandLine::Action::Version) {
        context.printOut(QStringLiteral("attune %1\n").arg(QStringLiteral(ATTUNE_VERSION)));
        return Ok;
    }
    if (translated.action == CommandLine::Action::Help) {
        context.printOut(CommandLine::usage());
        return Ok;
    }
    context.printErr(Cli::tr("attune: %1\n\n").arg(translated.error) + CommandLine::usage());
    return BadCommandLine;
}

} // namespace attune::cli
