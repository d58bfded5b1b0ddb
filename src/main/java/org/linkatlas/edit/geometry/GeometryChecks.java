package org.linkatlas.edit.geometry;

import java.util.ArrayList;
import java.util.List;
import org.linkatlas.edit.Issue;
import org.linkatlas.geo.GeodesicLength;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules a drawn or reshaped link geometry must meet before a save (issue 14), over the links whose geometry,
 * accuracy or kind a save changes. Errors (they block the save): a geometry JTS finds invalid, a segment of zero
 * length, a changed geometry without a statement of how it was obtained ({@link GeometryAccuracy}). Warnings (the save asks to confirm):
 * a line that crosses itself, a geometry outside the region's provinces, a bridge that comes near no water in the
 * basemap's river and sea data (which is off by 1–3 km and misses some rivers, so it cannot refuse). The build's
 * own rules (inside the region's box, a port drawn as a point) run beside these in
 * {@link org.linkatlas.edit.EditValidator}. Pure; any thread.
 */
public final class GeometryChecks {
    /** Two vertices closer than this (metres) make a zero-length segment. */
    public static final double ZERO_LENGTH_M = 0.05;
    /** How far off the basemap's water lines may be (its README: about 1–3 km). */
    public static final double WATER_DATA_KM = 3.0;
    private static final double KM_PER_DEGREE = 111.0;

    private final GeometryContext context;

    public GeometryChecks(GeometryContext context) {
        this.context = context;
    }

    public List<Issue> check(Catalogue c, List<RecordChange> changes) {
        List<Issue> out = new ArrayList<>();
        for (RecordChange rc : changes) {
            if (!rc.ref().type().equals("link") || rc.op() == ChangeOp.DELETE) {
                continue;
            }
            Link l = (Link) org.linkatlas.edit.RecordTypes.find(c, rc.ref()).orElse(null);
            if (l == null || l.geometry() == null || !touchesGeometry(rc)) {
                continue;
            }
            check(l, rc.op() == ChangeOp.CREATE || rc.fields().stream().anyMatch(f -> f.field().equals("geometry")), out);
        }
        return out;
    }

    private static boolean touchesGeometry(RecordChange rc) {
        for (FieldChange f : rc.fields()) {
            switch (f.field()) {
                case "geometry", "accuracy", "accuracyKm", "coordSource", "kind":
                    return true;
                default:
            }
        }
        return rc.op() == ChangeOp.CREATE;
    }

    /** The findings for one drawn link's geometry (the link need not be in any catalogue). */
    public List<Issue> check(Link l) {
        List<Issue> out = new ArrayList<>();
        check(l, true, out);
        return out;
    }

    /** {@code drawn}: the geometry itself changed, so it must say how it was obtained. */
    private void check(Link l, boolean drawn, List<Issue> out) {
        RecordRef ref = new RecordRef("link", l.id());
        Geometry g = l.geometry();
        if (drawn && GeometryAccuracy.of(l).isEmpty()) {
            out.add(Issue.of(Issue.Severity.ERROR, ref, "accuracy", "geometryAccuracyMissing"));
        }
        TopologyValidationError invalid = new IsValidOp(g).getValidationError();
        if (invalid != null) {
            out.add(Issue.of(Issue.Severity.ERROR, ref, "geometry", "geometryInvalid",
                    invalid.getMessage().toLowerCase(java.util.Locale.ROOT), where(invalid.getCoordinate())));
            return;
        }
        for (Coordinate[] part : GeometryShapes.parts(g)) {
            for (int i = 1; i < part.length; i++) {
                if (GeodesicLength.metres(part[i - 1].x, part[i - 1].y, part[i].x, part[i].y) < ZERO_LENGTH_M) {
                    out.add(Issue.of(Issue.Severity.ERROR, ref, "geometry", "zeroSegment", String.valueOf(i - 1),
                            String.valueOf(i), where(part[i])));
                }
            }
        }
        if (g.getDimension() == 1 && !new IsSimpleOp(g).isSimple()) {
            out.add(Issue.of(Issue.Severity.WARNING, ref, "geometry", "selfCrossing"));
        }
        if (!context.inRegion(g)) {
            out.add(Issue.of(Issue.Severity.WARNING, ref, "geometry", "outsideProvinces"));
        }
        if (l.kind() == LinkKind.BRIDGE && context.waterCovers(g)) {
            double searchKm = WATER_DATA_KM + Math.max(0, l.accuracyKm());
            if (context.degreesToWater(g, searchKm / KM_PER_DEGREE) == Double.POSITIVE_INFINITY) {
                out.add(Issue.of(Issue.Severity.WARNING, ref, "geometry", "bridgeNoWater", String.valueOf(Math.round(searchKm))));
            }
        }
    }

    /** "(lon 106.32524, lat 21.14682)" in the reader's words ("kinh độ", "vĩ độ"). */
    private static Object where(Coordinate c) {
        return c == null ? "" : new org.linkatlas.catalogue.Finding.Extent(new org.locationtech.jts.geom.Envelope(c));
    }
}
