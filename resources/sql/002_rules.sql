-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: scoring rules (hide and follow posters, keyword scores).
CREATE TABLE rules (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('poster', 'keyword')),
    site TEXT NOT NULL,
    pattern TEXT NOT NULL,
    score INTEGER NOT NULL,
    thread_url TEXT,
    expires INTEGER,
    note TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
);
CREATE INDEX rules_by_site ON rules (site);
