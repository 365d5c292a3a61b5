#include "history/HistoryCharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace attune {

namespace {

// Distinct by dash pattern as well as colour.
const Qt::PenStyle kStyles[] = {Qt::SolidLine,   Qt::DashLine,       Qt::DotLine,
                                Qt::DashDotLine, Qt::DashDotDotLine, Qt::SolidLine};

QChartView* makeView(const QString& title, int height, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // calm, and honours reduced motion
    chart->setLocalizeNumbers(true);                 // "0,5" in German
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The legend shows each line's dash pattern, not just a colour swatch.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    view->setAccessibleName(title);
    // The charts are pictures of figures the text also gives (the detail pane, the report, each
    // chart's accessible description); they take no keyboard focus.
    view->setFocusPolicy(Qt::NoFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

QLineSeries* addLine(QChart* chart, const QString& name, int styleIndex, bool points = true)
{
    auto* series = new QLineSeries;
    series->setName(name);
    // Added first, so the theme gives it its colour; the dash pattern is added to that.
    chart->addSeries(series);
    QPen pen = series->pen();
    pen.setWidthF(2);
    pen.setStyle(kStyles[styleIndex % 6]);
    series->setPen(pen);
    series->setPointsVisible(points);
    return series;
}

void resetChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// Weeks along the bottom, 0..top up the side.
void attachWeekAxes(QChart* chart, const QList<HistoryWeek>& weeks, double top, const QString& unit)
{
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(std::min<int>(std::max<int>(2, int(weeks.size())), 7));
    if (!weeks.isEmpty())
        x->setRange(weeks.first().monday.startOfDay(), weeks.last().monday.startOfDay());
    auto* y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

// A negative gap (the other side scored higher) stays on the chart.
void keepNegativeGap(QChart* chart, double lowestGap)
{
    if (lowestGap >= 0)
        return;
    for (QAbstractAxis* axis : chart->axes(Qt::Vertical)) {
        auto* values = static_cast<QValueAxis*>(axis);
        values->setMin(std::floor(lowestGap / 25) * 25);
        values->setTickInterval(25);
        values->setTickAnchor(0);
        values->setTickType(QValueAxis::TicksDynamic);
    }
}

qreal weekX(const HistoryWeek& week)
{
    return qreal(week.monday.startOfDay().toMSecsSinceEpoch());
}

} // namespace

ArcChart::ArcChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = makeView(tr("How the customer's feelings ran"), 150, this);
    m_view->chart()->legend()->hide();
    layout->addWidget(m_view);
    setAccessibleName(tr("The customer's emotional arc on this call"));
}

void ArcChart::showArc(const QList<QPair<qint64, double>>& points)
{
    QChart* chart = m_view->chart();
    resetChart(chart);
    m_points = int(points.size());
    setVisible(!points.isEmpty());
    if (points.isEmpty())
        return;
    auto* arc = addLine(chart, tr("Feeling"), 0, points.size() < 40);
    double minutes = 0;
    for (const auto& [atMs, level] : points) {
        arc->append(qMax<qint64>(0, atMs) / 60000.0, level * 100);
        minutes = std::max(minutes, atMs / 60000.0);
    }
    auto* hot = addLine(chart, tr("Hot"), 1, false);
    hot->append(0, HistoryFilter::kHotPeak * 100);
    hot->append(std::max(minutes, 0.5), HistoryFilter::kHotPeak * 100);
    auto* x = new QValueAxis;
    x->setRange(0, std::max(minutes, 0.5));
    x->setLabelFormat(minutes < 4 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    x->setTitleText(tr("minutes"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(3);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

TrendsView::TrendsView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_rubric = makeView(tr("Self-assessment answers, share of \"yes\" by week"), 260, this);
    // Six long questions: listed down the side, where they have room in every language,
    // rather than squeezed (and cut short) along the bottom.
    m_rubric->chart()->legend()->setAlignment(Qt::AlignRight);
    m_calmed = makeView(tr("Hot calls that calmed, by week"), 200, this);
    m_scores = makeView(tr("Self score and supervisor score, by week"), 200, this);
    m_stress = makeView(tr("Stress before and after breathing, by week"), 200, this);
    m_verdict =
        makeView(tr("How the customer felt vs how you thought it went, by week"), 200, this);
    for (QChartView* view : {m_rubric, m_calmed, m_scores, m_verdict, m_stress})
        layout->addWidget(view);
    setAccessibleName(tr("Trends"));
}

void TrendsView::showLoading()
{
    m_status->setText(tr("Working out the trends…"));
}

void TrendsView::showWeeks(const QList<HistoryWeek>& weeks,
                           const QList<QPair<QString, QString>>& itemLabels)
{
    int assessed = 0;
    for (const HistoryWeek& week : weeks)
        assessed += week.assessed;
    m_status->setText(weeks.isEmpty() ? tr("No weeks to show.")
                                      : tr("%1, %2.", "weeks, self-assessments")
                                            .arg(tr("%n week(s)", nullptr, int(weeks.size())),
                                                 tr("%n self-assessment(s)", nullptr, assessed)));
    QChart* rubric = m_rubric->chart();
    resetChart(rubric);
    int style = 0;
    for (const auto& [itemId, label] : itemLabels) {
        auto* series = addLine(rubric, label, style++);
        for (const HistoryWeek& week : weeks) {
            const auto found = week.itemShare.constFind(itemId);
            if (found != week.itemShare.constEnd())
                series->append(weekX(week), *found * 100);
        }
    }
    attachWeekAxes(rubric, weeks, 100, tr("%"));

    QChart* calmed = m_calmed->chart();
    resetChart(calmed);
    auto* share = addLine(calmed, tr("Share of hot calls that calmed"), 0);
    for (const HistoryWeek& week : weeks) {
        if (week.hotCalls > 0)
            share->append(weekX(week), 100.0 * week.hotCallsCalmed / week.hotCalls);
    }
    attachWeekAxes(calmed, weeks, 100, tr("%"));

    QChart* scores = m_scores->chart();
    resetChart(scores);
    auto* self = addLine(scores, tr("Self score"), 0);
    auto* supervisor = addLine(scores, tr("Supervisor score"), 1);
    auto* gap = addLine(scores, tr("Gap (self minus supervisor)"), 2);
    double lowestGap = 0;
    for (const HistoryWeek& week : weeks) {
        if (!week.selfScore || !week.supervisorScore)
            continue;
        self->append(weekX(week), *week.selfScore);
        supervisor->append(weekX(week), *week.supervisorScore);
        gap->append(weekX(week), *week.selfScore - *week.supervisorScore);
        lowestGap = std::min(lowestGap, *week.selfScore - *week.supervisorScore);
    }
    attachWeekAxes(scores, weeks, 100, tr("score"));
    keepNegativeGap(scores, lowestGap);

    // The customer's survey score against the agent's own, over the calls that have both.
    QChart* verdict = m_verdict->chart();
    resetChart(verdict);
    auto* thought = addLine(verdict, tr("Self score"), 0);
    auto* felt = addLine(verdict, tr("Customer score"), 1);
    auto* verdictGap = addLine(verdict, tr("Gap (self minus customer)"), 2);
    double lowestVerdictGap = 0;
    for (const HistoryWeek& week : weeks) {
        if (!week.selfScoreSurveyed || !week.customerScore)
            continue;
        const double difference = *week.selfScoreSurveyed - *week.customerScore;
        thought->append(weekX(week), *week.selfScoreSurveyed);
        felt->append(weekX(week), *week.customerScore);
        verdictGap->append(weekX(week), difference);
        lowestVerdictGap = std::min(lowestVerdictGap, difference);
    }
    attachWeekAxes(verdict, weeks, 100, tr("score"));
    keepNegativeGap(verdict, lowestVerdictGap);

    QChart* stress = m_stress->chart();
    resetChart(stress);
    auto* before = addLine(stress, tr("Before breathing"), 0);
    auto* after = addLine(stress, tr("After breathing"), 1);
    for (const HistoryWeek& week : weeks) {
        if (!week.stressBeforeBreathing || !week.stressAfterBreathing)
            continue;
        before->append(weekX(week), *week.stressBeforeBreathing);
        after->append(weekX(week), *week.stressAfterBreathing);
    }
    attachWeekAxes(stress, weeks, 5, tr("stress (1–5)"));

    // What a screen reader says about each chart: the latest week that has the figure.
    const QLocale locale;
    const auto latest = [&weeks](const auto& has) -> const HistoryWeek* {
        for (auto it = weeks.crbegin(); it != weeks.crend(); ++it) {
            if (has(*it))
                return &*it;
        }
        return nullptr;
    };
    if (const HistoryWeek* week = latest([](const HistoryWeek& w) { return w.hotCalls > 0; }))
        m_calmed->setAccessibleDescription(
            tr("Week of %1: %2 of %n hot call(s) calmed.", nullptr, week->hotCalls)
                .arg(locale.toString(week->monday, QLocale::ShortFormat))
                .arg(week->hotCallsCalmed));
    if (const HistoryWeek* week =
            latest([](const HistoryWeek& w) { return w.supervisorScore.has_value(); }))
        m_scores->setAccessibleDescription(
            tr("Week of %1: self score %2, supervisor score %3.")
                .arg(locale.toString(week->monday, QLocale::ShortFormat))
                .arg(qRound(week->selfScore.value_or(0)))
                .arg(qRound(*week->supervisorScore)));
    if (const HistoryWeek* week =
            latest([](const HistoryWeek& w) { return w.customerScore.has_value(); }))
        m_verdict->setAccessibleDescription(
            tr("Week of %1: self score %2, customer score %3.")
                .arg(locale.toString(week->monday, QLocale::ShortFormat))
                .arg(qRound(week->selfScoreSurveyed.value_or(0)))
                .arg(qRound(*week->customerScore)));
    if (const HistoryWeek* week =
            latest([](const HistoryWeek& w) { return w.stressAfterBreathing.has_value(); }))
        m_stress->setAccessibleDescription(
            tr("Week of %1: stress %2 before breathing, %3 after.")
                .arg(locale.toString(week->monday, QLocale::ShortFormat),
                     locale.toString(week->stressBeforeBreathing.value_or(0), 'f', 1),
                     locale.toString(*week->stressAfterBreathing, 'f', 1)));
    if (const HistoryWeek* week = latest([](const HistoryWeek& w) { return w.assessed > 0; })) {
        QStringList shares;
        for (const auto& [itemId, label] : itemLabels) {
            if (week->itemShare.contains(itemId))
                shares << tr("%1: %2%").arg(label).arg(qRound(week->itemShare.value(itemId) * 100));
        }
        m_rubric->setAccessibleDescription(
            tr("Week of %1: %2.")
                .arg(locale.toString(week->monday, QLocale::ShortFormat), shares.join(tr("; "))));
    }
}

QList<int> TrendsView::seriesCounts() const
{
    QList<int> counts;
    for (QChartView* view : {m_rubric, m_calmed, m_scores, m_stress, m_verdict}) {
        int withPoints = 0;
        for (QAbstractSeries* series : view->chart()->series()) {
            if (auto* line = qobject_cast<QXYSeries*>(series); line && line->count() > 0)
                ++withPoints;
        }
        counts << withPoints;
    }
    return counts;
}

} // namespace attune
