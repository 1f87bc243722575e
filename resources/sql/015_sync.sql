-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 15, sync between devices (SyncRepository, SyncApplier). What the reader does is
-- kept as registers (kind, scope, item) whose latest change wins by a hybrid logical clock.
-- The triggers below note which registers the reader changed here while sync is on
-- (record = 1); SyncApplier turns record off while it writes what came from elsewhere.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT NOT NULL,
    record INTEGER NOT NULL DEFAULT 0,
    hlc INTEGER NOT NULL DEFAULT 0,
    segment INTEGER NOT NULL DEFAULT 0,
    target TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT ''
);
INSERT INTO sync_state (id, device) VALUES (1, lower(hex(randomblob(8))));
-- Registers changed here and not yet written for the other devices, and since when.
CREATE TABLE sync_outbox (
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    item TEXT NOT NULL,
    changed INTEGER NOT NULL,
    PRIMARY KEY (kind, scope, item)
) WITHOUT ROWID;
-- The winning change of every register written here or read from another device.
CREATE TABLE sync_registers (
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    item TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (kind, scope, item)
) WITHOUT ROWID;
CREATE INDEX sync_registers_by_scope ON sync_registers (scope);
-- Journal files written here but not yet stored in the shared place.
CREATE TABLE sync_unsent (
    name TEXT PRIMARY KEY,
    bytes BLOB NOT NULL
) WITHOUT ROWID;
-- How far each file of the other devices was read, as it was listed then.
CREATE TABLE sync_files (
    name TEXT PRIMARY KEY,
    tag TEXT NOT NULL,
    size INTEGER NOT NULL,
    done INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_devices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_seen INTEGER
) WITHOUT ROWID;
-- Threads and subscriptions that incoming changes name before this cache holds them.
CREATE TABLE sync_waiting (
    scope TEXT PRIMARY KEY
) WITHOUT ROWID;
ALTER TABLE rules ADD COLUMN sync_id TEXT;
ALTER TABLE annotations ADD COLUMN sync_id TEXT;
-- Earlier texts of a note that lost to an edit elsewhere within a minute (a JSON array).
ALTER TABLE annotations ADD COLUMN history TEXT NOT NULL DEFAULT '';
UPDATE rules SET sync_id = lower(hex(randomblob(16)));
UPDATE annotations SET sync_id = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX rules_by_sync_id ON rules (sync_id);
CREATE UNIQUE INDEX annotations_by_sync_id ON annotations (sync_id);

CREATE TRIGGER sync_read AFTER UPDATE OF read_at ON posts
WHEN (new.read_at IS NULL) <> (old.read_at IS NULL) AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('read', (SELECT url FROM threads WHERE id = new.thread_id), new.post_id, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_place AFTER UPDATE OF place_post_id, place_scroll ON threads
WHEN (new.place_post_id IS NOT old.place_post_id OR new.place_scroll IS NOT old.place_scroll) AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('place', new.url, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_watch AFTER UPDATE OF watched ON threads
WHEN new.watched IS NOT old.watched AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('watch', new.url, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_fold_insert AFTER INSERT ON folds
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('fold', new.thread_url, new.post_id, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_fold_update AFTER UPDATE ON folds
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('fold', new.thread_url, new.post_id, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_fold_delete AFTER DELETE ON folds
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('fold', old.thread_url, old.post_id, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_itemread AFTER UPDATE OF read_at ON feed_items
WHEN (new.read_at IS NULL) <> (old.read_at IS NULL) AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('itemread', (SELECT url FROM subscriptions WHERE id = new.subscription_id), new.item_key, CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_rule_insert AFTER INSERT ON rules
BEGIN
    UPDATE rules SET sync_id = lower(hex(randomblob(16))) WHERE id = new.id AND sync_id IS NULL;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', sync_id, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) FROM rules WHERE id = new.id AND (SELECT record FROM sync_state WHERE id = 1) = 1;
END;

CREATE TRIGGER sync_rule_update AFTER UPDATE ON rules
WHEN new.sync_id IS NOT NULL AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'kind', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.kind IS NOT old.kind;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'site', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.site IS NOT old.site;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'pattern', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.pattern IS NOT old.pattern;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'score', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.score IS NOT old.score;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'thread_url', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.thread_url IS NOT old.thread_url;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'expires', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.expires IS NOT old.expires;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'note', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.note IS NOT old.note;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'rule', new.sync_id, 'created', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.created IS NOT old.created;
END;

CREATE TRIGGER sync_rule_delete AFTER DELETE ON rules
WHEN old.sync_id IS NOT NULL AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('rule', old.sync_id, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_note_insert AFTER INSERT ON annotations
BEGIN
    UPDATE annotations SET sync_id = lower(hex(randomblob(16))) WHERE id = new.id AND sync_id IS NULL;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', sync_id, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) FROM annotations WHERE id = new.id AND (SELECT record FROM sync_state WHERE id = 1) = 1;
END;

CREATE TRIGGER sync_note_update AFTER UPDATE ON annotations
WHEN new.sync_id IS NOT NULL AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'kind', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.kind IS NOT old.kind;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'thread_url', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.thread_url IS NOT old.thread_url;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'post_id', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.post_id IS NOT old.post_id;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'note', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.note IS NOT old.note;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'exact', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.exact IS NOT old.exact;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'prefix', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.prefix IS NOT old.prefix;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'suffix', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.suffix IS NOT old.suffix;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'start_offset', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.start_offset IS NOT old.start_offset;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'end_offset', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.end_offset IS NOT old.end_offset;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'quote_path', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.quote_path IS NOT old.quote_path;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'note', new.sync_id, 'created', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.created IS NOT old.created;
END;

CREATE TRIGGER sync_note_delete AFTER DELETE ON annotations
WHEN old.sync_id IS NOT NULL AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('note', old.sync_id, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_sub_insert AFTER INSERT ON subscriptions
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('sub', new.url, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_sub_update AFTER UPDATE ON subscriptions
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'sub', new.url, 'title', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.title IS NOT old.title;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'sub', new.url, 'folder', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.folder IS NOT old.folder;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'sub', new.url, 'kind', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.kind IS NOT old.kind;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'sub', new.url, 'source', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.source IS NOT old.source;
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        SELECT 'sub', new.url, 'interval_minutes', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) WHERE new.interval_minutes IS NOT old.interval_minutes;
END;

CREATE TRIGGER sync_sub_delete AFTER DELETE ON subscriptions
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('sub', old.url, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;
