// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Threadkeeper::JsonText {

void appendString(QString &out, QStringView s)
{
    if (!s.isValidUtf16()) {
        // A lone surrogate: Qt decides what becomes of it, as it would in the document.
        const QByteArray json = QJsonDocument(QJsonArray {s.toString()}).toJson(QJsonDocument::Compact);
        out += QString::fromUtf8(json.sliced(1, json.size() - 2));
        return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    qsizetype plain = 0; // start of the run of characters copied as they are
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += s.sliced(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[c >> 4]);
            out += QLatin1Char(hex[c & 0xf]);
        }
    }
    out += s.sliced(plain);
    out += QLatin1Char('"');
}

void appendStringOrNull(QString &out, QStringView s)
{
    if (s.isEmpty())
        out += QLatin1String("null");
    else
        appendString(out, s);
}

void appendKey(QString &out, int depth, QLatin1StringView key)
{
    out += QLatin1Char('\n');
    for (int i = 0; i < depth; ++i)
        out += QLatin1String("    ");
    out += QLatin1Char('"');
    out += key;
    out += QLatin1String("\": ");
}

} // namespace Threadkeeper::JsonText
