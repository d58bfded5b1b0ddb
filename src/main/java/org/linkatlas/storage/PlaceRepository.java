package org.linkatlas.storage;

import java.util.List;
import org.linkatlas.model.Accuracy;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Place;
import org.locationtech.jts.geom.Point;

/** Named places with their positions. Same threading as its {@link Database}. */
public final class PlaceRepository {
    private final Database db;
    private final WkbCodec wkb = new WkbCodec();

    public PlaceRepository(Database db) {
        this.db = db;
    }

    public void insert(Place p) {
        Sql.update(db, "insert place " + p.id(), """
                INSERT INTO place (id, name_vi, kind, geom, lon, lat, accuracy, accuracy_km, coord_source, province)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, p.id());
            ps.setString(2, p.nameVi());
            ps.setString(3, p.kind());
            ps.setBytes(4, wkb.encode(p.point()));
            ps.setDouble(5, p.point().getX());
            ps.setDouble(6, p.point().getY());
            ps.setString(7, Codes.of(p.accuracy()));
            ps.setDouble(8, p.accuracyKm());
            ps.setString(9, p.coordSource());
            ps.setString(10, p.province());
        });
    }

    public List<Place> findAll() {
        return Sql.query(db, "read places", """
                SELECT id, name_vi, kind, geom, accuracy, accuracy_km, coord_source, province FROM place ORDER BY id""",
                Sql.NO_PARAMETERS, rs -> new Place(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Point) wkb.decode(rs.getBytes(4), "place " + rs.getString(1)),
                        Codes.parse(Accuracy.class, rs.getString(5)), rs.getDouble(6), rs.getString(7),
                        rs.getString(8)));
    }
}
