#include "Logging.h"

Q_LOGGING_CATEGORY(lcCall, "attune.call", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIpc, "attune.ipc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "attune.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "attune.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScenario, "attune.scenario", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBaresip, "attune.baresip", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "attune.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmpathy, "attune.empathy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpeech, "attune.speech", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStartup, "attune.startup", QtInfoMsg)
