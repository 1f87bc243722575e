// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rule.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Threadkeeper {

// A search across every cached post, as typed: words, "phrases", prefix*, and the
// filters author:NAME, thread:WORDS, site:HOST, is:unread, is:followed, has:note, before:DATE and
// after:DATE (YYYY-MM-DD). Words match a post's own words only, never its quotes.
struct SearchQuery
{
    QStringList terms; // FTS5 terms, each quoted ("word", "a phrase", "pre"*)
    QString author;
    QStringList threadWords;
    QString site;
    bool unread = false;
    bool followed = false; // by posters the rules follow, at these thresholds
    ScoreThresholds thresholds;
    bool hasNote = false;
    QDateTime before; // posted before the start of that day (UTC)
    QDateTime after; // posted on or after the day after it
    QString error; // what could not be understood; empty when the query is usable

    bool isEmpty() const;
    // The terms as one FTS5 MATCH expression (all of them), or empty.
    QString matchExpression() const;
    static SearchQuery parse(const QString &text);
};

// One post found: where it is, who said it, and its words around the hits.
struct SearchHit
{
    QString threadUrl;
    QString threadTitle;
    QString postId;
    int number = 0;
    QString author;
    QDateTime date;
    QString snippet; // hits between HitStart and HitEnd
    static constexpr QChar HitStart = QChar(0x02);
    static constexpr QChar HitEnd = QChar(0x03);
    // The snippet with the hits between open and close (each piece escaped by escape).
    QString markedSnippet(
        const QString &open, const QString &close, QString (*escape)(const QString &) = nullptr) const;
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::SearchHit)
