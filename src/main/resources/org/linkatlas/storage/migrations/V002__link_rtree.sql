-- Version 2: an R*Tree over link bounding boxes, for viewport culling and nearest-link queries.
-- The R*Tree keys on link.num; triggers keep it in step with the bbox columns.

CREATE VIRTUAL TABLE link_rtree USING rtree (link_num, min_lon, max_lon, min_lat, max_lat);

INSERT INTO link_rtree (link_num, min_lon, max_lon, min_lat, max_lat)
SELECT num, min_lon, max_lon, min_lat, max_lat FROM link;

CREATE TRIGGER link_rtree_insert AFTER INSERT ON link BEGIN
    INSERT INTO link_rtree (link_num, min_lon, max_lon, min_lat, max_lat)
    VALUES (new.num, new.min_lon, new.max_lon, new.min_lat, new.max_lat);
END;

CREATE TRIGGER link_rtree_update AFTER UPDATE OF min_lon, max_lon, min_lat, max_lat ON link BEGIN
    UPDATE link_rtree SET min_lon = new.min_lon, max_lon = new.max_lon, min_lat = new.min_lat, max_lat = new.max_lat
    WHERE link_num = new.num;
END;

CREATE TRIGGER link_rtree_delete AFTER DELETE ON link BEGIN
    DELETE FROM link_rtree WHERE link_num = old.num;
END;
