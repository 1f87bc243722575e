// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The short date formats every list shows, for QLocale::toString: translated, since languages
// write them differently ("14 Mar 2026" in English, "14. März 2026" in German). Widgets measure
// their columns with the same formats.
namespace Threadkeeper::DateFormat {

inline QString dateTime()
{
    return QCoreApplication::translate("DateFormat", "d MMM yyyy HH:mm", "QLocale::toString format");
}

inline QString date()
{
    return QCoreApplication::translate("DateFormat", "d MMM yyyy", "QLocale::toString format");
}

inline QString dayAndTime()
{
    return QCoreApplication::translate("DateFormat", "d MMM HH:mm", "QLocale::toString format");
}

inline QString month()
{
    return QCoreApplication::translate("DateFormat", "MMM yyyy", "QLocale::toString format");
}

// A late time in each month: the widest of them, written in a format, sizes a column in any
// language (German "Sept." is wider than "Dez.").
inline QList<QDateTime> widthSamples()
{
    QList<QDateTime> samples;
    for (int month = 1; month <= 12; ++month)
        samples.append(QDateTime(QDate(2026, month, 28), QTime(23, 58)));
    return samples;
}

} // namespace Threadkeeper::DateFormat
