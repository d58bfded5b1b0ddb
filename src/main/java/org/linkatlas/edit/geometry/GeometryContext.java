package org.linkatlas.edit.geometry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.linkatlas.basemap.BasemapFeature;
import org.linkatlas.basemap.GeoJsonFeatureReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * What the geometry checks compare a link with, when the data is at hand: the region's provinces (a drawn
 * geometry outside them needs confirming) and the water of the offline basemap (river lines and the sea, for
 * "a bridge crosses water"). Either may be absent; its check is then skipped. Loaded once (file I/O: never on the
 * JavaFX thread), then immutable and read from any thread.
 */
public final class GeometryContext {
    public static final GeometryContext NONE = new GeometryContext(null, List.of());

    private final PreparedGeometry region;
    private final STRtree water = new STRtree();
    private final int waterCount;
    private final org.locationtech.jts.geom.Envelope waterExtent = new org.locationtech.jts.geom.Envelope();

    public GeometryContext(Geometry region, List<Geometry> water) {
        this.region = region == null ? null : PreparedGeometryFactory.prepare(region);
        water.forEach(w -> {
            this.water.insert(w.getEnvelopeInternal(), w);
            waterExtent.expandToInclude(w.getEnvelopeInternal());
        });
        this.water.build();
        this.waterCount = water.size();
    }

    /**
     * From the offline basemap's folder: the provinces ({@code provinces_odv63_clip.geojson}) as the region, the
     * rivers ({@code rivers_*.geojson}) and the sea ({@code sea_gshhg_full.geojson}) as water. A missing file
     * leaves its part out.
     */
    public static GeometryContext load(Path basemapDir) {
        Geometry region = null;
        Path provinces = basemapDir.resolve("provinces_odv63_clip.geojson");
        if (Files.isRegularFile(provinces)) {
            List<Geometry> parts = read(provinces);
            region = parts.isEmpty() ? null : UnaryUnionOp.union(parts).buffer(0);
        }
        List<Geometry> water = new ArrayList<>();
        for (String name : new String[] {"rivers_gshhg_wdb2_clip.geojson", "rivers_ne10m_clip.geojson", "sea_gshhg_full.geojson"}) {
            Path f = basemapDir.resolve(name);
            if (Files.isRegularFile(f)) {
                water.addAll(read(f));
            }
        }
        return new GeometryContext(region, water);
    }

    /** {@link #load} at the first call, then the same context (thread-safe). */
    public static java.util.function.Supplier<GeometryContext> lazy(Path basemapDir) {
        return new java.util.function.Supplier<>() {
            private GeometryContext loaded;

            @Override
            public synchronized GeometryContext get() {
                if (loaded == null) {
                    loaded = load(basemapDir);
                }
                return loaded;
            }
        };
    }

    /** A file that cannot be read leaves its part of the checks out (logged), rather than block every save. */
    private static List<Geometry> read(Path f) {
        try {
            return GeoJsonFeatureReader.read(f).stream().map(BasemapFeature::geometry).toList();
        } catch (org.linkatlas.basemap.BasemapDataException e) {
            System.getLogger(GeometryContext.class.getName()).log(System.Logger.Level.WARNING,
                    "geometry checks without {0}: {1}", f.getFileName(), e.getMessage());
            return List.of();
        }
    }

    public boolean hasRegion() {
        return region != null;
    }

    public boolean hasWater() {
        return waterCount > 0;
    }

    /** Whether the water data reaches over {@code g} (the basemap is clipped to a box; outside it nothing is known). */
    public boolean waterCovers(Geometry g) {
        return waterCount > 0 && waterExtent.contains(g.getEnvelopeInternal());
    }

    /** Whether {@code g} lies within the region's provinces (true when they are not at hand). */
    public boolean inRegion(Geometry g) {
        return region == null || region.covers(g);
    }

    /**
     * The distance in degrees from {@code g} to the nearest water within {@code searchDegrees}, or
     * {@code Double.POSITIVE_INFINITY} when none is that near (or no water data is at hand).
     */
    public double degreesToWater(Geometry g, double searchDegrees) {
        var box = g.getEnvelopeInternal().copy();
        box.expandBy(searchDegrees);
        double best = Double.POSITIVE_INFINITY;
        for (Object o : water.query(box)) {
            double d = ((Geometry) o).distance(g);
            if (d <= searchDegrees) {
                best = Math.min(best, d);
            }
        }
        return best;
    }
}
