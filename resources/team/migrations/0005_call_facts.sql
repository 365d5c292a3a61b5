-- Attune team server, schema version 5: what the team view filters and sorts on, one narrow row
-- per finished call (issue 17). `attune team init` runs it once, on a server older than version 5
-- (its grants and policies are in ../access.sql).
--
-- Why a table of its own: the latest assessment's outcome and score, the stress after the call and
-- whether a customer survey reads upset live in other tables, so a filter on them used to look up
-- a call's latest assessment for every candidate row (seconds on ten million calls). Copying them
-- onto attune.calls would have rewritten every call and every one of its nine indexes on an
-- existing server; a narrow table is written once. Triggers on the three source tables keep each
-- row equal to what the sources say, whatever order rows arrive in and however often a sync
-- delivers them again (each change recomputes the whole row from the sources).
--
-- On an existing server the first run copies every finished call (about four minutes for ten
-- million calls on two cores) while agents' deliveries wait (docs/deployment.md).

-- The first run's index builds sort ten million rows; the default 64 MB spills them to disk.
SET LOCAL maintenance_work_mem = '256MB';

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE IF NOT EXISTS attune.call_facts (
    call_id uuid PRIMARY KEY,
    agent name NOT NULL,
    started_at timestamptz NOT NULL,
    talk_seconds integer NOT NULL,
    -- coalesce(peak, -1): the Peak sort's and the hot filter's value, as in the local history
    peak real NOT NULL,
    -- the call's latest assessment (saved_at, then id), NULL while it has none
    assessment_id uuid,
    outcome text,
    score real,
    stress_after smallint,
    -- a survey of the call reads upset (attune.customer_feedback)
    upset boolean NOT NULL DEFAULT false,
    -- the name-or-number search's text
    search text NOT NULL
);

-- Recomputes one call's row from the sources: inserted, updated, or removed when the call is gone
-- or not finished. The call's row is locked first, so two deliveries about the same call (the
-- same agent on two machines) recompute one after the other, each from what is committed.
-- SECURITY DEFINER: agents and supervisors never write this table themselves.
CREATE OR REPLACE FUNCTION attune.refresh_call_facts(call uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM 1 FROM attune.calls WHERE id = call FOR NO KEY UPDATE;
    INSERT INTO attune.call_facts AS f (call_id, agent, started_at, talk_seconds, peak,
                                       assessment_id, outcome, score, stress_after, upset, search)
    SELECT c.id, c.agent, c.started_at, c.talk_seconds, coalesce(c.peak, -1), a.id, a.outcome,
           a.score, a.stress_after,
           EXISTS (SELECT 1 FROM attune.customer_feedback s WHERE s.call_id = c.id AND s.upset),
           c.customer_name || ' ' || c.phone
    FROM attune.calls c
    LEFT JOIN LATERAL (SELECT l.id, l.outcome, l.score, l.stress_after
                       FROM attune.assessments l WHERE l.call_id = c.id
                       ORDER BY l.saved_at DESC, l.id DESC LIMIT 1) a ON true
    WHERE c.id = call AND c.ended_at IS NOT NULL
    ON CONFLICT (call_id) DO UPDATE SET agent = excluded.agent, started_at = excluded.started_at,
        talk_seconds = excluded.talk_seconds, peak = excluded.peak,
        assessment_id = excluded.assessment_id, outcome = excluded.outcome,
        score = excluded.score, stress_after = excluded.stress_after, upset = excluded.upset,
        search = excluded.search
    -- a re-delivery that changes nothing writes nothing
    WHERE (f.agent, f.started_at, f.talk_seconds, f.peak, f.assessment_id, f.outcome, f.score,
           f.stress_after, f.upset, f.search)
          IS DISTINCT FROM (excluded.agent, excluded.started_at, excluded.talk_seconds,
                            excluded.peak, excluded.assessment_id, excluded.outcome,
                            excluded.score, excluded.stress_after, excluded.upset,
                            excluded.search);
    IF NOT FOUND THEN
        DELETE FROM attune.call_facts f WHERE f.call_id = call
            AND NOT EXISTS (SELECT 1 FROM attune.calls c
                            WHERE c.id = call AND c.ended_at IS NOT NULL);
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION attune.call_facts_from_calls() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM attune.call_facts WHERE call_id = OLD.id;
        RETURN NULL;
    END IF;
    PERFORM attune.refresh_call_facts(NEW.id);
    IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
        DELETE FROM attune.call_facts WHERE call_id = OLD.id;
    END IF;
    RETURN NULL;
END
$$;

-- Assessments and surveys: the call they belong to (both calls, should one move).
CREATE OR REPLACE FUNCTION attune.call_facts_from_call_id() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM attune.refresh_call_facts(NEW.call_id);
    END IF;
    IF TG_OP = 'DELETE' OR OLD.call_id <> NEW.call_id THEN
        PERFORM attune.refresh_call_facts(OLD.call_id);
    END IF;
    RETURN NULL;
END
$$;

-- The first run fills the table from what the server already holds. Writers wait meanwhile, so no
-- delivery can slip between the copy and the triggers (which take effect when this commits).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM attune.meta WHERE key = 'call_facts_filled') THEN
        LOCK TABLE attune.calls, attune.assessments, attune.customer_feedback IN SHARE MODE;
        INSERT INTO attune.call_facts (call_id, agent, started_at, talk_seconds, peak,
                                       assessment_id, outcome, score, stress_after, upset,
                                       search)
        SELECT c.id, c.agent, c.started_at, c.talk_seconds, coalesce(c.peak, -1), a.id,
               a.outcome, a.score, a.stress_after, coalesce(s.upset, false),
               c.customer_name || ' ' || c.phone
        FROM attune.calls c
        LEFT JOIN (SELECT DISTINCT ON (l.call_id) l.call_id, l.id, l.outcome, l.score,
                          l.stress_after
                   FROM attune.assessments l
                   ORDER BY l.call_id, l.saved_at DESC, l.id DESC) a ON a.call_id = c.id
        LEFT JOIN (SELECT f.call_id, bool_or(f.upset) AS upset
                   FROM attune.customer_feedback f GROUP BY f.call_id) s ON s.call_id = c.id
        WHERE c.ended_at IS NOT NULL
        ON CONFLICT (call_id) DO NOTHING;
        INSERT INTO attune.meta (key, value) VALUES ('call_facts_filled', 'yes');
        -- The planner's figures now, not after autovacuum gets round to the new rows.
        ANALYZE attune.call_facts;
    END IF;
END
$$;

DROP TRIGGER IF EXISTS call_facts ON attune.calls;
CREATE TRIGGER call_facts AFTER INSERT OR UPDATE OR DELETE ON attune.calls
    FOR EACH ROW EXECUTE FUNCTION attune.call_facts_from_calls();
DROP TRIGGER IF EXISTS call_facts ON attune.assessments;
CREATE TRIGGER call_facts AFTER INSERT OR UPDATE OR DELETE ON attune.assessments
    FOR EACH ROW EXECUTE FUNCTION attune.call_facts_from_call_id();
DROP TRIGGER IF EXISTS call_facts ON attune.customer_feedback;
CREATE TRIGGER call_facts AFTER INSERT OR UPDATE OR DELETE ON attune.customer_feedback
    FOR EACH ROW EXECUTE FUNCTION attune.call_facts_from_call_id();

-- A supervisor's page is read agent by agent and merged (HistorySql), so every sort has an index
-- that starts with the agent and ends with the call (the page cursor). The newest-first index also
-- carries every filter's column: a filter that matches few calls is checked inside the index, and
-- only the matches are read from the table.
CREATE INDEX IF NOT EXISTS call_facts_agent_started ON attune.call_facts
    (agent, started_at DESC, call_id DESC, peak, score, outcome, stress_after, upset);
CREATE INDEX IF NOT EXISTS call_facts_agent_talk ON attune.call_facts
    (agent, talk_seconds DESC, call_id DESC);
CREATE INDEX IF NOT EXISTS call_facts_agent_peak ON attune.call_facts
    (agent, peak DESC, call_id DESC);
CREATE INDEX IF NOT EXISTS call_facts_agent_score ON attune.call_facts
    (agent, score DESC, call_id DESC) WHERE score IS NOT NULL;
-- The name or number search within one agent's calls. pg_trgm's own index holds one list per
-- trigram for the whole server (a name common elsewhere but rare in this team reads every other
-- team's matches), and a GIN index on (agent, trigrams) still reads those long lists to
-- intersect them (measured: 45-400 ms per agent). So each key here is the agent and a trigram
-- ("agent-007:ngu"): a list holds one agent's calls only. Only trigrams of three letters or
-- digits are kept: those of a search term appear in every text that contains it, which the
-- padded ones at a word's edge need not (the query then checks ILIKE on the few candidates).
-- The index below holds this function's output: a later migration that changes the keys
-- replaces the function and rebuilds the index (REINDEX) in the same file. That is safe only
-- because this file never runs again once the server is past version 5 (TeamSchema::initialise);
-- run again, it would put the old keys back under the new index and searches would find nothing.
DO $$
DECLARE
    trgm text := (SELECT quote_ident(n.nspname) FROM pg_extension e
                  JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION attune.search_keys(agent name, search text) RETURNS text[]
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            -- also keeps the call from being inlined: the index's expression would then no
            -- longer match the query's, and the index would never be used
            SET search_path = pg_catalog, pg_temp
        AS $b$ SELECT ARRAY(SELECT agent || ':' || t FROM unnest(%s.show_trgm(search)) AS t
                            WHERE strpos(t, ' ') = 0) $b$
        $f$, trgm);
END
$$;
CREATE INDEX IF NOT EXISTS call_facts_agent_search_keys ON attune.call_facts
    USING gin (attune.search_keys(agent, search));
-- Row-level security lets a query use an index only for conditions on leakproof operators, and
-- `@>` is not one: a supervisor's own query can never use the index above. So the search runs
-- here as the table's owner, for one agent the caller may read (the caller's login role is
-- session_user inside this function), and gives the matching calls' ids only; the caller's
-- query reads those calls under its own row-level security as always.
CREATE OR REPLACE FUNCTION attune.search_agent_calls(agent name, term text, pattern text)
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    ROWS 200
AS $$
    -- The keys start with the agent, so they find that agent's calls only; the agent is compared
    -- as text so that the planner never walks the agent's whole range instead of the keys.
    -- ($1 and not `agent`: in SQL a column of that name would win over the argument.)
    SELECT f.call_id FROM attune.call_facts f
    WHERE ($1 = session_user OR attune.supervises(session_user, $1))
      AND cardinality(attune.search_keys($1, $2)) > 0
      AND attune.search_keys(f.agent, f.search) @> attune.search_keys($1, $2)
      AND f.agent::text = $1::text AND f.search ILIKE $3
$$;
-- "Customer left upset": the few upset calls of an agent.
CREATE INDEX IF NOT EXISTS call_facts_agent_upset ON attune.call_facts
    (agent, started_at DESC, call_id DESC) WHERE upset;


-- The survey of a call, for the page's customer score.
CREATE INDEX IF NOT EXISTS customer_feedback_call_latest
    ON attune.customer_feedback (call_id, imported_at DESC, id DESC);

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '5')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 5;
