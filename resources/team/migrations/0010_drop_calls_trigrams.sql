-- Attune team server, schema version 10: 0003's trigram index on attune.calls goes.
--
-- Why: since 0005 the team view's search reads attune.call_facts (the per-agent trigram keys of
-- 0005, the walk of 0009), and no statement of Attune names the expression this index holds,
-- customer_name || ' ' || phone on attune.calls, any more, so no plan can use it. Measured: with
-- sequential scans switched off for every connection of tst_teamhistory (pages in every sort,
-- eighteen filters and searches, details, trends, the agent comparison), the index was scanned
-- 0 times. Every delivered call still had to add its trigrams to it (a GIN index, the costliest
-- kind to write) and the index took space on every server.
--
-- pg_trgm itself stays: 0005's search keys are made with its show_trgm(). The btree_gin
-- extension found on the benchmark server was never created by a migration (a trial by hand,
-- docs/team-server.md); Attune drops nothing it did not make.
--
-- Dropping an index takes no time whatever the server holds; it waits for the statements already
-- using attune.calls, and new ones wait for init to commit.
DROP INDEX IF EXISTS attune.calls_search_trgm;

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '10')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 10;
