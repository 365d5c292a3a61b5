-- Attune team server, schema version 7: the name-or-number search of one agent's calls
-- (attune.search_agent_calls, migration 0005) is planned as what it is, a short read of one
-- agent's keys. Changing a function's settings is instant whatever the server holds.
--
-- Why: a SQL function that is not inlined (this one runs with its owner's rights, so it never
-- is) is planned with its arguments unknown. The planner then takes the default guess for
-- `@>` on the search keys, half a percent of the table: 50,000 rows of ten million. At that
-- cost it starts two parallel workers and JIT-compiles the plan, on every call, for each agent
-- of the team. Measured on ten million calls (EXPLAIN ANALYZE through auto_explain): the index
-- read itself takes 0.02-0.4 ms, the call 15-33 ms warm and 125 ms on the first one (91 ms of
-- it JIT), so a team of 20 waited 300-660 ms for a search that finds nothing. One agent's
-- matches are never worth a worker or a compiler; the plan stays the bitmap read of the keys.
--
-- The settings are the function's own (ALTER FUNCTION … SET): its body stays where 0005 made it,
-- so this file never restates it. A later migration that replaces the body with CREATE OR
-- REPLACE FUNCTION replaces these settings too and must state them again
-- (tst_teamschema::searchPlanSettingsSurviveEveryInit fails otherwise).
ALTER FUNCTION attune.search_agent_calls(name, text, text)
    SET jit = off
    SET max_parallel_workers_per_gather = 0;

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '7')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 7;
