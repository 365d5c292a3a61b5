#include "profile/PhoneNumber.h"

#include <QTest>

using namespace attune;

// Numbers as softphones, contact-center feeds and CRM exports really write them.
class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realWorldFormats_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");
        QTest::newRow("already E.164") << "+442079460321"
                                       << "GB"
                                       << "+442079460321";
        QTest::newRow("spaces") << "+44 20 7946 0321"
                                << "GB"
                                << "+442079460321";
        QTest::newRow("UK national with trunk 0") << "020 7946 0321"
                                                  << "GB"
                                                  << "+442079460321";
        QTest::newRow("UK (0) inside") << "+44 (0)20 7946-0321"
                                       << "GB"
                                       << "+442079460321";
        QTest::newRow("00 prefix") << "0044 20 7946 0321"
                                   << "GB"
                                   << "+442079460321";
        QTest::newRow("UK mobile") << "07700 900123"
                                   << "GB"
                                   << "+447700900123";
        QTest::newRow("US brackets and dashes") << "(555) 010-0100"
                                                << "US"
                                                << "+15550100100";
        QTest::newRow("US with leading 1") << "1-555-010-0100"
                                           << "US"
                                           << "+15550100100";
        QTest::newRow("US dots") << "555.010.0100"
                                 << "US"
                                 << "+15550100100";
        QTest::newRow("US dialling abroad 011") << "011 44 20 7946 0321"
                                                << "US"
                                                << "+442079460321";
        QTest::newRow("German national") << "030 1234567"
                                         << "DE"
                                         << "+49301234567";
        QTest::newRow("German slash") << "030/1234567"
                                      << "DE"
                                      << "+49301234567";
        QTest::newRow("Italy keeps its 0") << "06 1234 5678"
                                           << "IT"
                                           << "+390612345678";
        QTest::newRow("Spain no trunk") << "912 345 678"
                                        << "ES"
                                        << "+34912345678";
        QTest::newRow("Australia 0011") << "0011 44 20 7946 0321"
                                        << "AU"
                                        << "+442079460321";
        QTest::newRow("foreign number, other default") << "+34 912 345 678"
                                                       << "GB"
                                                       << "+34912345678";
        QTest::newRow("sip URI") << "sip:+442079460321@pbx.example;user=phone"
                                 << "GB"
                                 << "+442079460321";
        QTest::newRow("sips URI national") << "sips:02079460321@10.0.0.1:5061"
                                           << "GB"
                                           << "+442079460321";
        QTest::newRow("tel URI with extension") << "tel:+1-555-010-0100;ext=12"
                                                << "US"
                                                << "+15550100100";
        QTest::newRow("TEL upper case") << "TEL:+15550100100"
                                        << "US"
                                        << "+15550100100";
        QTest::newRow("non-breaking spaces") << "+44\u00A020\u00A07946\u00A00321"
                                             << "GB"
                                             << "+442079460321";
        QTest::newRow("en dash") << "020\u20137946\u20130321"
                                 << "GB"
                                 << "+442079460321";
        QTest::newRow("padding") << "  +44 20 7946 0321  "
                                 << "GB"
                                 << "+442079460321";
    }

    void realWorldFormats()
    {
        QFETCH(QString, raw);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        QString error;
        QCOMPARE(PhoneNumber::toE164(raw, country, &error), e164);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void notNumbersAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("reason");
        QTest::newRow("anonymous") << "anonymous"
                                   << "not a phone number";
        QTest::newRow("sip anonymous") << "sip:anonymous@anonymous.invalid"
                                       << "not a phone number";
        QTest::newRow("empty") << ""
                               << "not a phone number";
        QTest::newRow("letters") << "0800 FLOWERS"
                                 << "not a phone number";
        QTest::newRow("short code") << "999"
                                    << "too short";
        QTest::newRow("too long") << "+1234567890123456"
                                  << "more digits";
        QTest::newRow("two pluses") << "++44 20 7946 0321"
                                    << "not a phone number";
    }

    void notNumbersAreRefusedWithAReason()
    {
        QFETCH(QString, raw);
        QFETCH(QString, reason);
        QString error;
        QCOMPARE(PhoneNumber::toE164(raw, QStringLiteral("GB"), &error), QString());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void aNationalNumberNeedsACountry()
    {
        QString error;
        QCOMPARE(PhoneNumber::toE164(u"020 7946 0321", QString(), &error), QString());
        QVERIFY2(error.contains(QStringLiteral("no default country")), qPrintable(error));
        QCOMPARE(PhoneNumber::toE164(u"+44 20 7946 0321", QString(), &error),
                 QStringLiteral("+442079460321"));
        QVERIFY(PhoneNumber::isKnownCountry(QStringLiteral("gb")));
        QVERIFY(!PhoneNumber::isKnownCountry(QStringLiteral("XX")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
