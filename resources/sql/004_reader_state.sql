-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4, the reader's state: pictures of posts the reader chose to see, sites whose pictures
-- always load. A picture is only ever here because the reader asked for it.
CREATE TABLE images (
    url TEXT PRIMARY KEY,
    content_type TEXT NOT NULL DEFAULT '',
    data BLOB NOT NULL,
    fetched INTEGER NOT NULL
);
CREATE TABLE image_sites (
    host TEXT PRIMARY KEY,
    allowed INTEGER NOT NULL
);
-- Quotes and spoilers the reader opened or folded, per post, kept across sessions:
-- their paths ("0", "0.1", "s2"), space-separated.
CREATE TABLE folds (
    thread_url TEXT NOT NULL,
    post_id TEXT NOT NULL,
    paths TEXT NOT NULL,
    PRIMARY KEY (thread_url, post_id)
);
-- The picture a forum shows for a poster; loaded only when the reader turns avatars on.
ALTER TABLE authors ADD COLUMN avatar_url TEXT NOT NULL DEFAULT '';
