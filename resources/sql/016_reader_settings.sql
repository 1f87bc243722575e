-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The reader's own settings that follow them to their other devices (hide and follow
-- thresholds, hide mode, quote folding, mark-read delay): a copy of those the reader set,
-- kept by the sync service, so that they sync like every other register. Window geometry
-- and network settings belong to a machine and never come here.
CREATE TABLE reader_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER sync_setting_insert AFTER INSERT ON reader_settings
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('setting', new.key, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_setting_update AFTER UPDATE ON reader_settings
WHEN new.value IS NOT old.value AND (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('setting', new.key, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;

CREATE TRIGGER sync_setting_delete AFTER DELETE ON reader_settings
WHEN (SELECT record FROM sync_state WHERE id = 1) = 1
BEGIN
    INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed)
        VALUES ('setting', old.key, '', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
END;
