// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Threadkeeper {

// Where a highlight sits in a post's words, described so that it can be found again
// after the post is edited: the exact text, some text either side, and its position.
// The offsets count in the post's own words (Post::text), or, for words the post
// quotes, in that quote's own words (see anchorText() in domain/posttext.h).
struct TextSelector
{
    QString exact;
    QString prefix;
    QString suffix;
    int start = -1;
    int end = -1;
    QString quote; // the quote's path as the renderer names it ("0", "0.1"); empty: the post's own words
    bool operator==(const TextSelector &) const = default;
};

// A note on a post, or a highlight (with an optional note) inside it.
struct Annotation
{
    enum class Kind
    {
        Note,
        Highlight
    };
    qint64 id = 0;
    Kind kind = Kind::Note;
    QString threadUrl;
    QString postId;
    QString note;
    TextSelector selector; // Highlight
    bool orphaned = false; // the highlighted words are no longer in the post
    QDateTime created;
    QDateTime updated;
    // Earlier words of the note that lost to an edit on another device within a minute
    // (sync keeps them; never written from here), oldest first.
    QStringList history;
    bool operator==(const Annotation &) const = default;
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::Annotation)
