// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Threadkeeper {

// Inline formatting over a range of a block's text: the text itself stays plain so
// that scoring, matching and anchoring see the words only.
struct Span
{
    enum Style : quint8
    {
        Bold = 1,
        Italic = 2,
        Underline = 4,
        Strike = 8,
        InlineCode = 16,
        Spoiler = 32,
    };
    int start = 0;
    int length = 0;
    quint8 styles = 0;
    QString href; // a link's target, absolute; empty when not a link

    bool operator==(const Span &) const = default;
};

// One block of a post's body: our own small structure, never the site's HTML.
// A quote block holds the quoted blocks as children.
struct Block
{
    enum class Kind
    {
        Paragraph,
        ListItem,
        Code,
        Quote,
        Heading, // level 1–6
        Table, // children: rows
        TableRow, // children: one Paragraph per cell; level 1 for a header row
        Spoiler, // text: its title; children: the hidden blocks
        Image, // text: alt text; url: the picture
        Attachment, // text: file name (and size); url: the download
    };
    Kind kind = Kind::Paragraph;
    QString text; // Paragraph, ListItem, Code, Heading, Spoiler title, Image alt, Attachment name
    QList<Span> spans; // Paragraph, ListItem, Heading
    QString quoteAuthor; // Quote
    QString quoteSource; // Quote: the forum's id of the quoted post, if the markup names it
    QString language; // Code: as the markup names it ("cpp"), or empty
    QString url; // Image, Attachment
    QString link; // Image: where the picture links to (a full-size version, a page), if anywhere
    int level = 0; // Heading, TableRow
    QList<Block> children; // Quote, Table, TableRow, Spoiler

    bool operator==(const Block &other) const;
};

// Out of line: QList<Block> compares only once Block is complete.
inline bool Block::operator==(const Block &other) const
{
    return kind == other.kind && text == other.text && spans == other.spans
        && quoteAuthor == other.quoteAuthor && quoteSource == other.quoteSource && language == other.language
        && url == other.url && link == other.link && level == other.level && children == other.children;
}

// A quote as the tree needs it: who, the post id the markup names (if any),
// the quoted words, and the post the resolver matched it to.
struct Quote
{
    QString author;
    QString source; // from the markup ("post: 123", goto/post?id=123); empty when typed by hand
    QString text; // the quoted words, nested quotes excluded
    QString resolved; // the quoted post's id once known; equals source when source is set

    bool operator==(const Quote &) const = default;
};

struct Post
{
    QString id; // the forum's post id, as a string
    int number = 0; // "#N" as the forum shows it; 0 when the page shows none (the article)
    int page = 0;
    int position = 0; // order in the thread (the engine's: page-major for paged forums)
    // The post this one replies to, when the forum says (Discourse, Hacker News, Lemmy);
    // empty when the tree comes from quotes only. "#N" names it by its number when the
    // engine could not tell its id yet (Discourse, across a gap in the numbering): the
    // tree maps it once that post is there.
    QString parentId;
    QString author;
    QString avatarUrl; // the poster's picture as the page links it, absolute; empty for none
    QDateTime date;
    QString text; // the post's own words, quotes excluded
    QList<Block> body;
    QList<Quote> quotes; // top-level quotes, in order

    // Read state as the cache knows it.
    QDateTime firstSeen;
    QDateTime readAt;
    bool isNew = false; // first seen on the latest refresh of a thread seen before

    bool isRead() const { return readAt.isValid(); }
    bool operator==(const Post &) const = default;
};

// What a tree or list of posts shows of a post: who, when, a glance at its words and
// its read state, never its body.
struct PostHeader
{
    QString id;
    int number = 0;
    int position = 0;
    QString author;
    QDateTime date;
    QString glance; // the start of its own words, spoilers as their titles, at most a line
    int quoteCount = 0;
    QDateTime readAt;
    bool isNew = false;

    bool isRead() const { return readAt.isValid(); }
    bool operator==(const PostHeader &) const = default;
};

struct ThreadInfo
{
    QString url; // canonical first-page URL
    QString engine; // "xenforo"
    QString title;
    int pageCount = 0;

    bool operator==(const ThreadInfo &) const = default;
};

// Where the reader stopped in a thread: the post and how far down it was scrolled.
struct ReadingPlace
{
    QString postId; // empty: no place kept
    int scroll = 0; // the post view's scroll position, in pixels
};

// One definition of unread for every count and view: a post the rules hide never counts.
inline bool countsAsUnread(bool read, bool hidden)
{
    return !read && !hidden;
}

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::Post)
Q_DECLARE_METATYPE(Threadkeeper::ThreadInfo)
