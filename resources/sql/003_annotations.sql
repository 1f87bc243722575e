-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: notes on posts and highlights inside them. Kept by thread URL and post id,
-- not by foreign key, so that an annotation outlives any change to the cached copy.
CREATE TABLE annotations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'highlight')),
    thread_url TEXT NOT NULL,
    post_id TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    exact TEXT,
    prefix TEXT,
    suffix TEXT,
    start_offset INTEGER,
    end_offset INTEGER,
    orphaned INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX annotations_by_post ON annotations (thread_url, post_id);
