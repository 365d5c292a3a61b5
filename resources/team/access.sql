-- Attune team server: who may read and write what. Not a migration: `attune team init` runs
-- it after the migrations on every run, so a re-run puts back a grant or policy someone changed
-- by hand. It states the latest schema's rules in full (every policy is dropped and made again),
-- and it is the only place that states them: a migration that changes who may do what changes
-- this file, never a grant or policy of its own. Migrations run once each, in order
-- (TeamSchema::initialise); this file is what may run again.

REVOKE ALL ON SCHEMA attune FROM PUBLIC;
GRANT USAGE ON SCHEMA attune TO attune_agent, attune_supervisor;

-- The membership questions the policies ask (0001): callable by people, not by PUBLIC.
REVOKE ALL ON FUNCTION attune.supervises(name, name), attune.team_agents(name),
    attune.is_team_agent(name), attune.in_team(name, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attune.supervises(name, name), attune.team_agents(name),
    attune.is_team_agent(name), attune.in_team(name, text) TO attune_agent, attune_supervisor;
-- Trigger functions (0005, 0008): run by the server only.
REVOKE ALL ON FUNCTION attune.refresh_call_facts(uuid), attune.call_facts_from_calls(),
    attune.call_facts_from_call_id() FROM PUBLIC;
REVOKE ALL ON FUNCTION attune.remember_removed_coaching(), attune.check_sent_again()
    FROM PUBLIC;
-- The search helper (0005) answers only for agents the caller may read.
REVOKE ALL ON FUNCTION attune.search_agent_calls(name, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION attune.search_agent_calls(name, text, text)
    TO attune_agent, attune_supervisor;
-- Ids of coaching IT deleted (0008): nobody but IT reads them.
REVOKE ALL ON attune.removed_coaching FROM PUBLIC;

-- Grants: agents deliver and read their own records and read what was written about them;
-- supervisors read their teams and write notes, kudos and scores. No DELETE for anyone but IT.
GRANT SELECT ON attune.meta TO attune_agent, attune_supervisor;
GRANT SELECT ON attune.teams, attune.members TO attune_agent, attune_supervisor;
GRANT SELECT, INSERT, UPDATE ON attune.calls, attune.assessments TO attune_agent;
GRANT SELECT ON attune.calls, attune.assessments TO attune_supervisor;
GRANT SELECT ON attune.coaching_notes, attune.kudos, attune.supervisor_scores TO attune_agent;
GRANT SELECT, INSERT, UPDATE ON attune.coaching_notes, attune.kudos, attune.supervisor_scores
    TO attune_supervisor;

ALTER TABLE attune.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE attune.calls ENABLE ROW LEVEL SECURITY;
ALTER TABLE attune.assessments ENABLE ROW LEVEL SECURITY;
ALTER TABLE attune.coaching_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE attune.kudos ENABLE ROW LEVEL SECURITY;
ALTER TABLE attune.supervisor_scores ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS members_visible ON attune.members;
CREATE POLICY members_visible ON attune.members FOR SELECT
    USING (person = current_user OR attune.supervises(current_user, person)
           OR (kind = 'supervisor' AND attune.in_team(current_user, team)));

DROP POLICY IF EXISTS calls_own ON attune.calls;
CREATE POLICY calls_own ON attune.calls FOR ALL TO attune_agent
    USING (agent = current_user)
    WITH CHECK (agent = current_user AND attune.is_team_agent(current_user));
DROP POLICY IF EXISTS calls_team ON attune.calls;
CREATE POLICY calls_team ON attune.calls FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));

DROP POLICY IF EXISTS assessments_own ON attune.assessments;
CREATE POLICY assessments_own ON attune.assessments FOR ALL TO attune_agent
    USING (agent = current_user)
    WITH CHECK (agent = current_user AND attune.is_team_agent(current_user)
                AND EXISTS (SELECT 1 FROM attune.calls AS c
                            WHERE c.id = call_id AND c.agent = current_user));
DROP POLICY IF EXISTS assessments_team ON attune.assessments;
CREATE POLICY assessments_team ON attune.assessments FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));

DROP POLICY IF EXISTS coaching_notes_about_me ON attune.coaching_notes;
CREATE POLICY coaching_notes_about_me ON attune.coaching_notes FOR SELECT TO attune_agent
    USING (agent = current_user);
DROP POLICY IF EXISTS coaching_notes_team_read ON attune.coaching_notes;
CREATE POLICY coaching_notes_team_read ON attune.coaching_notes FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));
DROP POLICY IF EXISTS coaching_notes_write ON attune.coaching_notes;
CREATE POLICY coaching_notes_write ON attune.coaching_notes FOR INSERT TO attune_supervisor
    WITH CHECK (author = current_user AND attune.supervises(current_user, agent)
                AND EXISTS (SELECT 1 FROM attune.calls AS c
                            WHERE c.id = call_id AND c.agent = coaching_notes.agent));
DROP POLICY IF EXISTS coaching_notes_rewrite ON attune.coaching_notes;
CREATE POLICY coaching_notes_rewrite ON attune.coaching_notes FOR UPDATE TO attune_supervisor
    USING (author = current_user)
    WITH CHECK (author = current_user AND attune.supervises(current_user, agent));

DROP POLICY IF EXISTS kudos_about_me ON attune.kudos;
CREATE POLICY kudos_about_me ON attune.kudos FOR SELECT TO attune_agent
    USING (agent = current_user);
DROP POLICY IF EXISTS kudos_team_read ON attune.kudos;
CREATE POLICY kudos_team_read ON attune.kudos FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));
DROP POLICY IF EXISTS kudos_write ON attune.kudos;
CREATE POLICY kudos_write ON attune.kudos FOR INSERT TO attune_supervisor
    WITH CHECK (author = current_user AND attune.supervises(current_user, agent)
                AND (call_id IS NULL
                     OR EXISTS (SELECT 1 FROM attune.calls AS c
                                WHERE c.id = call_id AND c.agent = kudos.agent)));
DROP POLICY IF EXISTS kudos_rewrite ON attune.kudos;
CREATE POLICY kudos_rewrite ON attune.kudos FOR UPDATE TO attune_supervisor
    USING (author = current_user)
    WITH CHECK (author = current_user AND attune.supervises(current_user, agent));

DROP POLICY IF EXISTS scores_about_me ON attune.supervisor_scores;
CREATE POLICY scores_about_me ON attune.supervisor_scores FOR SELECT TO attune_agent
    USING (agent = current_user);
DROP POLICY IF EXISTS scores_team_read ON attune.supervisor_scores;
CREATE POLICY scores_team_read ON attune.supervisor_scores FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));
DROP POLICY IF EXISTS scores_write ON attune.supervisor_scores;
CREATE POLICY scores_write ON attune.supervisor_scores FOR INSERT TO attune_supervisor
    WITH CHECK (author = current_user AND attune.supervises(current_user, agent)
                AND EXISTS (SELECT 1 FROM attune.assessments AS a
                            WHERE a.id = assessment_id AND a.agent = supervisor_scores.agent));
DROP POLICY IF EXISTS scores_rewrite ON attune.supervisor_scores;
CREATE POLICY scores_rewrite ON attune.supervisor_scores FOR UPDATE TO attune_supervisor
    USING (author = current_user)
    WITH CHECK (author = current_user AND attune.supervises(current_user, agent));
-- Surveys (0004), as assessments: agents deliver and read their own; supervisors read their
-- teams'.
GRANT SELECT, INSERT, UPDATE ON attune.customer_feedback TO attune_agent;
GRANT SELECT ON attune.customer_feedback TO attune_supervisor;

ALTER TABLE attune.customer_feedback ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS customer_feedback_own ON attune.customer_feedback;
CREATE POLICY customer_feedback_own ON attune.customer_feedback FOR ALL TO attune_agent
    USING (agent = current_user)
    WITH CHECK (agent = current_user AND attune.is_team_agent(current_user)
                AND EXISTS (SELECT 1 FROM attune.calls AS c
                            WHERE c.id = call_id AND c.agent = current_user));
DROP POLICY IF EXISTS customer_feedback_team ON attune.customer_feedback;
CREATE POLICY customer_feedback_team ON attune.customer_feedback FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));

-- The team view's narrow rows (0005), read like the calls they describe.
GRANT SELECT ON attune.call_facts TO attune_agent, attune_supervisor;
ALTER TABLE attune.call_facts ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS call_facts_own ON attune.call_facts;
CREATE POLICY call_facts_own ON attune.call_facts FOR SELECT TO attune_agent
    USING (agent = current_user);
DROP POLICY IF EXISTS call_facts_team ON attune.call_facts;
CREATE POLICY call_facts_team ON attune.call_facts FOR SELECT TO attune_supervisor
    USING (agent = ANY ((SELECT attune.team_agents(current_user))::name[]));
