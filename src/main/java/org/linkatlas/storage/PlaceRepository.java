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
                INSERT INTO place (id, name_vi, name_en, kind, geom, lon, lat, accuracy, accuracy_km, coord_source, province)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, p.id());
            ps.setString(2, p.nameVi());
            ps.setString(3, p.nameEn());
            ps.setString(4, p.kind());
            ps.setBytes(5, wkb.encode(p.point()));
            ps.setDouble(6, p.point().getX());
            ps.setDouble(7, p.point().getY());
            ps.setString(8, Codes.of(p.accuracy()));
            ps.setDouble(9, p.accuracyKm());
            ps.setString(10, p.coordSource());
            ps.setString(11, p.province());
        });
    }

    public List<Place> findAll() {
        return Sql.query(db, "read places", """
                SELECT id, name_vi, name_en, kind, geom, accuracy, accuracy_km, coord_source, province
                FROM place ORDER BY id""",
                Sql.NO_PARAMETERS, rs -> new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Point) wkb.decode(rs.getBytes(5), "place " + rs.getString(1)),
                        Codes.parse(Accuracy.class, rs.getString(6)), rs.getDouble(7), rs.getString(8),
                        rs.getString(9)));
    }
}
