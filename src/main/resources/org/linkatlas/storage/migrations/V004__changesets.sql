-- Version 4: the user's edits as an append-only log of changesets, applied over the bundled catalogue when the
-- store opens (docs/changesets.md); conflict choices after an upgrade; imported sources and quote anchors.
-- The catalogue tables keep the bundle as shipped; only these tables hold the user's work.

CREATE TABLE changeset (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,   -- order of application
    uuid       TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL,                       -- ISO-8601 instant, UTC
    comment    TEXT NOT NULL,
    reverts    TEXT                                 -- uuid of the changeset this one reverts
);

CREATE TABLE changeset_record (
    changeset_seq INTEGER NOT NULL REFERENCES changeset (seq),
    ord           INTEGER NOT NULL,
    record_type   TEXT NOT NULL,
    record_id     TEXT NOT NULL,
    op            TEXT NOT NULL CHECK (op IN ('create','modify','delete')),
    PRIMARY KEY (changeset_seq, ord)
);

CREATE TABLE changeset_field (
    changeset_seq INTEGER NOT NULL,
    record_ord    INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    field         TEXT NOT NULL,
    old_value     TEXT NOT NULL,                    -- canonical JSON, 'null' for none
    new_value     TEXT NOT NULL,
    PRIMARY KEY (changeset_seq, record_ord, ord),
    FOREIGN KEY (changeset_seq, record_ord) REFERENCES changeset_record (changeset_seq, ord)
);

CREATE INDEX changeset_record_by_record ON changeset_record (record_type, record_id);

CREATE TRIGGER changeset_append_only_update BEFORE UPDATE ON changeset BEGIN
    SELECT RAISE(ABORT, 'the changeset log is append-only');
END;

CREATE TRIGGER changeset_append_only_delete BEFORE DELETE ON changeset BEGIN
    SELECT RAISE(ABORT, 'the changeset log is append-only');
END;

CREATE TRIGGER changeset_field_append_only BEFORE UPDATE ON changeset_field BEGIN
    SELECT RAISE(ABORT, 'the changeset log is append-only');
END;

-- The user's choice for a field that a new bundle changed too: 'mine' keeps the user's value, 'theirs' the bundle's.
CREATE TABLE conflict_choice (
    changeset_uuid TEXT NOT NULL REFERENCES changeset (uuid),
    record_type    TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    field          TEXT NOT NULL,
    choice         TEXT NOT NULL CHECK (choice IN ('mine','theirs')),
    chosen_at      TEXT NOT NULL,
    PRIMARY KEY (changeset_uuid, record_type, record_id, field)
);

CREATE TABLE source_document (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    publisher   TEXT,
    date_text   TEXT,
    url         TEXT,
    retrieved   TEXT,                               -- ISO date the article was retrieved
    media_type  TEXT NOT NULL CHECK (media_type IN ('text/plain','text/html','application/pdf')),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    text        TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- W3C TextQuoteSelector (exact, prefix, suffix) + TextPositionSelector (start, end) per cited quote.
CREATE TABLE quote_anchor (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    exact       TEXT NOT NULL CHECK (length(exact) > 0),
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    start_pos   INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos     INTEGER NOT NULL CHECK (end_pos >= start_pos),
    status      TEXT NOT NULL CHECK (status IN ('ok','moved','orphaned')),
    checked_at  TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id, source_id, exact)
);
