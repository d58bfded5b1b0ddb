package org.linkatlas.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Tells whether an outer edge of the data faces land the data does not cover (China, across the border) rather
 * than the sea: it must be at least {@link #INLAND} from the sea, and one of its sides, one or two kilometres
 * out, must be neither water nor inside any province or district polygon. Near Móng Cái, Natural Earth's border
 * runs within a kilometre of a coast that the province file draws up to a kilometre from the GSHHG one; without
 * this, that coast would become a border. The price: the border stops about 1.5 km short of the sea. Pure once
 * built; any thread.
 */
final class ForeignLand {
    /** Offsets in degrees (about 1 and 2 km) at which the far side is looked at. */
    private static final double[] OFFSETS = {0.01, 0.02};
    /** How far from the sea (degrees, about 1.5 km) a border segment must be. */
    private static final double INLAND = 0.015;
    private final List<IndexedPointInAreaLocator> ours = new ArrayList<>();
    private final IndexedFacetDistance shore;

    /**
     * @param sea the water polygons
     * @param coverages polygon sets that each do not overlap themselves (the provinces, the districts)
     */
    ForeignLand(List<Geometry> sea, List<List<Geometry>> coverages) {
        shore = sea.isEmpty() ? null : new IndexedFacetDistance(GeoJsonFeatureReader.WGS84.buildGeometry(sea));
        for (List<Geometry> coverage : coverages) {
            if (!coverage.isEmpty()) {
                ours.add(new IndexedPointInAreaLocator(GeoJsonFeatureReader.WGS84.buildGeometry(coverage)));
            }
        }
        if (!sea.isEmpty()) {
            ours.add(new IndexedPointInAreaLocator(GeoJsonFeatureReader.WGS84.buildGeometry(sea)));
        }
    }

    boolean faces(Coordinate[] segment) {
        double dx = segment[1].x - segment[0].x;
        double dy = segment[1].y - segment[0].y;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return false;
        }
        double mx = (segment[0].x + segment[1].x) / 2;
        double my = (segment[0].y + segment[1].y) / 2;
        if (shore != null && shore.distance(GeoJsonFeatureReader.WGS84.createPoint(new Coordinate(mx, my))) < INLAND) {
            return false;
        }
        for (int side = -1; side <= 1; side += 2) {
            for (double d : OFFSETS) {
                if (isForeign(new Coordinate(mx - side * dy / length * d, my + side * dx / length * d))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isForeign(Coordinate c) {
        for (IndexedPointInAreaLocator locator : ours) {
            if (locator.locate(c) != Location.EXTERIOR) {
                return false;
            }
        }
        return true;
    }
}
