-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: where the reader stopped in each thread (the post, the post view's scroll
-- position), so a thread opens there again after a restart.
ALTER TABLE threads ADD COLUMN place_post_id TEXT NOT NULL DEFAULT '';
ALTER TABLE threads ADD COLUMN place_scroll INTEGER NOT NULL DEFAULT 0;
