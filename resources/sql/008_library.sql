-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8, the library: threads the reader watches (refreshed in the background, never
-- evicted), when they last opened each one (posts first seen after it are new since the
-- last visit), and when a watched thread was last checked for news.
ALTER TABLE threads ADD COLUMN watched INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threads ADD COLUMN last_visit INTEGER;
ALTER TABLE threads ADD COLUMN last_checked INTEGER;
