#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace attune {

class ExportPolicy;

// The agent's own assessments as CSV or JSON. A private note never leaves: its cell is empty
// and the row marked private.
struct AssessmentExport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentExport)

public:
    // `attune export`: the assessments as `format` ("csv" or "json") to `path`, 0600 from its
    // first byte, replaced whole or not at all. Asks IT's policy first; false with the reason.
    static bool writeFile(const ExportPolicy& policy, const QList<Assessment>& assessments,
                          const QString& format, const QString& path, QString* error);
    static QByteArray toCsv(const QList<Assessment>& assessments);
    static QByteArray toJson(const QList<Assessment>& assessments);
    // One CSV field: quoted when it must be, and never read by a spreadsheet as a formula.
    static QByteArray csvField(const QString& text);
};

} // namespace attune
