#include "CliContext.h"

#include "integration/Localization.h"
#include "settings/Settings.h"

#include <cerrno>
#include <cstring>

namespace attune::cli {

void FileOutput::write(const char* data, qsizetype size)
{
    errno = 0;
    if (std::fwrite(data, 1, size_t(size), m_file) != size_t(size) || std::fflush(m_file) != 0) {
        setFailure(errno ? QString::fromLocal8Bit(std::strerror(errno))
                         : Cli::tr("the output was cut short"));
        std::clearerr(m_file);
    }
}

CliContext::CliContext(QCoreApplication& app, std::optional<AppPaths> paths, std::istream& in,
                       OutputStream& out, OutputStream& err, bool inputIsTerminal)
    : m_app(app)
    , m_paths(std::move(paths))
    , m_in(in)
    , m_out(out)
    , m_err(err)
    , m_inputIsTerminal(inputIsTerminal)
{}

const AppPaths& CliContext::paths() const
{
    if (!m_paths)
        m_paths = AppPaths::fromEnvironment();
    return *m_paths;
}

void CliContext::setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Attune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTUNE_VERSION));
}

std::unique_ptr<Settings> CliContext::loadSettings() const
{
    return std::make_unique<Settings>(paths().configFile, paths().systemConfigFile);
}

void CliContext::loadTranslations()
{
    installTranslations(m_app, loadSettings()->language());
}

} // namespace attune::cli
