-- Version 2, PostgreSQL dialect of ../V002__link_rtree.sql: where SQLite needs an R*Tree over the bbox columns,
-- PostGIS indexes the geometry itself (GiST), for viewport and nearest-link queries on the server and in QGIS.

CREATE INDEX link_geom ON link USING gist (geom);
CREATE INDEX place_geom ON place USING gist (geom);
