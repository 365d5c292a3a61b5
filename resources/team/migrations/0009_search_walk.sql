-- Attune team server, schema version 9: a search for a name common in the team (say a surname
-- thousands of an agent's calls carry) is answered by walking the agent's calls newest first.
--
-- Why: the trigram keys of 0005 find every match of a term, one heap page each, because an
-- agent's calls are spread over the whole table. For a term on a quarter of a team's calls that
-- was 96,000 pages read (about 3 s on ten million calls) to show the newest 200. Walking the
-- agent's calls in the list's order and testing the text of each finds those 200 within a few
-- hundred entries. This index holds everything that walk and the list's filters read (the
-- search text too), so the walk never leaves the index (an index-only scan). The narrower
-- call_facts_agent_started stays for the list without a search: with this one in its place the
-- filters' first pages took 10-50 % longer (a third more index to read).
--
-- Building it reads the whole table: measured for ten million calls on a busy two-core machine,
-- see docs/deployment.md. Agents' deliveries wait meanwhile (their Attune keeps them locally).
CREATE INDEX IF NOT EXISTS call_facts_agent_started_search ON attune.call_facts
    (agent, started_at DESC, call_id DESC)
    INCLUDE (peak, score, outcome, stress_after, upset, search);

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '9')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 9;
