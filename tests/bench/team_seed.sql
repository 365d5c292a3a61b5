-- The team-history benchmark's server: @CALLS@ answered calls from 500 agents in 25 teams of 20,
-- newest now and one every six seconds before it (ten million reach back about two years).
-- Generated server-side with generate_series; attune_bench keeps the seeded cluster in /var/tmp.
SET synchronous_commit = off;
-- The foreign keys hold by construction here; checking (and locking) ten million referenced rows
-- one by one would more than double the seeding time, so they come back NOT VALID at the end.
ALTER TABLE attune.assessments DROP CONSTRAINT IF EXISTS assessments_call_id_fkey;
ALTER TABLE attune.supervisor_scores DROP CONSTRAINT IF EXISTS supervisor_scores_assessment_id_fkey;
ALTER TABLE attune.kudos DROP CONSTRAINT IF EXISTS kudos_call_id_fkey;
INSERT INTO attune.teams (team, name)
    SELECT format('team-%s', lpad(t::text, 2, '0')), format('Team %s', t)
    FROM generate_series(1, 25) AS t ON CONFLICT DO NOTHING;
INSERT INTO attune.members (person, team, kind)
    SELECT format('agent-%s', lpad(a::text, 3, '0')),
           format('team-%s', lpad(((a - 1) / 20 + 1)::text, 2, '0')), 'agent'
    FROM generate_series(1, 500) AS a ON CONFLICT DO NOTHING;
INSERT INTO attune.members (person, team, kind)
    SELECT format('lead-%s', lpad(t::text, 2, '0')), format('team-%s', lpad(t::text, 2, '0')),
           'supervisor'
    FROM generate_series(1, 25) AS t ON CONFLICT DO NOTHING;
INSERT INTO attune.calls (id, agent, call_ref, source, customer_name, phone, started_at,
                          answered_at, ended_at, talk_seconds, peak, peak_kind, peak_after_ms,
                          calmed, arc)
    SELECT md5('call' || i)::uuid,
           format('agent-%s', lpad((i % 500 + 1)::text, 3, '0')),
           'bench-' || i, 'bench',
           (ARRAY['Elena','Marcus','Aisha','Tom','Priya','Jonas','Mei','Carlos','Fatima','Ivan',
                  'Sofia','Kwame','Lena','Omar','Grace','Hugo','Nadia','Pedro','Yuki','Zoe'])
               [i % 20 + 1] || ' ' ||
           (ARRAY['Marsh','Okafor','Lindqvist','Brennan','Sato','Moreau','Silva','Novak','Haddad',
                  'Kowalski','Reyes','Fischer','Nguyen','Adeyemi','Rossi','Dubois','Costa',
                  'Jensen','Murphy','Weber'])[(i / 20) % 20 + 1] || ' ' || (i % 997),
           '+1555' || lpad((i % 10000000)::text, 7, '0'),
           s.at, s.at + interval '4 seconds',
           s.at + make_interval(secs => 4 + 30 + (i * 7919) % 1170),
           30 + (i * 7919) % 1170,
           ((i * 37) % 100) / 100.0,
           (ARRAY['frustration','anxiety','sadness','confusion','urgency'])[i % 5 + 1],
           (i * 13) % 90000,
           CASE WHEN (i * 37) % 100 >= 35 THEN i % 2 = 0 END,
           jsonb_build_array(jsonb_build_array(0, 0.1),
                             jsonb_build_array(20000, ((i * 37) % 100) / 100.0),
                             jsonb_build_array(60000, 0.2))
    FROM generate_series(1::bigint, @CALLS@) AS i,
         LATERAL (SELECT now() - make_interval(secs => (@CALLS@ - i) * 6.0) AS at) AS s;
-- Nine in ten assessed; the answers cycle so every filter matches a known share.
INSERT INTO attune.assessments (id, call_id, agent, rubric_id, rubric_version, answers, outcome,
                                customer_end, score, note, saved_at)
    SELECT md5('assessment' || i)::uuid, md5('call' || i)::uuid,
           format('agent-%s', lpad((i % 500 + 1)::text, 3, '0')), 'attune-default', 1,
           jsonb_build_object(
               'used_name', (ARRAY['yes','partly','no'])[i % 3 + 1],
               'acknowledged_feelings', (ARRAY['yes','partly','no'])[(i / 3) % 3 + 1],
               'listened', 'yes', 'open_questions', 'partly', 'next_steps', 'yes',
               'stayed_calm', (ARRAY['yes','partly','no'])[(i / 9) % 3 + 1],
               'outcome', (ARRAY['resolved','follow_up','escalated'])[i % 3 + 1],
               'customer_at_end', 'better'),
           (ARRAY['resolved','follow_up','escalated'])[i % 3 + 1], 'better',
           ((1 - (i % 3) * 0.5) + (1 - ((i / 3) % 3) * 0.5) + 2.5 + (1 - ((i / 9) % 3) * 0.5))
               / 6 * 100,
           'Slow down at the start and name the next step.',
           now() - make_interval(secs => (@CALLS@ - i) * 6.0 - 1300)
    FROM generate_series(1::bigint, @CALLS@) AS i WHERE i % 10 <> 0;
INSERT INTO attune.supervisor_scores (id, assessment_id, agent, author, answers, score)
    SELECT md5('score' || i)::uuid, md5('assessment' || i)::uuid,
           format('agent-%s', lpad((i % 500 + 1)::text, 3, '0')),
           format('lead-%s', lpad(((i % 500) / 20 + 1)::text, 2, '0')),
           '{"listened":"yes","used_name":"yes"}',
           least(100, ((1 - (i % 3) * 0.5) + (1 - ((i / 3) % 3) * 0.5) + 2.5
                       + (1 - ((i / 9) % 3) * 0.5)) / 6 * 100 + 5)
    FROM generate_series(7::bigint, @CALLS@, 20) AS i;
INSERT INTO attune.kudos (id, call_id, agent, author, behaviour, message)
    SELECT md5('kudos' || i)::uuid, md5('call' || i)::uuid,
           format('agent-%s', lpad((i % 500 + 1)::text, 3, '0')),
           format('lead-%s', lpad(((i % 500) / 20 + 1)::text, 2, '0')),
           'acknowledged_feelings', 'Lovely acknowledgement'
    FROM generate_series(200::bigint, @CALLS@, 200) AS i;
ALTER TABLE attune.assessments ADD CONSTRAINT assessments_call_id_fkey
    FOREIGN KEY (call_id) REFERENCES attune.calls (id) NOT VALID;
ALTER TABLE attune.supervisor_scores ADD CONSTRAINT supervisor_scores_assessment_id_fkey
    FOREIGN KEY (assessment_id) REFERENCES attune.assessments (id) NOT VALID;
ALTER TABLE attune.kudos ADD CONSTRAINT kudos_call_id_fkey
    FOREIGN KEY (call_id) REFERENCES attune.calls (id) NOT VALID;
