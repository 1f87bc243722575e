// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcharset.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Threadkeeper {

namespace {

QByteArray charsetParameter(QByteArrayView value)
{
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = charset.match(QString::fromLatin1(value));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

} // namespace

QByteArray htmlCharset(const QByteArray &body, const QByteArray &contentType)
{
    if (body.startsWith("\xEF\xBB\xBF"))
        return "utf-8";
    if (body.startsWith("\xFF\xFE"))
        return "utf-16le";
    if (body.startsWith("\xFE\xFF"))
        return "utf-16be";
    if (const QByteArray fromHeader = charsetParameter(contentType); !fromHeader.isEmpty())
        return fromHeader;
    // The page's own word: <meta charset="…"> or <meta http-equiv="Content-Type"
    // content="…; charset=…">. Browsers look in the first kilobyte, then switch when the
    // parser meets one later in the head: SMF 2.0 themes print it after their scripts
    // (geekhack's, at byte 1,500), so the whole head is looked at, within 16 KiB.
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*charset[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    QByteArrayView start = QByteArrayView(body).left(16 * 1024);
    if (const qsizetype end = start.indexOf("</head"); end >= 0)
        start = start.left(std::max<qsizetype>(end, 1024));
    const QString head = QString::fromLatin1(start);
    for (auto it = meta.globalMatch(head); it.hasNext();) {
        if (const QByteArray named = charsetParameter(it.next().captured(0).toLatin1()); !named.isEmpty())
            return named;
    }
    return {};
}

QByteArray htmlAsUtf8(const QByteArray &body, const QByteArray &contentType)
{
    QByteArray charset = htmlCharset(body, contentType);
    if (charset.isEmpty() || charset == "utf-8" || charset == "utf8")
        return body;
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" || charset == "ascii")
        charset = "windows-1252"; // what browsers do, and what such pages mean
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return body; // a charset Qt does not know: better the bytes than nothing
    QString text = decoder.decode(body);
    return text.toUtf8();
}

} // namespace Threadkeeper
