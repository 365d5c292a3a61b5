#pragma once

#include "assessment/Assessment.h"

#include <QByteArray>
#include <QList>

namespace attune {

// The agent's own assessments as CSV or JSON. Private notes are left out (their cell empty and
// "private" marked) unless the agent asks for them.
struct AssessmentExport
{
    static QByteArray toCsv(const QList<Assessment>& assessments, bool includePrivate);
    static QByteArray toJson(const QList<Assessment>& assessments, bool includePrivate);
    // One CSV field: quoted when it must be, and never read by a spreadsheet as a formula.
    static QByteArray csvField(const QString& text);
};

} // namespace attune
