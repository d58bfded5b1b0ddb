-- Version 3 (decision 0006), the PostgreSQL dialect of ../V003__interventions.sql: a link's physical state apart
-- from the interventions promised for it, progress events with their sources, results apart from commitments,
-- requesters of a request, bilingual notes, vague deadlines, links of unknown location (no geometry).
-- SQLite rebuilds link and commitment; PostgreSQL changes columns and checks in place, so nothing is copied and
-- the versions and QGIS's feature ids (link.num) stay as they were. The same mapping from the version-2 status
-- as in SQLite (model.LegacyStatus): nothing a version-2 store holds is dropped.

DROP VIEW links;  -- it names columns renamed below; made again at the end

-- link: a physical state beside the derived status; bilingual notes; no geometry for a link of unknown place
ALTER TABLE link DROP CONSTRAINT IF EXISTS link_kind_check;
ALTER TABLE link ADD CONSTRAINT link_kind_check CHECK (kind IN ('road','expressway','bridge','railway','tunnel',
    'waterway','wharf','seaport','dry_port','airport','border_gate','station','ferry','service'));
ALTER TABLE link ADD COLUMN state text;
UPDATE link SET state = CASE status WHEN 'under_construction' THEN 'under_construction'
                                    WHEN 'planned' THEN 'not_built' WHEN 'proposed' THEN 'not_built'
                                    WHEN 'to_be_replaced' THEN 'to_be_removed' ELSE 'existing' END;
ALTER TABLE link ALTER COLUMN state SET NOT NULL;
ALTER TABLE link ADD CONSTRAINT link_state_check
    CHECK (state IN ('existing','under_construction','not_built','disused','to_be_removed'));
ALTER TABLE link RENAME COLUMN status_note TO state_note_en;
ALTER TABLE link ADD COLUMN state_note_vi text;
ALTER TABLE link RENAME COLUMN figures_note TO figures_note_en;
ALTER TABLE link ADD COLUMN figures_note_vi text;
ALTER TABLE link DROP CONSTRAINT IF EXISTS link_target_precision_check;
ALTER TABLE link ADD CONSTRAINT link_target_precision_check
    CHECK (target_precision IN ('day','month','year','inferred','unknown','vague'));
ALTER TABLE link DROP CONSTRAINT IF EXISTS link_target_relation_check;
ALTER TABLE link ADD CONSTRAINT link_target_relation_check
    CHECK (target_relation IN ('before','by','in','from','after','within'));
ALTER TABLE link ALTER COLUMN geom DROP NOT NULL;
ALTER TABLE link ALTER COLUMN min_lon DROP NOT NULL;
ALTER TABLE link ALTER COLUMN min_lat DROP NOT NULL;
ALTER TABLE link ALTER COLUMN max_lon DROP NOT NULL;
ALTER TABLE link ALTER COLUMN max_lat DROP NOT NULL;
ALTER TABLE link ALTER COLUMN accuracy DROP NOT NULL;
ALTER TABLE link ALTER COLUMN accuracy_km DROP NOT NULL;
ALTER TABLE link RENAME COLUMN coord_source TO coord_source_en;
ALTER TABLE link ALTER COLUMN coord_source_en DROP NOT NULL;
ALTER TABLE link ADD COLUMN coord_source_vi text;
ALTER TABLE link DROP CONSTRAINT IF EXISTS link_check;  -- min <= max, now only where there is a geometry
ALTER TABLE link ADD CONSTRAINT link_bbox_check CHECK (min_lon IS NULL OR (min_lon <= max_lon AND min_lat <= max_lat));
ALTER TABLE link ADD CONSTRAINT link_geometry_check CHECK ((geom IS NULL) = (accuracy IS NULL)
    AND (geom IS NULL) = (min_lon IS NULL) AND (geom IS NULL) = (accuracy_km IS NULL));
UPDATE link SET uncertainties = (SELECT coalesce(json_agg(json_build_object('en', u)), '[]'::json)::text
                                 FROM json_array_elements_text(link.uncertainties::json) AS u);

-- commitment: a topic, vague deadlines, the stage a deadline is for
ALTER TABLE commitment ADD COLUMN topic text NOT NULL DEFAULT 'works'
    CHECK (topic IN ('works','study','plan','service','rule','operation'));
ALTER TABLE commitment DROP CONSTRAINT IF EXISTS commitment_deadline_precision_check;
ALTER TABLE commitment ADD CONSTRAINT commitment_deadline_precision_check
    CHECK (deadline_precision IN ('day','month','year','inferred','unknown','vague'));
ALTER TABLE commitment DROP CONSTRAINT IF EXISTS commitment_deadline_relation_check;
ALTER TABLE commitment ADD CONSTRAINT commitment_deadline_relation_check
    CHECK (deadline_relation IN ('before','by','in','from','after','within'));
ALTER TABLE commitment ADD COLUMN deadline_stage text
    CHECK (deadline_stage IN ('requested','agreed','planned','under_way','under_construction','done'));
UPDATE commitment SET uncertainties = (SELECT coalesce(json_agg(json_build_object('en', u)), '[]'::json)::text
                                       FROM json_array_elements_text(commitment.uncertainties::json) AS u);
UPDATE agreement SET uncertainties = (SELECT coalesce(json_agg(json_build_object('en', u)), '[]'::json)::text
                                      FROM json_array_elements_text(agreement.uncertainties::json) AS u);

CREATE TABLE commitment_requester (
    commitment_id text NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    ord           integer NOT NULL,
    party_id      text NOT NULL REFERENCES party (id),
    PRIMARY KEY (commitment_id, party_id)
);

CREATE TABLE intervention (
    id      text PRIMARY KEY,
    link_id text NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    ord     integer NOT NULL,
    kind    text NOT NULL CHECK (kind IN ('build','upgrade','widen_section','extend','restore','replace','open_service','operate','add_to_plan')),
    what_vi text,
    what_en text,
    version bigint NOT NULL DEFAULT 1,
    UNIQUE (link_id, ord)
);

CREATE TABLE intervention_requested_of (
    intervention_id text NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    ord             integer NOT NULL,
    party_id        text NOT NULL REFERENCES party (id),
    PRIMARY KEY (intervention_id, party_id)
);

CREATE TABLE intervention_commitment (
    intervention_id text NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    ord             integer NOT NULL,
    commitment_id   text NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    PRIMARY KEY (intervention_id, commitment_id)
);

CREATE TABLE progress_event (
    id              text PRIMARY KEY,
    intervention_id text NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    ord             integer NOT NULL,
    stage           text NOT NULL CHECK (stage IN ('requested','agreed','planned','under_way','under_construction','done','reported_slow','stalled','cancelled')),
    date_text       text,
    date_value      text,
    date_precision  text NOT NULL CHECK (date_precision IN ('day','month','year','inferred','unknown','vague')),
    date_relation   text CHECK (date_relation IN ('before','by','in','from','after','within')),
    date_note       text,
    seed            text NOT NULL REFERENCES seed (file_name),
    quote           text NOT NULL CHECK (length(quote) > 0),
    note_vi         text,
    note_en         text,
    version         bigint NOT NULL DEFAULT 1,
    UNIQUE (intervention_id, ord)
);

CREATE TABLE result (
    id             text PRIMARY KEY,
    text_vi        text,
    text_en        text,
    date_text      text,
    date_value     text,
    date_precision text CHECK (date_precision IN ('day','month','year','inferred','unknown','vague')),
    date_relation  text CHECK (date_relation IN ('before','by','in','from','after','within')),
    date_note      text,
    seed           text NOT NULL REFERENCES seed (file_name),
    quote          text NOT NULL CHECK (length(quote) > 0),
    uncertainties  text NOT NULL DEFAULT '[]',
    version        bigint NOT NULL DEFAULT 1,
    CHECK (text_vi IS NOT NULL OR text_en IS NOT NULL)
);

CREATE TABLE result_link (
    result_id text NOT NULL REFERENCES result (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    link_id   text NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    PRIMARY KEY (result_id, link_id)
);

CREATE TABLE result_party (
    result_id text NOT NULL REFERENCES result (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    party_id  text NOT NULL REFERENCES party (id),
    PRIMARY KEY (result_id, party_id)
);

CREATE INDEX intervention_by_link ON intervention (link_id);
CREATE INDEX progress_event_by_intervention ON progress_event (intervention_id);

-- What version 2 said with a status, as one intervention with one event (see model.LegacyStatus).
INSERT INTO intervention (id, link_id, ord, kind)
SELECT 'iv-v2-' || id, id, 0,
       CASE status WHEN 'upgrade' THEN 'upgrade' WHEN 'restoration' THEN 'restore'
                   WHEN 'to_be_replaced' THEN 'replace' ELSE 'build' END
FROM link WHERE status <> 'existing' AND EXISTS (SELECT 1 FROM link_source s WHERE s.link_id = link.id);

INSERT INTO progress_event (id, intervention_id, ord, stage, date_precision, seed, quote)
SELECT 'ev-v2-' || l.id, 'iv-v2-' || l.id, 0,
       CASE l.status WHEN 'under_construction' THEN 'under_construction' WHEN 'planned' THEN 'planned'
                     WHEN 'proposed' THEN 'requested' ELSE 'agreed' END,
       'unknown', s.seed, s.quote
FROM link l JOIN link_source s ON s.link_id = l.id AND s.ord = (SELECT min(ord) FROM link_source WHERE link_id = l.id)
WHERE l.status <> 'existing';

-- QGIS's layer, as in version 1 with the new columns; links of unknown place have no geometry (QGIS skips them)
CREATE VIEW links AS
SELECT l.num, l.id, l.name_vi, l.name_en, l.kind, l.road_class, l.state, l.status, l.state_note_vi, l.state_note_en,
       l.length_km, l.cost_billion_vnd, l.target_text, l.accuracy, l.accuracy_km, l.coord_source_vi, l.coord_source_en,
       (SELECT string_agg(lp.province, ', ' ORDER BY lp.ord) FROM link_province lp WHERE lp.link_id = l.id) AS provinces,
       (SELECT string_agg(la.agreement_id, ', ' ORDER BY la.agreement_id) FROM link_agreement la WHERE la.link_id = l.id) AS agreements,
       l.version, l.geom
FROM link l;
