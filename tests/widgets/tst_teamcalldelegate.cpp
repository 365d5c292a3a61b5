// The team view's cell painter (TeamCallDelegate) against Qt's own: the same text in the same
// place (left or right aligned, elided to the column), the selection's colours, and the same
// pixels when painted again from its cache.
#include "history/TeamCallDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace attune;

namespace {

QStandardItemModel* makeModel(QObject* parent)
{
    auto* model = new QStandardItemModel(3, 3, parent);
    const QStringList texts = {
        QStringLiteral("agent-007"),
        QStringLiteral("Elena Marsh-Featherstonehaugh of the very long customer name 1234"),
        QStringLiteral("72")};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            auto* item = new QStandardItem(texts.at(column));
            item->setData(column == 2 ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter),
                          Qt::TextAlignmentRole);
            model->setItem(row, column, item);
        }
    }
    return model;
}

struct Table
{
    QTableView view;
    explicit Table(QAbstractItemDelegate* delegate)
    {
        view.setModel(makeModel(&view));
        if (delegate)
            view.setItemDelegate(delegate);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.setWordWrap(false);
        view.horizontalHeader()->resizeSection(0, 120);
        view.horizontalHeader()->resizeSection(1, 110);
        view.horizontalHeader()->resizeSection(2, 80);
        view.resize(360, 160);
        view.show();
        view.selectRow(1);
    }
    QImage image() { return view.viewport()->grab().toImage(); }
};

// The box of the pixels in `cell` that are not its background (the colour in its corner).
QRect ink(const QImage& image, const QRect& cell)
{
    const QRgb background = image.pixel(cell.left() + 1, cell.top() + 1);
    QRect box;
    for (int y = cell.top() + 2; y < cell.bottom() - 1; ++y)
        for (int x = cell.left() + 2; x < cell.right() - 1; ++x)
            if (qAbs(qGray(image.pixel(x, y)) - qGray(background)) > 60)
                box |= QRect(x, y, 1, 1);
    return box;
}

} // namespace

class TestTeamCallDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsTheTextWhereQtsOwnDelegateDoes()
    {
        Table mine(new TeamCallDelegate);
        Table qts(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&mine.view));
        QVERIFY(QTest::qWaitForWindowExposed(&qts.view));
        const QImage ours = mine.image();
        const QImage theirs = qts.image();
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column) {
                const QRect cell = mine.view.visualRect(mine.view.model()->index(row, column));
                const QRect a = ink(ours, cell);
                const QRect b = ink(theirs, cell);
                const QString where =
                    QStringLiteral("row %1 column %2: %3,%4 %5x%6 vs %7,%8 %9x%10")
                        .arg(row)
                        .arg(column)
                        .arg(a.x())
                        .arg(a.y())
                        .arg(a.width())
                        .arg(a.height())
                        .arg(b.x())
                        .arg(b.y())
                        .arg(b.width())
                        .arg(b.height());
                QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(where));
                QVERIFY2(qAbs(a.left() - b.left()) <= 3 && qAbs(a.right() - b.right()) <= 3,
                         qPrintable(where));
                QVERIFY2(qAbs(a.top() - b.top()) <= 2 && qAbs(a.bottom() - b.bottom()) <= 2,
                         qPrintable(where));
            }
        }
        // The selected row: the same highlight behind as Qt's.
        const QRect selected = mine.view.visualRect(mine.view.model()->index(1, 0));
        QCOMPARE(QColor(ours.pixel(selected.left() + 1, selected.top() + 1)),
                 QColor(theirs.pixel(selected.left() + 1, selected.top() + 1)));
        QVERIFY(QColor(ours.pixel(selected.left() + 1, selected.top() + 1)) !=
                QColor(ours.pixel(selected.left() + 1, selected.top() - 3)));
    }

    void paintsTheSamePixelsFromItsCache()
    {
        Table mine(new TeamCallDelegate);
        QVERIFY(QTest::qWaitForWindowExposed(&mine.view));
        const QImage first = mine.image();
        const QImage second = mine.image();
        QCOMPARE(second, first);
        // A column made narrower is elided again, not taken from the cache at the old width:
        // the same pixels as a delegate that never painted the wide column.
        mine.view.horizontalHeader()->resizeSection(0, 40);
        Table fresh(new TeamCallDelegate);
        fresh.view.horizontalHeader()->resizeSection(0, 40);
        QVERIFY(QTest::qWaitForWindowExposed(&fresh.view));
        QCOMPARE(mine.image(), fresh.image());
        QVERIFY(mine.image() != first);
    }
};

QTEST_MAIN(TestTeamCallDelegate)
#include "tst_teamcalldelegate.moc"
