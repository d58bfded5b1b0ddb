package org.linkatlas.storage;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** Geometry ↔ WKB (2D, WGS84 lon/lat, SRID 4326 implied). Stateless apart from JTS readers; one per thread. */
final class WkbCodec {
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private final WKBWriter writer = new WKBWriter(2);
    private final WKBReader reader = new WKBReader(FACTORY);

    byte[] encode(Geometry g) {
        return writer.write(g);
    }

    Geometry decode(byte[] wkb, String what) {
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new StorageException("geometry of " + what + " is not valid WKB: " + e.getMessage(), e);
        }
    }
}
