package org.linkatlas.storage.pg;

import org.linkatlas.storage.StorageException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometry between the stores as WKB through JTS: the SQLite store's WKB is read into a JTS geometry in SRID
 * 4326 and written again for PostGIS, which takes it with {@code ST_GeomFromWKB(?, 4326)}; PostGIS gives it back
 * with {@code ST_AsBinary(geom)} and its SRID, read into JTS and checked. Going through JTS means a damaged
 * geometry is refused with its record named before it reaches either store. One instance per thread (the JTS
 * reader and writer keep buffers).
 */
final class PgGeometry {
    static final int SRID = 4326;
    /** The SQL expression that takes a WKB parameter into a PostGIS geometry of the store's SRID. */
    static final String FROM_WKB = "ST_GeomFromWKB(?, " + SRID + ")";

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), SRID);
    private final WKBReader reader = new WKBReader(factory);
    private final WKBWriter writer = new WKBWriter(2);

    Geometry read(byte[] wkb, int srid, String what) {
        if (srid != SRID) {
            throw new StorageException("the geometry of " + what + " is in SRID " + srid + ", not " + SRID + " (WGS84)");
        }
        try {
            Geometry g = reader.read(wkb);
            g.setSRID(srid);
            return g;
        } catch (ParseException | RuntimeException e) {
            throw new StorageException("the geometry of " + what + " is not valid WKB: " + e.getMessage(), e);
        }
    }

    byte[] write(Geometry g) {
        return writer.write(g);
    }

    /** WKB of one store → JTS → WKB for the other, refusing anything JTS cannot read. */
    byte[] recode(byte[] wkb, int srid, String what) {
        if (wkb == null) {
            throw new StorageException("the geometry of " + what + " is missing");
        }
        return write(read(wkb, srid, what));
    }
}
