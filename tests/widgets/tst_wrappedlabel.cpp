// WrappedLabel answers a layout's height questions exactly as QLabel does, measuring each width
// once until something that changes the height changes.

#include "widgets/common/WrappedLabel.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace attune;

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private:
    static QList<int> widths() { return {0, 1, 40, 57, 120, 239, 300, 328, 640, 2000}; }

    static void expectSameHeights(const QLabel& plain, const WrappedLabel& wrapped)
    {
        for (int width : widths())
            QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
    }

private Q_SLOTS:
    void heightsAreQLabelsOwn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("selectable");
        QTest::addColumn<qreal>("scale");
        const QString sentence = QStringLiteral(
            "Coming soon: earlier contacts, open issues and notes from past calls. Until then "
            "the header shows what the phone system sent.");
        QTest::newRow("sentence") << sentence << false << 1.0;
        QTest::newRow("sentence, selectable") << sentence << true << 1.0;
        QTest::newRow("one word, large") << QStringLiteral("Ready") << false << 1.45;
        QTest::newRow("empty") << QString() << false << 1.0;
        QTest::newRow("a long unbroken word")
            << QStringLiteral("+4420794603214420794603214420794603210482") << true << 1.0;
        QTest::newRow("lines") << QStringLiteral("first\nsecond line\n\nfourth") << false << 0.85;
    }

    void heightsAreQLabelsOwn()
    {
        QFETCH(QString, text);
        QFETCH(bool, selectable);
        QFETCH(qreal, scale);
        QLabel plain(text);
        WrappedLabel wrapped(text);
        plain.setWordWrap(true);
        for (QLabel* label : {&plain, static_cast<QLabel*>(&wrapped)}) {
            QFont font = label->font();
            font.setPointSizeF(font.pointSizeF() * scale);
            label->setFont(font);
            label->setContentsMargins(14, 6, 14, 6);
            if (selectable)
                label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        expectSameHeights(plain, wrapped);
        // Asked again, from the memory, still the same.
        expectSameHeights(plain, wrapped);
        QCOMPARE(wrapped.sizeHint(), plain.sizeHint());
        QCOMPARE(wrapped.minimumSizeHint(), plain.minimumSizeHint());
    }

    void eachWidthIsMeasuredOnce()
    {
        WrappedLabel label(QStringLiteral("The caller will appear here as soon as a call rings."));
        for (int round = 0; round < 5; ++round) {
            label.heightForWidth(238);
            label.heightForWidth(328);
        }
        QCOMPARE(label.measuredCount(), 2);
    }

    void whatChangesTheHeightIsMeasuredAnew()
    {
        QLabel plain(QStringLiteral("Ready"));
        plain.setWordWrap(true);
        WrappedLabel wrapped(QStringLiteral("Ready"));
        const int narrow = 60;
        QCOMPARE(wrapped.heightForWidth(narrow), plain.heightForWidth(narrow));
        const auto change = [&](const std::function<void(QLabel&)>& apply) {
            apply(plain);
            apply(wrapped);
            const int before = wrapped.measuredCount();
            QCOMPARE(wrapped.heightForWidth(narrow), plain.heightForWidth(narrow));
            QCOMPARE(wrapped.measuredCount(), before + 1);
        };
        change(
            [](QLabel& l) { l.setText(QStringLiteral("Elena Marsh of Marsh & Daughters Ltd")); });
        change([](QLabel& l) {
            QFont font = l.font();
            font.setPointSizeF(font.pointSizeF() * 2);
            l.setFont(font);
        });
        change([](QLabel& l) { l.setContentsMargins(10, 10, 10, 10); });
        change([](QLabel& l) { l.setMargin(8); });
        change([](QLabel& l) { l.setIndent(20); });
        change([](QLabel& l) { l.setTextInteractionFlags(Qt::TextSelectableByMouse); });
        change([](QLabel& l) { l.setWordWrap(false); });
    }

    void aFontFromTheParentIsSeen()
    {
        // A font set on an ancestor reaches the label without a call on the label itself.
        QWidget parent;
        auto* layout = new QVBoxLayout(&parent);
        auto* wrapped = new WrappedLabel(QStringLiteral("Suggestions appear here while the "
                                                        "customer speaks."));
        layout->addWidget(wrapped);
        const int before = wrapped->heightForWidth(120);
        QFont big = parent.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        parent.setFont(big);
        QLabel plain(wrapped->text());
        plain.setWordWrap(true);
        plain.setFont(big);
        QCOMPARE(wrapped->heightForWidth(120), plain.heightForWidth(120));
        QVERIFY(wrapped->heightForWidth(120) > before);
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
