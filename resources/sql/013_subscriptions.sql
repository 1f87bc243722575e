-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 13, subscriptions: feeds, forum sections and front pages the reader follows, the
-- items each listed (read state per item), and how each request of a listing was last
-- answered (ETag, Last-Modified), so that a refresh asks "has it changed?".
-- IF NOT EXISTS: a file whose version was set back (as tests make an older schema) keeps them.
CREATE TABLE IF NOT EXISTS subscriptions (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    interval_minutes INTEGER NOT NULL DEFAULT 60,
    added INTEGER NOT NULL,
    last_checked INTEGER,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS feed_items (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    link TEXT,
    posted_at INTEGER,
    updated_at INTEGER,
    author TEXT,
    summary TEXT,
    content TEXT,
    comments INTEGER,
    discussion TEXT,
    comment_feed TEXT,
    -- The discussion's cache key (threads.url) where an engine recognises it.
    thread_url TEXT,
    prefix TEXT,
    sticky INTEGER NOT NULL DEFAULT 0,
    -- Its place in the listing when last seen (sections keep the forum's order).
    position INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER NOT NULL,
    read_at INTEGER,
    UNIQUE (subscription_id, item_key)
);
-- The News view lists items newest first; the thread index joins items to cached threads.
CREATE INDEX IF NOT EXISTS feed_items_date ON feed_items (coalesce(posted_at, first_seen) DESC);
CREATE INDEX IF NOT EXISTS feed_items_thread ON feed_items (thread_url) WHERE thread_url IS NOT NULL;
CREATE TABLE IF NOT EXISTS listing_requests (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, url)
) WITHOUT ROWID;
