-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: threads, their pages and posts, authors, quote edges, read state.
-- Times are seconds since the epoch, UTC.
CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    engine TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER NOT NULL,
    last_fetched INTEGER
);
CREATE TABLE pages (
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL,
    post_count INTEGER NOT NULL,
    PRIMARY KEY (thread_id, page)
) WITHOUT ROWID;
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (site, name)
);
CREATE TABLE posts (
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    post_id TEXT NOT NULL,
    page INTEGER NOT NULL,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors(id),
    posted_at INTEGER,
    text TEXT NOT NULL,
    body TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    read_at INTEGER,
    PRIMARY KEY (thread_id, post_id)
);
CREATE INDEX posts_by_position ON posts (thread_id, position);
CREATE TABLE quotes (
    thread_id INTEGER NOT NULL,
    post_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    author TEXT NOT NULL,
    source TEXT,
    resolved TEXT,
    PRIMARY KEY (thread_id, post_id, idx),
    FOREIGN KEY (thread_id, post_id) REFERENCES posts (thread_id, post_id) ON DELETE CASCADE
);
