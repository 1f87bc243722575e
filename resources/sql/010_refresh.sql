-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10, refresh: each request of a cached thread as last answered, so a refresh can
-- ask the server whether it changed (If-None-Match, If-Modified-Since: a 304 costs no
-- body) and knows where a part was fetched from (a paged thread's last page).
CREATE TABLE fetched_requests (
    thread_id INTEGER NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    unit INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (thread_id, url)
) WITHOUT ROWID;
CREATE INDEX fetched_requests_unit ON fetched_requests (thread_id, unit);
