-- The two roles of a shared store, applied after every migration (so tables added by later migrations are
-- covered) and safe to apply again. Roles belong to the whole PostgreSQL cluster; a planner's login is made a
-- member of one of them (README: "A shared store for an office").
--   link_atlas_viewer: reads everything, writes nothing (QGIS, a planner who only looks);
--   link_atlas_editor: a viewer who may also change the records and push changesets.
-- Nobody but the owner (the administrator who ran init-server) changes the schema, store_info or the
-- migration history.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'link_atlas_viewer') THEN
        CREATE ROLE link_atlas_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'link_atlas_editor') THEN
        CREATE ROLE link_atlas_editor NOLOGIN IN ROLE link_atlas_viewer;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO link_atlas_viewer', current_database());
END $$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO link_atlas_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO link_atlas_viewer;

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'
               AND c.relname NOT IN ('store_info', 'schema_migration', 'spatial_ref_sys')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO link_atlas_editor', t);
    END LOOP;
END $$;

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO link_atlas_editor;
