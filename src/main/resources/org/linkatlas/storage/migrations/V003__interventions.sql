-- foreign_keys: off
-- Version 3 (decision 0006): a link's physical state apart from the interventions promised for it, progress
-- events with their sources, results apart from commitments, requesters of a request, bilingual notes, vague
-- deadlines, links of unknown location (no geometry).
-- link and commitment are rebuilt (SQLite cannot relax NOT NULL or change a CHECK in place), so this script
-- runs with foreign keys off and ends with a foreign key check (Migrations does both). Nothing a version-2
-- store holds is dropped: the old status stays in link.status and becomes a state plus, where it promised a
-- change, one intervention with one event citing the link's first source (model.LegacyStatus maps the same
-- way); English notes become the English half of their bilingual texts.

CREATE TABLE link_v3 (
    num              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    name_vi          TEXT NOT NULL,
    name_en          TEXT,
    kind             TEXT NOT NULL CHECK (kind IN ('road','expressway','bridge','railway','tunnel','waterway','wharf','seaport','dry_port','airport','border_gate','station','ferry','service')),
    road_class       TEXT CHECK (road_class IN ('national','provincial','district','urban','ring','other')),
    state            TEXT NOT NULL CHECK (state IN ('existing','under_construction','not_built','disused','to_be_removed')),
    status           TEXT NOT NULL CHECK (status IN ('existing','upgrade','under_construction','planned','proposed','restoration','to_be_replaced')), -- derived from state and interventions, kept for SQL readers
    state_note_vi    TEXT,
    state_note_en    TEXT,
    length_km        REAL CHECK (length_km > 0),
    cost_billion_vnd REAL CHECK (cost_billion_vnd > 0),
    figures_note_vi  TEXT,
    figures_note_en  TEXT,
    target_text      TEXT,
    target_value     TEXT,
    target_precision TEXT CHECK (target_precision IN ('day','month','year','inferred','unknown','vague')),
    target_relation  TEXT CHECK (target_relation IN ('before','by','in','from','after','within')),
    target_note      TEXT,
    geom             BLOB,
    min_lon          REAL,
    min_lat          REAL,
    max_lon          REAL,
    max_lat          REAL,
    accuracy         TEXT CHECK (accuracy IN ('located','approximate','schematic')),
    accuracy_km      REAL CHECK (accuracy_km >= 0),
    coord_source_vi  TEXT,
    coord_source_en  TEXT,
    uncertainties    TEXT NOT NULL DEFAULT '[]',  -- JSON array of {"vi": …, "en": …}
    CHECK ((geom IS NULL) = (accuracy IS NULL) AND (geom IS NULL) = (min_lon IS NULL)
           AND (geom IS NULL) = (accuracy_km IS NULL)),
    CHECK (min_lon IS NULL OR (min_lon <= max_lon AND min_lat <= max_lat)),
    CHECK ((target_text IS NULL) = (target_precision IS NULL))
);

INSERT INTO link_v3 (num, id, name_vi, name_en, kind, road_class, state, status, state_note_vi, state_note_en,
                     length_km, cost_billion_vnd, figures_note_vi, figures_note_en, target_text, target_value,
                     target_precision, target_relation, target_note, geom, min_lon, min_lat, max_lon, max_lat,
                     accuracy, accuracy_km, coord_source_vi, coord_source_en, uncertainties)
SELECT num, id, name_vi, name_en, kind, road_class,
       CASE status WHEN 'under_construction' THEN 'under_construction'
                   WHEN 'planned' THEN 'not_built' WHEN 'proposed' THEN 'not_built'
                   WHEN 'to_be_replaced' THEN 'to_be_removed' ELSE 'existing' END,
       status, NULL, status_note, length_km, cost_billion_vnd, NULL, figures_note, target_text, target_value,
       target_precision, target_relation, target_note, geom, min_lon, min_lat, max_lon, max_lat,
       accuracy, accuracy_km, NULL, coord_source,
       (SELECT json_group_array(json_object('en', value)) FROM json_each(link.uncertainties))
FROM link;

DROP TABLE link;
ALTER TABLE link_v3 RENAME TO link;

CREATE TRIGGER link_rtree_insert AFTER INSERT ON link WHEN new.min_lon IS NOT NULL BEGIN
    INSERT INTO link_rtree (link_num, min_lon, max_lon, min_lat, max_lat)
    VALUES (new.num, new.min_lon, new.max_lon, new.min_lat, new.max_lat);
END;

CREATE TRIGGER link_rtree_update AFTER UPDATE OF min_lon, max_lon, min_lat, max_lat ON link BEGIN
    DELETE FROM link_rtree WHERE link_num = new.num;
    INSERT INTO link_rtree (link_num, min_lon, max_lon, min_lat, max_lat)
    SELECT new.num, new.min_lon, new.max_lon, new.min_lat, new.max_lat WHERE new.min_lon IS NOT NULL;
END;

CREATE TRIGGER link_rtree_delete AFTER DELETE ON link BEGIN
    DELETE FROM link_rtree WHERE link_num = old.num;
END;

CREATE TABLE commitment_v3 (
    id                 TEXT PRIMARY KEY,
    agreement_id       TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    role               TEXT NOT NULL CHECK (role IN ('acts','requests','jointly')),
    topic              TEXT NOT NULL DEFAULT 'works' CHECK (topic IN ('works','study','plan','service','rule','operation')),
    action_vi          TEXT NOT NULL,
    action_en          TEXT,
    deadline_text      TEXT,
    deadline_value     TEXT,
    deadline_precision TEXT CHECK (deadline_precision IN ('day','month','year','inferred','unknown','vague')),
    deadline_relation  TEXT CHECK (deadline_relation IN ('before','by','in','from','after','within')),
    deadline_note      TEXT,
    deadline_stage     TEXT CHECK (deadline_stage IN ('requested','agreed','planned','under_way','under_construction','done')), -- NULL: done
    seed               TEXT NOT NULL REFERENCES seed (file_name),
    quote              TEXT NOT NULL CHECK (length(quote) > 0),
    uncertainties      TEXT NOT NULL DEFAULT '[]',  -- JSON array of {"vi": …, "en": …}
    CHECK ((deadline_text IS NULL) = (deadline_precision IS NULL))
);

INSERT INTO commitment_v3 (id, agreement_id, role, topic, action_vi, action_en, deadline_text, deadline_value,
                           deadline_precision, deadline_relation, deadline_note, seed, quote, uncertainties)
SELECT id, agreement_id, role, 'works', action_vi, action_en, deadline_text, deadline_value, deadline_precision,
       deadline_relation, deadline_note, seed, quote,
       (SELECT json_group_array(json_object('en', value)) FROM json_each(commitment.uncertainties))
FROM commitment;

DROP TABLE commitment;
ALTER TABLE commitment_v3 RENAME TO commitment;
CREATE INDEX commitment_agreement ON commitment (agreement_id);

UPDATE agreement SET uncertainties =
    (SELECT json_group_array(json_object('en', value)) FROM json_each(agreement.uncertainties));

CREATE TABLE commitment_requester (
    commitment_id TEXT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    party_id      TEXT NOT NULL REFERENCES party (id),
    PRIMARY KEY (commitment_id, party_id)
);

CREATE TABLE intervention (
    id      TEXT PRIMARY KEY,
    link_id TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('build','upgrade','widen_section','extend','restore','replace','open_service','operate','add_to_plan')),
    what_vi TEXT,
    what_en TEXT,
    UNIQUE (link_id, ord)
);

CREATE TABLE intervention_requested_of (
    intervention_id TEXT NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    party_id        TEXT NOT NULL REFERENCES party (id),
    PRIMARY KEY (intervention_id, party_id)
);

CREATE TABLE intervention_commitment (
    intervention_id TEXT NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    commitment_id   TEXT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    PRIMARY KEY (intervention_id, commitment_id)
);

CREATE TABLE progress_event (
    id              TEXT PRIMARY KEY,
    intervention_id TEXT NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    ord             INTEGER NOT NULL,
    stage           TEXT NOT NULL CHECK (stage IN ('requested','agreed','planned','under_way','under_construction','done','reported_slow','stalled','cancelled')),
    date_text       TEXT,
    date_value      TEXT,
    date_precision  TEXT NOT NULL CHECK (date_precision IN ('day','month','year','inferred','unknown','vague')),
    date_relation   TEXT CHECK (date_relation IN ('before','by','in','from','after','within')),
    date_note       TEXT,
    seed            TEXT NOT NULL REFERENCES seed (file_name),
    quote           TEXT NOT NULL CHECK (length(quote) > 0),
    note_vi         TEXT,
    note_en         TEXT,
    UNIQUE (intervention_id, ord)
);

CREATE TABLE result (
    id             TEXT PRIMARY KEY,
    text_vi        TEXT,
    text_en        TEXT,
    date_text      TEXT,
    date_value     TEXT,
    date_precision TEXT CHECK (date_precision IN ('day','month','year','inferred','unknown','vague')),
    date_relation  TEXT CHECK (date_relation IN ('before','by','in','from','after','within')),
    date_note      TEXT,
    seed           TEXT NOT NULL REFERENCES seed (file_name),
    quote          TEXT NOT NULL CHECK (length(quote) > 0),
    uncertainties  TEXT NOT NULL DEFAULT '[]',
    CHECK (text_vi IS NOT NULL OR text_en IS NOT NULL)
);

CREATE TABLE result_link (
    result_id TEXT NOT NULL REFERENCES result (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    link_id   TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    PRIMARY KEY (result_id, link_id)
);

CREATE TABLE result_party (
    result_id TEXT NOT NULL REFERENCES result (id) ON DELETE CASCADE,
    ord       INTEGER NOT NULL,
    party_id  TEXT NOT NULL REFERENCES party (id),
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
