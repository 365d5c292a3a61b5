#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QList>

namespace attune {

// The agent's own assessments as CSV or JSON. A private note never leaves: its cell is empty
// and the row marked private.
struct AssessmentExport
{
    static QByteArray toCsv(const QList<Assessment>& assessments);
    static QByteArray toJson(const QList<Assessment>& assessments);
    // One CSV field: quoted when it must be, and never read by a spreadsheet as a formula.
    static QByteArray csvField(const QString& text);
};

} // namespace attune
