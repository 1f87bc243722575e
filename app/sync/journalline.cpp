// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalline.h"

namespace Threadkeeper::JournalLine {

void appendString(QByteArray &out, const QString &s)
{
    static constexpr char hex[] = "0123456789abcdef";
    auto escape = [&out](char16_t unit) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(unit >> shift) & 0xf];
    };
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *end = p + s.size();
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            escape(c);
        } else if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xc0 | (c >> 6));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t u = QChar::surrogateToUcs4(c, p[1]);
            ++p;
            out += char(0xf0 | (u >> 18));
            out += char(0x80 | ((u >> 12) & 0x3f));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // Half a pair has no UTF-8: written as JSON writes it, so it reads back the same.
            escape(c);
        } else {
            out += char(0xe0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        }
    }
    out += '"';
}

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Reader
{
public:
    explicit Reader(QByteArrayView line)
        : m_p(line.data())
        , m_end(line.data() + line.size())
    { }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool takeWord(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_p >= word.size() && QByteArrayView(m_p, word.size()) == word) {
            m_p += word.size();
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }

    // A JSON string; plain runs are converted in one piece.
    std::optional<QString> string()
    {
        if (!take('"'))
            return std::nullopt;
        QString out = QStringLiteral(""); // "" is a value, never a null QString
        const char *run = m_p;
        auto flush = [&] {
            if (m_p > run)
                out += QString::fromUtf8(run, m_p - run);
        };
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                flush();
                ++m_p;
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return std::nullopt;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            flush();
            if (m_end - m_p < 2)
                return std::nullopt;
            const char e = m_p[1];
            m_p += 2;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += QLatin1Char(e);
                break;
            case 'b':
                out += QLatin1Char('\b');
                break;
            case 'f':
                out += QLatin1Char('\f');
                break;
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case 'u': {
                // Exactly four hex digits (toUShort would also take spaces or a sign).
                if (m_end - m_p < 4)
                    return std::nullopt;
                ushort unit = 0;
                for (int d = 0; d < 4; ++d) {
                    const int v = hexDigit(m_p[d]);
                    if (v < 0)
                        return std::nullopt;
                    unit = ushort(unit << 4 | v);
                }
                out += QChar(unit);
                m_p += 4;
                break;
            }
            default:
                return std::nullopt;
            }
            run = m_p;
        }
        return std::nullopt;
    }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace

void Change::set(const QString &key, QString &&value)
{
    if (key == QLatin1String("k"))
        k = std::move(value);
    else if (key == QLatin1String("s"))
        s = std::move(value);
    else if (key == QLatin1String("i"))
        i = std::move(value);
    else if (key == QLatin1String("h"))
        h = std::move(value);
    else if (key == QLatin1String("v"))
        v = std::move(value), hasV = true, vIsString = true;
    else if (key == QLatin1String("d"))
        d = false; // as QJsonValue::toBool() reads a string
}

void Change::set(const QString &key, bool value)
{
    // As QJsonValue::toString() reads a boolean: empty.
    if (key == QLatin1String("d"))
        d = value;
    else if (key == QLatin1String("v"))
        v.clear(), hasV = true, vIsString = false;
    else if (key == QLatin1String("i"))
        i.clear();
    else if (key == QLatin1String("k"))
        k.clear();
    else if (key == QLatin1String("s"))
        s.clear();
    else if (key == QLatin1String("h"))
        h.clear();
}

std::optional<Change> parseChange(QByteArrayView line)
{
    if (!line.isValidUtf8())
        return std::nullopt;
    Reader r(line);
    Change c;
    if (!r.take('{'))
        return std::nullopt;
    if (r.take('}'))
        return r.atEnd() ? std::optional(c) : std::nullopt;
    do {
        const std::optional<QString> key = r.string();
        if (!key || !r.take(':'))
            return std::nullopt;
        if (r.peek('"')) {
            std::optional<QString> value = r.string();
            if (!value)
                return std::nullopt;
            c.set(*key, std::move(*value));
        } else if (r.takeWord("true")) {
            c.set(*key, true);
        } else if (r.takeWord("false")) {
            c.set(*key, false);
        } else {
            return std::nullopt; // numbers, null, arrays, objects: QJsonDocument's to read
        }
    } while (r.take(','));
    if (!r.take('}') || !r.atEnd())
        return std::nullopt;
    return c;
}

} // namespace Threadkeeper::JournalLine
