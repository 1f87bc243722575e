-- SPDX-FileCopyrightText: 2026 Threadkeeper authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 12: a Discourse topic is cached under /t/{id}, whatever slug its address had (the
-- slug changes with the title; /t/{id} is the one form every link to the topic reduces to).
-- Topics cached under /t/{slug}/{id} move there with their notes, folds and rules. Where one
-- topic was cached under several keys, one copy takes the key (the one already under it,
-- else the one fetched last) and gains the others' read marks; the others stay as they
-- were, so that no post is lost.
CREATE TEMP TABLE discourse_keys AS
SELECT url AS old_url, base || topic AS new_url, fetched
FROM (
    SELECT url, topic, slugged, rtrim(slugged, replace(slugged, '/', '')) AS base, fetched
    FROM (
        SELECT url,
            substr(url, length(rtrim(url, '0123456789')) + 1) AS topic,
            substr(url, 1, length(rtrim(url, '0123456789')) - 1) AS slugged,
            substr(url, length(rtrim(url, '0123456789')), 1) AS slash,
            coalesce(last_fetched, 0) * 1000000000 + id AS fetched
        FROM threads
        WHERE engine = 'discourse'
    )
    WHERE slash = '/' AND topic <> ''
)
WHERE substr(base, -3) = '/t/' AND length(slugged) > length(base);

-- The copy that takes the key, where none is under it yet: the one fetched last.
UPDATE threads
SET url = (SELECT new_url FROM discourse_keys WHERE old_url = threads.url)
WHERE url IN (
    SELECT k.old_url FROM discourse_keys k
    WHERE k.new_url NOT IN (SELECT url FROM threads)
        AND NOT EXISTS (
            SELECT 1 FROM discourse_keys o WHERE o.new_url = k.new_url AND o.fetched > k.fetched
        )
);

-- Read marks of the copies left under old keys, onto the copy under the key.
UPDATE posts
SET read_at = (
    SELECT max(old.read_at) FROM posts old
    JOIN threads t ON t.id = old.thread_id
    JOIN discourse_keys k ON k.old_url = t.url
    JOIN threads keyed ON keyed.url = k.new_url
    WHERE keyed.id = posts.thread_id AND old.post_id = posts.post_id
)
WHERE read_at IS NULL
    AND thread_id IN (SELECT t.id FROM threads t JOIN discourse_keys k ON k.new_url = t.url);

UPDATE annotations
SET thread_url = (SELECT new_url FROM discourse_keys WHERE old_url = annotations.thread_url)
WHERE thread_url IN (SELECT old_url FROM discourse_keys);

UPDATE rules
SET thread_url = (SELECT new_url FROM discourse_keys WHERE old_url = rules.thread_url)
WHERE thread_url IN (SELECT old_url FROM discourse_keys);

UPDATE OR IGNORE folds
SET thread_url = (SELECT new_url FROM discourse_keys WHERE old_url = folds.thread_url)
WHERE thread_url IN (SELECT old_url FROM discourse_keys);

DROP TABLE discourse_keys;
