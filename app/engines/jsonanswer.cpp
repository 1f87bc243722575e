// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonanswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace Threadkeeper {

QString jsonIncompleteReason(const QByteArray &body)
{
    if (body.trimmed() == "null")
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    // Nested past Qt's limit (1024 levels) is whole, only refused: asking again would get
    // the same answer. The engine's reading says why it was refused.
    if (error.error == QJsonParseError::NoError || error.error == QJsonParseError::DeepNesting)
        return {};
    return QCoreApplication::translate("ForumEngine", "the answer is not whole JSON (%1 at byte %2 of %3)")
        .arg(error.errorString())
        .arg(error.offset)
        .arg(body.size());
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString jsonString(const QJsonObject &o, QLatin1StringView key, qsizetype maxLength)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString().left(maxLength) : QString();
}

QString jsonId(const QJsonValue &v)
{
    // Ids are positive integers; a double holds them exactly up to 2^53.
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d < 9007199254740992.0 && d == std::floor(d))
            return QString::number(qint64(d));
        return {};
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    const QString s = v.toString();
    return v.isString() && digits.match(s).hasMatch() ? s : QString();
}

QDateTime jsonIsoTime(const QJsonObject &o, QLatin1StringView key)
{
    QString text = jsonString(o, key, 64).trimmed();
    if (text.isEmpty())
        return {};
    // Lemmy 0.18 writes times without a zone; they are UTC.
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (!zone.match(text).hasMatch())
        text += QLatin1Char('Z');
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace Threadkeeper
