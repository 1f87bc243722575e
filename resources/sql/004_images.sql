-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: pictures of posts the reader chose to see, and sites whose pictures
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
