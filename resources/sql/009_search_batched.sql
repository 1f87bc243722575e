-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 9: new posts are indexed by whoever writes them, one statement per page, not by a
-- trigger per row. FTS5 writes its pending terms to disk at every statement savepoint, so
-- a trigger made one index segment per post: 40% of a sync's store work (callgrind).
-- Edits and removals keep their triggers: rare, or already one statement for many rows.
DROP TRIGGER post_search_insert;
