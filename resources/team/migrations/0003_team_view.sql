-- Attune team server, schema version 3: the team view's indexes (issue 17).
--
-- The supervisors' history reads the same keyset pages, filters and trends as the agent's own
-- history (app/storage/HistorySql.cpp); each sort and filter below has an index whose expression
-- is the text that code writes, so PostgreSQL walks the index and stops after a page. Measured
-- with EXPLAIN ANALYZE on ten million calls from 500 agents (attune_bench team_history_*).
-- Every statement is idempotent; on a large server the first run takes a few minutes.

-- The name or number search: ILIKE '%text%' on one expression, answered by trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS calls_search_trgm ON attune.calls
    USING gin ((customer_name || ' ' || phone) gin_trgm_ops);

-- The other sorts, each ending in the id that breaks ties (the page cursor).
CREATE INDEX IF NOT EXISTS calls_talk ON attune.calls (talk_seconds DESC, id DESC);
CREATE INDEX IF NOT EXISTS calls_peak ON attune.calls ((coalesce(peak, -1)) DESC, id DESC);

-- A supervisor's pages are read agent by agent and merged (HistorySql: a page per agent of the
-- team, each from its own index range, then the best of them), so every sort also has an index
-- that starts with the agent: a team is a few dozen short index ranges, never a walk through
-- every other team's calls.
CREATE INDEX IF NOT EXISTS calls_agent_talk ON attune.calls (agent, talk_seconds DESC, id DESC);
CREATE INDEX IF NOT EXISTS calls_agent_peak
    ON attune.calls (agent, (coalesce(peak, -1)) DESC, id DESC);
CREATE INDEX IF NOT EXISTS assessments_agent_score
    ON attune.assessments (agent, score DESC, id DESC) WHERE score IS NOT NULL;

-- Hot calls (HistoryFilter::kHotPeak, written out in the query so the predicate is proved):
-- an agent with few of them costs a short range, not a walk through all their calls.
CREATE INDEX IF NOT EXISTS calls_agent_hot ON attune.calls (agent, started_at DESC, id DESC)
    WHERE coalesce(peak, -1) >= 0.6;

-- The latest assessment of a call, and the score sort over latest assessments.
CREATE INDEX IF NOT EXISTS assessments_call_latest
    ON attune.assessments (call_id, saved_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS assessments_score ON attune.assessments (score DESC, id DESC)
    WHERE score IS NOT NULL;

-- The per-row counts of a page.
CREATE INDEX IF NOT EXISTS kudos_call ON attune.kudos (call_id);
CREATE INDEX IF NOT EXISTS coaching_notes_call ON attune.coaching_notes (call_id);

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '3')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 3;
