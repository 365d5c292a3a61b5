#pragma once

#include <QLoggingCategory>

// Log categories of the core. Nothing personal goes into a log line: call ids, states and
// reasons are fine; numbers, names and transcript text are not.
Q_DECLARE_LOGGING_CATEGORY(lcCall)
Q_DECLARE_LOGGING_CATEGORY(lcIpc)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcScenario)
Q_DECLARE_LOGGING_CATEGORY(lcBaresip)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcEmpathy)
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)
// Start-up milestones (core/StartupTimeline.h); debug only, off by default.
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
