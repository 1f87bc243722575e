// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <QList>
#include <QString>
#include <array>

// The answers inside a recorder's cassette, cut out at test time: the saved file stays as
// its project published it.
namespace Threadkeeper::Testing {

// The response bodies of a vcr YAML cassette (R's vcr, Ruby's VCR: http_interactions[i].
// response.body.string), in order: each a YAML quoted scalar, decoded as YAML reads it
// (lines folded to one space, an empty line a line break; backslash escapes in double
// quotes, '' in single quotes). A body given otherwise (a block scalar) is empty.
inline QList<QByteArray> vcrYamlBodies(const QByteArray &yaml)
{
    QList<QByteArray> bodies;
    for (qsizetype at = yaml.indexOf("response:"); at >= 0; at = yaml.indexOf("response:", at)) {
        at = yaml.indexOf("string: ", at);
        if (at < 0 || at + 8 >= yaml.size())
            break;
        at += 8;
        const char quote = yaml[at]; // '"' with backslash escapes, or '\'' with '' for '
        if (quote != '"' && quote != '\'') {
            bodies.append(QByteArray());
            continue;
        }
        ++at;
        QString out;
        bool closed = false;
        while (at < yaml.size() && !closed) {
            const char c = yaml[at];
            if (c == quote && quote == '\'' && at + 1 < yaml.size() && yaml[at + 1] == '\'') {
                out += u'\'';
                at += 2;
            } else if (c == quote) {
                closed = true;
                ++at;
            } else if (c == '\n') {
                while (out.endsWith(u' ') || out.endsWith(u'\t'))
                    out.chop(1);
                int empty = 0;
                ++at;
                for (;;) { // leading white space, and lines that hold nothing
                    while (at < yaml.size() && (yaml[at] == ' ' || yaml[at] == '\t'))
                        ++at;
                    if (at < yaml.size() && yaml[at] == '\n') {
                        ++empty;
                        ++at;
                    } else {
                        break;
                    }
                }
                out += empty == 0 ? QString(u' ') : QString(empty, u'\n');
            } else if (c == '\\' && quote == '"' && at + 1 < yaml.size()) {
                const char e = yaml[at + 1];
                at += 2;
                auto hex = [&](int digits) {
                    const uint v = yaml.mid(at, digits).toUInt(nullptr, 16);
                    at += digits;
                    return v;
                };
                switch (e) {
                case 'n':
                    out += u'\n';
                    break;
                case 't':
                    out += u'\t';
                    break;
                case 'r':
                    out += u'\r';
                    break;
                case '0':
                    out += QChar(0);
                    break;
                case 'e':
                    out += QChar(0x1b);
                    break;
                case '_':
                    out += QChar(0xa0);
                    break;
                case 'N':
                    out += QChar(0x85);
                    break;
                case 'L':
                    out += QChar(0x2028);
                    break;
                case 'P':
                    out += QChar(0x2029);
                    break;
                case 'x':
                    out += QChar(char16_t(hex(2)));
                    break;
                case 'u':
                    out += QChar(char16_t(hex(4)));
                    break; // surrogates pair up in the QString
                case 'U':
                    out += QString::fromUcs4(std::array<char32_t, 1> {char32_t(hex(8))}.data(), 1);
                    break;
                case '\n': // an escaped line break: joined with nothing
                    while (at < yaml.size() && (yaml[at] == ' ' || yaml[at] == '\t'))
                        ++at;
                    break;
                default:
                    out += QLatin1Char(e); // \" \\ \/ and "\ "
                }
            } else {
                // UTF-8 as it stands: copy the whole run up to the next special byte.
                qsizetype end = at;
                while (end < yaml.size() && yaml[end] != quote && (yaml[end] != '\\' || quote != '"')
                    && yaml[end] != '\n')
                    ++end;
                out += QString::fromUtf8(yaml.mid(at, end - at));
                at = std::max(end, at + 1);
            }
        }
        bodies.append(out.toUtf8());
    }
    return bodies;
}

} // namespace Threadkeeper::Testing
