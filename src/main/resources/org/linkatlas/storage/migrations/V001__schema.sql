-- Link Atlas store, version 1: the catalogue as built from data/ and seeds/.
-- Enumerations are CHECK constraints; their codes match org.linkatlas.model (StoreSchemaTest keeps them in step).
-- Geometry is WKB (WGS84 lon/lat) with its bounding box in plain columns.

CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE seed (
    file_name TEXT PRIMARY KEY,
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    text      TEXT NOT NULL
);

CREATE TABLE province (
    name      TEXT PRIMARY KEY,
    name_en   TEXT NOT NULL,
    successor TEXT NOT NULL REFERENCES province (name) DEFERRABLE INITIALLY DEFERRED,
    note      TEXT
);

CREATE TABLE party (
    id       TEXT PRIMARY KEY,
    name_vi  TEXT NOT NULL,
    name_en  TEXT,
    kind     TEXT NOT NULL CHECK (kind IN ('province','locality','central_body','enterprise')),
    province TEXT REFERENCES province (name)
);

CREATE TABLE place (
    id           TEXT PRIMARY KEY,
    name_vi      TEXT NOT NULL,
    name_en      TEXT,
    kind         TEXT NOT NULL,
    geom         BLOB NOT NULL,
    lon          REAL NOT NULL,
    lat          REAL NOT NULL,
    accuracy     TEXT NOT NULL CHECK (accuracy IN ('located','approximate','schematic')),
    accuracy_km  REAL NOT NULL CHECK (accuracy_km >= 0),
    coord_source TEXT NOT NULL,
    province     TEXT REFERENCES province (name)
);

CREATE TABLE agreement (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL CHECK (type IN ('conclusion','programme','plan','memorandum','resolution','agreement','regulation','conference')),
    number         TEXT,
    title_vi       TEXT NOT NULL,
    title_en       TEXT,
    date_text      TEXT,
    date_value     TEXT,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day','month','year','inferred','unknown')),
    date_note      TEXT,
    period_from    INTEGER,
    period_to      INTEGER,
    period_text    TEXT,
    signatories    TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
    uncertainties  TEXT NOT NULL DEFAULT '[]'   -- JSON array of strings
);

CREATE TABLE agreement_party (
    agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    party_id     TEXT NOT NULL REFERENCES party (id),
    ord          INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, party_id)
);

CREATE TABLE agreement_source (
    agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    seed         TEXT NOT NULL REFERENCES seed (file_name),
    quote        TEXT NOT NULL CHECK (length(quote) > 0),
    PRIMARY KEY (agreement_id, ord)
);

CREATE TABLE link (
    num              INTEGER PRIMARY KEY,      -- stable integer key for the R*Tree (VACUUM keeps it)
    id               TEXT NOT NULL UNIQUE,
    name_vi          TEXT NOT NULL,
    name_en          TEXT,
    kind             TEXT NOT NULL CHECK (kind IN ('road','expressway','bridge','railway','tunnel','waterway','wharf','seaport','dry_port','airport','border_gate','station','ferry')),
    road_class       TEXT CHECK (road_class IN ('national','provincial','district','urban','ring','other')),
    status           TEXT NOT NULL CHECK (status IN ('existing','upgrade','under_construction','planned','proposed','restoration','to_be_replaced')),
    status_note      TEXT,
    length_km        REAL CHECK (length_km > 0),
    cost_billion_vnd REAL CHECK (cost_billion_vnd > 0),
    figures_note     TEXT,
    target_text      TEXT,
    target_value     TEXT,
    target_precision TEXT CHECK (target_precision IN ('day','month','year','inferred','unknown')),
    target_relation  TEXT CHECK (target_relation IN ('before','by','in','from','after')),
    target_note      TEXT,
    geom             BLOB NOT NULL,
    min_lon          REAL NOT NULL,
    min_lat          REAL NOT NULL,
    max_lon          REAL NOT NULL,
    max_lat          REAL NOT NULL,
    accuracy         TEXT NOT NULL CHECK (accuracy IN ('located','approximate','schematic')),
    accuracy_km      REAL NOT NULL CHECK (accuracy_km >= 0),
    coord_source     TEXT NOT NULL,
    uncertainties    TEXT NOT NULL DEFAULT '[]',
    CHECK (min_lon <= max_lon AND min_lat <= max_lat),
    CHECK ((target_text IS NULL) = (target_precision IS NULL))
);

CREATE TABLE link_place (
    link_id  TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    place_id TEXT NOT NULL REFERENCES place (id),
    PRIMARY KEY (link_id, ord)
);

CREATE TABLE link_province (
    link_id  TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    province TEXT NOT NULL REFERENCES province (name),
    PRIMARY KEY (link_id, province)
);

CREATE TABLE link_agreement (
    link_id      TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, agreement_id)
);

CREATE TABLE link_source (
    link_id TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    ord     INTEGER NOT NULL,
    seed    TEXT NOT NULL REFERENCES seed (file_name),
    quote   TEXT NOT NULL CHECK (length(quote) > 0),
    PRIMARY KEY (link_id, ord)
);

CREATE TABLE commitment (
    id                 TEXT PRIMARY KEY,
    agreement_id       TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    role               TEXT NOT NULL CHECK (role IN ('acts','requests','jointly')),
    action_vi          TEXT NOT NULL,
    action_en          TEXT,
    deadline_text      TEXT,
    deadline_value     TEXT,
    deadline_precision TEXT CHECK (deadline_precision IN ('day','month','year','inferred','unknown')),
    deadline_relation  TEXT CHECK (deadline_relation IN ('before','by','in','from','after')),
    deadline_note      TEXT,
    seed               TEXT NOT NULL REFERENCES seed (file_name),
    quote              TEXT NOT NULL CHECK (length(quote) > 0),
    uncertainties      TEXT NOT NULL DEFAULT '[]',
    CHECK ((deadline_text IS NULL) = (deadline_precision IS NULL))
);

CREATE TABLE commitment_link (
    commitment_id TEXT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    link_id       TEXT NOT NULL REFERENCES link (id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, link_id)
);

CREATE TABLE commitment_actor (
    commitment_id TEXT NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    party_id      TEXT NOT NULL REFERENCES party (id),
    PRIMARY KEY (commitment_id, party_id)
);

CREATE INDEX commitment_agreement ON commitment (agreement_id);
CREATE INDEX commitment_link_by_link ON commitment_link (link_id);
CREATE INDEX link_agreement_by_agreement ON link_agreement (agreement_id);
