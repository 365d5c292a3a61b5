#pragma once

#include <QStringView>

#include <array>

namespace attune {

// A quick, conservative answer to "could this text contain that phrase?", so that a reader
// with dozens of sarcasm markers, emoticons and hedges scans a line once instead of once per
// phrase. It keeps a bit per code unit and per pair of adjacent code units of the text (hashed);
// a phrase with a unit or a pair that is missing cannot occur, anything else is then searched
// for for real. A text that later loses characters (blanked matches) stays safe to test.
class PhraseFilter
{
public:
    explicit PhraseFilter(QStringView text = {}) { reset(text); }

    void reset(QStringView text)
    {
        m_units.fill(0);
        m_pairs.fill(0);
        char16_t previous = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text[i].unicode();
            set(m_units, unit);
            if (i > 0)
                set(m_pairs, pair(previous, unit));
            previous = unit;
        }
    }

    bool mayContain(QStringView phrase) const
    {
        if (phrase.isEmpty())
            return true;
        if (!test(m_units, phrase[0].unicode()))
            return false;
        for (qsizetype i = 1; i < phrase.size(); ++i) {
            if (!test(m_pairs, pair(phrase[i - 1].unicode(), phrase[i].unicode())))
                return false;
        }
        return true;
    }

private:
    static constexpr unsigned kBits = 4096;
    using Bits = std::array<quint64, kBits / 64>;

    static unsigned pair(char16_t a, char16_t b) { return unsigned(a) * 31u + unsigned(b); }
    static void set(Bits& bits, unsigned value)
    {
        value %= kBits;
        bits[value / 64] |= quint64(1) << (value % 64);
    }
    static bool test(const Bits& bits, unsigned value)
    {
        value %= kBits;
        return (bits[value / 64] >> (value % 64)) & 1u;
    }

    Bits m_units{};
    Bits m_pairs{};
};

} // namespace attune
