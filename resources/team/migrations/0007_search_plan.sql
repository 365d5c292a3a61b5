-- Attune team server, schema version 7: the name-or-number search of one agent's calls
-- (attune.search_agent_calls, migration 0005) is planned as what it is, a short read of one
-- agent's keys. Replacing a function is instant whatever the server holds.
--
-- Why: a SQL function that is not inlined (this one runs with its owner's rights, so it never
-- is) is planned with its arguments unknown. The planner then takes the default guess for
-- `@>` on the search keys, half a percent of the table: 50,000 rows of ten million. At that
-- cost it starts two parallel workers and JIT-compiles the plan, on every call, for each agent
-- of the team. Measured on ten million calls (EXPLAIN ANALYZE through auto_explain): the index
-- read itself takes 0.02-0.4 ms, the call 15-33 ms warm and 125 ms on the first one (91 ms of
-- it JIT), so a team of 20 waited 300-660 ms for a search that finds nothing. One agent's
-- matches are never worth a worker or a compiler; the plan stays the bitmap read of the keys.
CREATE OR REPLACE FUNCTION attune.search_agent_calls(agent name, term text, pattern text)
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET jit = off
    SET max_parallel_workers_per_gather = 0
    ROWS 200
AS $$
    -- As in 0005: the keys start with the agent, so they find that agent's calls only; the
    -- agent is compared as text so that the planner never walks the agent's whole range
    -- instead of the keys. ($1 and not `agent`: in SQL a column of that name would win.)
    SELECT f.call_id FROM attune.call_facts f
    WHERE ($1 = session_user OR attune.supervises(session_user, $1))
      AND cardinality(attune.search_keys($1, $2)) > 0
      AND attune.search_keys(f.agent, f.search) @> attune.search_keys($1, $2)
      AND f.agent::text = $1::text AND f.search ILIKE $3
$$;
REVOKE ALL ON FUNCTION attune.search_agent_calls(name, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attune.search_agent_calls(name, text, text)
    TO attune_agent, attune_supervisor;

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '7')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 7;
