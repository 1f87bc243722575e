-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: full-text search over every cached post's own words (posts.text holds them,
-- quotes excluded), so a sentence finds the post that said it, not those that quoted it.
-- An external-content FTS5 index kept in step by triggers: whatever writes posts, the
-- index follows, in the same transaction.
CREATE VIRTUAL TABLE post_search USING fts5(
    text, content = 'posts', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER post_search_insert AFTER INSERT ON posts BEGIN
    INSERT INTO post_search (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER post_search_delete AFTER DELETE ON posts BEGIN
    INSERT INTO post_search (post_search, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
-- A refresh rewrites every post; only a changed text touches the index.
CREATE TRIGGER post_search_update AFTER UPDATE OF text ON posts WHEN old.text IS NOT new.text BEGIN
    INSERT INTO post_search (post_search, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO post_search (rowid, text) VALUES (new.rowid, new.text);
END;
INSERT INTO post_search (post_search) VALUES ('rebuild');
