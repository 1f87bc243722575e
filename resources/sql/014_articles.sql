-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 14: a news article's address and the thread that holds it. The article itself is
-- a post of that thread (post_id 'article'); this row lets the article's own address open
-- the cached thread, offline too. thread_url is the article's address where no discussion
-- was found. Not a foreign key: a thread removed from the cache leaves its row unused
-- (articleThread() asks for the thread with its article), and a later load writes it anew.
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,
    thread_url TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    saved_at INTEGER NOT NULL
) WITHOUT ROWID;
