-- Attune team server, schema version 4: the customer's verdict (post-call surveys imported with
-- `attune import feedback`), shared like assessments. Idempotent, as every migration here.
--
-- The comment is the customer's own words about the call, shared with the team like the call's
-- record; no agent note is involved. The phone number or customer id that found the call never
-- leaves the agent's computer (the local table does not keep them either).

-- `id` is the stable id the agent's Attune gives the survey; an upsert with the same id is the
-- same survey, so a re-delivered or re-imported one changes nothing.
CREATE TABLE IF NOT EXISTS attune.customer_feedback (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES attune.calls (id),
    agent name NOT NULL DEFAULT current_user,
    survey_id text NOT NULL DEFAULT '' CHECK (length(survey_id) <= 2000),
    csat smallint CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    nps smallint CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
    score real NOT NULL CHECK (score >= 0 AND score <= 100),
    comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    comment_language text NOT NULL DEFAULT '' CHECK (length(comment_language) <= 16),
    comment_cue text NOT NULL DEFAULT '' CHECK (length(comment_cue) <= 40),
    upset boolean NOT NULL DEFAULT false,
    imported_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    CHECK (csat IS NOT NULL OR nps IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS customer_feedback_call ON attune.customer_feedback (call_id);
CREATE INDEX IF NOT EXISTS customer_feedback_agent_imported
    ON attune.customer_feedback (agent, imported_at DESC);

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '4')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 4;
