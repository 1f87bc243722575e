-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 11: a highlight may mark words a post quotes. quote_path names the quote as the
-- renderer does ("0", "0.1"); empty for the post's own words, as every earlier highlight.
ALTER TABLE annotations ADD COLUMN quote_path TEXT NOT NULL DEFAULT '';
