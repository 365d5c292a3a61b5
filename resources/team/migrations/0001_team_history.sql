-- Attune team server, schema version 1: the shared team history on PostgreSQL 15.
--
-- Run by `attune team init` as a role that may create roles and schemas (IT's administrator),
-- inside one transaction, once (TeamSchema::initialise runs each migration only on a server
-- older than it). The grants and policies are in ../access.sql, which init runs every time.
-- The security boundary is PostgreSQL itself: every agent and supervisor logs in as their own
-- role, and row-level security decides what each may read and write. Attune's own checks are a
-- convenience on top, never the boundary.
--
-- What never reaches this server: private self-assessment notes (there is no column that could
-- hold one), the agent's stress ratings and breathing records unless IT shares wellbeing (the
-- columns stay NULL otherwise), audio, and anything from calls that were never answered.

-- Group roles. People are LOGIN roles made members of exactly one of the first two.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attune_agent') THEN
        CREATE ROLE attune_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'attune_supervisor') THEN
        CREATE ROLE attune_supervisor NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS attune;

CREATE TABLE IF NOT EXISTS attune.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- Teams and who belongs to them. Written by IT only (`attune team add-agent|add-supervisor`).
CREATE TABLE IF NOT EXISTS attune.teams (
    team text PRIMARY KEY CHECK (length(team) BETWEEN 1 AND 64),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
);

CREATE TABLE IF NOT EXISTS attune.members (
    person name NOT NULL,
    team text NOT NULL REFERENCES attune.teams (team) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('agent', 'supervisor')),
    PRIMARY KEY (person, team, kind)
);
CREATE INDEX IF NOT EXISTS members_team_kind ON attune.members (team, kind, person);

-- One answered, finished call. `id` is the stable id the agent's Attune gave the record; an
-- upsert with the same id is the same call, so a re-delivered record changes nothing.
CREATE TABLE IF NOT EXISTS attune.calls (
    id uuid PRIMARY KEY,
    agent name NOT NULL DEFAULT current_user,
    call_ref text NOT NULL CHECK (length(call_ref) <= 200),
    source text NOT NULL DEFAULT '' CHECK (length(source) <= 40),
    customer_id text NOT NULL DEFAULT '' CHECK (length(customer_id) <= 200),
    customer_name text NOT NULL DEFAULT '' CHECK (length(customer_name) <= 200),
    phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
    started_at timestamptz NOT NULL,
    answered_at timestamptz,
    ended_at timestamptz,
    talk_seconds integer NOT NULL DEFAULT 0 CHECK (talk_seconds >= 0),
    peak real CHECK (peak IS NULL OR (peak >= 0 AND peak <= 1)),
    peak_kind text NOT NULL DEFAULT '' CHECK (length(peak_kind) <= 40),
    peak_after_ms bigint,
    calmed boolean,
    arc jsonb NOT NULL DEFAULT '[]'::jsonb,
    suggestions_used jsonb NOT NULL DEFAULT '[]'::jsonb,
    received_at timestamptz NOT NULL DEFAULT now()
);
-- Keyset paging of the team view: newest first within an agent and across a team.
CREATE INDEX IF NOT EXISTS calls_agent_started ON attune.calls (agent, started_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS calls_started ON attune.calls (started_at DESC, id DESC);

-- The agent's self-assessment of a call. `note` holds a shared note only: a private note is
-- never in the payload, so there is nothing here to leak. Stress ratings are NULL unless IT
-- shares wellbeing (team/shareWellbeing).
CREATE TABLE IF NOT EXISTS attune.assessments (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES attune.calls (id),
    agent name NOT NULL DEFAULT current_user,
    rubric_id text NOT NULL CHECK (length(rubric_id) <= 100),
    rubric_version integer NOT NULL,
    answers jsonb NOT NULL,
    outcome text NOT NULL DEFAULT '' CHECK (length(outcome) <= 40),
    customer_end text NOT NULL DEFAULT '' CHECK (length(customer_end) <= 40),
    score real CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    note text CHECK (note IS NULL OR length(note) <= 4000),
    stress_before smallint CHECK (stress_before IS NULL OR stress_before BETWEEN 1 AND 5),
    stress_after smallint CHECK (stress_after IS NULL OR stress_after BETWEEN 1 AND 5),
    saved_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS assessments_call ON attune.assessments (call_id);
CREATE INDEX IF NOT EXISTS assessments_agent_saved ON attune.assessments (agent, saved_at DESC);

-- What supervisors add. `author` is always the role that wrote the row (the default, and the
-- policies refuse anything else), so nobody can write as someone else.
CREATE TABLE IF NOT EXISTS attune.coaching_notes (
    id uuid PRIMARY KEY,
    call_id uuid NOT NULL REFERENCES attune.calls (id),
    agent name NOT NULL,
    author name NOT NULL DEFAULT current_user,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS coaching_notes_agent ON attune.coaching_notes (agent, created_at DESC);

CREATE TABLE IF NOT EXISTS attune.kudos (
    id uuid PRIMARY KEY,
    call_id uuid REFERENCES attune.calls (id),
    agent name NOT NULL,
    author name NOT NULL DEFAULT current_user,
    behaviour text NOT NULL DEFAULT '' CHECK (length(behaviour) <= 100),
    message text NOT NULL CHECK (length(message) BETWEEN 1 AND 1000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS kudos_agent ON attune.kudos (agent, created_at DESC);

CREATE TABLE IF NOT EXISTS attune.supervisor_scores (
    id uuid PRIMARY KEY,
    assessment_id uuid NOT NULL REFERENCES attune.assessments (id),
    agent name NOT NULL,
    author name NOT NULL DEFAULT current_user,
    answers jsonb NOT NULL,
    score real CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (assessment_id, author)
);

-- Membership questions the policies ask. SECURITY DEFINER, so the policies can consult the
-- membership table without granting everyone the whole of it (and without a policy on members
-- reading members under itself); the search_path is pinned so nobody can shadow the table.
-- Inside such a function current_user is the function's owner, so the policies pass the caller's
-- own current_user in as `me`. Calling them directly tells a person no more than whether two
-- named roles share a team.

-- Does `me` supervise a team in which `agent` is an agent?
CREATE OR REPLACE FUNCTION attune.supervises(me name, agent name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1
        FROM attune.members AS boss
        JOIN attune.members AS member ON member.team = boss.team
        WHERE boss.person = $1 AND boss.kind = 'supervisor'
          AND member.person = $2 AND member.kind = 'agent')
$$;

-- The agents of every team `me` supervises. Read policies compare with it wrapped in a
-- sub-select, so it runs once per query (an InitPlan) rather than once per row: a supervisor's
-- newest-first page over ten million calls then walks the time index and skips other teams'
-- rows by a lookup in a small array.
CREATE OR REPLACE FUNCTION attune.team_agents(me name) RETURNS name[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(array_agg(DISTINCT member.person), '{}')
    FROM attune.members AS boss
    JOIN attune.members AS member ON member.team = boss.team
    WHERE boss.person = $1 AND boss.kind = 'supervisor' AND member.kind = 'agent'
$$;

-- Is `me` an agent of any team? An agent outside every team may not deliver.
CREATE OR REPLACE FUNCTION attune.is_team_agent(me name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM attune.members WHERE person = $1 AND kind = 'agent')
$$;

-- Is `me` a member (agent or supervisor) of `team`?
CREATE OR REPLACE FUNCTION attune.in_team(me name, team text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT EXISTS (SELECT 1 FROM attune.members AS m WHERE m.person = $1 AND m.team = $2)
$$;

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '1')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 1;
