-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: the post a post replies to, when the forum says so (Discourse, Hacker News,
-- Lemmy); empty when the tree comes from quotes alone.
ALTER TABLE posts ADD COLUMN parent_id TEXT NOT NULL DEFAULT '';
