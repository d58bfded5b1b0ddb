package org.linkatlas.edit.geometry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linkatlas.edit.Command;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.edit.SequenceCommand;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.PhysicalState;
import org.linkatlas.model.RecordRef;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The geometry edits of issue 14 as commands for an {@link org.linkatlas.edit.EditSession}: set a geometry,
 * move, insert and delete a vertex, split a line, extend an end, and create a link drawn on the map. Each is one
 * undo step and writes the geometry together with its {@link GeometryAccuracy} (how it was obtained, ± km), which
 * every one of them requires. Bad input is refused here, naming the link, before anything changes. Pure; any
 * thread.
 */
public final class GeometryEdits {
    private GeometryEdits() {
    }

    /** Gives {@code linkId} the geometry {@code g} (a link of unknown location gets its first one this way). */
    public static Command setGeometry(Catalogue c, String linkId, Geometry g, GeometryAccuracy accuracy) {
        Link before = link(c, linkId);
        return new GeometryCommand((before.geometry() == null ? "draw link " : "replace the geometry of link ") + linkId,
                replace(c, before, g, accuracy));
    }

    public static Command moveVertex(Catalogue c, String linkId, Vertex v, Coordinate to, GeometryAccuracy accuracy) {
        Link before = located(c, linkId);
        return new GeometryCommand("move vertex " + v.index() + " of link " + linkId,
                replace(c, before, GeometryShapes.move(before.geometry(), v, to), accuracy));
    }

    public static Command insertVertex(Catalogue c, String linkId, Vertex v, Coordinate at, GeometryAccuracy accuracy) {
        Link before = located(c, linkId);
        return new GeometryCommand("insert vertex " + v.index() + " into link " + linkId,
                replace(c, before, GeometryShapes.insert(before.geometry(), v, at), accuracy));
    }

    public static Command deleteVertex(Catalogue c, String linkId, Vertex v, GeometryAccuracy accuracy) {
        Link before = located(c, linkId);
        return new GeometryCommand("delete vertex " + v.index() + " of link " + linkId,
                replace(c, before, GeometryShapes.delete(before.geometry(), v), accuracy));
    }

    public static Command extendEnd(Catalogue c, String linkId, int part, boolean atStart, Coordinate to,
                                    GeometryAccuracy accuracy) {
        Link before = located(c, linkId);
        return new GeometryCommand("extend link " + linkId + (atStart ? " at its start" : " at its end"),
                replace(c, before, GeometryShapes.extend(before.geometry(), part, atStart, to), accuracy));
    }

    /**
     * Splits {@code linkId} at an inner vertex: the link keeps the part up to it; a new link {@code newId} with
     * the same names (the Vietnamese and English marked "(2)"), kind, state, places, provinces, agreements and
     * sources takes the rest. Figures the text states for the whole (length, cost) stay with the first. One undo
     * takes both back.
     */
    public static Command split(Catalogue c, String linkId, Vertex at, String newId, GeometryAccuracy accuracy) {
        Link before = located(c, linkId);
        Geometry[] halves = GeometryShapes.split(before.geometry(), at);
        Command first = replace(c, before, halves[0], accuracy);
        Catalogue next = first.execute(c);
        Link second = new Link(newId, before.nameVi() + " (2)", before.nameEn() == null ? null : before.nameEn() + " (2)",
                before.kind(), before.roadClass(), before.state(), before.stateNote(), before.placeIds(), before.provinces(),
                null, null, null, before.target(), before.agreementIds(), halves[1], accuracy.method().stored(),
                accuracy.uncertaintyKm(), accuracy.coordSource(), before.sources(), before.uncertaintyTexts(), List.of());
        Command create = Edits.create(next, "link", second);
        return new SequenceCommand("split link " + linkId + " at vertex " + at.index() + " into " + newId,
                List.of(first, create));
    }

    /**
     * A new link drawn on the map, with the few fields the save needs besides its geometry: names, kind, physical
     * state and the agreements it stands in (the catalogue's rules refuse a link that stands in none).
     */
    public static Command createLink(Catalogue c, String id, String nameVi, String nameEn, LinkKind kind,
                                     PhysicalState state, List<String> agreementIds, Geometry g, GeometryAccuracy accuracy) {
        if (nameVi == null || nameVi.isBlank()) {
            throw new IllegalArgumentException("link " + id + ": a Vietnamese name is required");
        }
        requireShape(id, kind, g);
        Link l = new Link(id, nameVi.strip(), nameEn == null || nameEn.isBlank() ? null : nameEn.strip(), kind, null, state,
                null, List.of(), List.of(), null, null, null, null, agreementIds, g, accuracy.method().stored(),
                accuracy.uncertaintyKm(), accuracy.coordSource(), List.of(), List.of(), List.of());
        return new GeometryCommand("draw new link " + id, Edits.create(c, "link", l));
    }

    /** A link id not yet in use, from {@code stem} ("new-road", "new-road-2", …). */
    public static String newLinkId(Catalogue c, String stem) {
        Set<String> used = new HashSet<>();
        c.links().forEach(l -> used.add(l.id()));
        if (!used.contains(stem)) {
            return stem;
        }
        int n = 2;
        while (used.contains(stem + "-" + n)) {
            n++;
        }
        return stem + "-" + n;
    }

    private static Command replace(Catalogue c, Link before, Geometry g, GeometryAccuracy accuracy) {
        if (accuracy == null) {
            throw new IllegalArgumentException("link " + before.id() + ": say how the geometry was obtained and how far off it may be");
        }
        requireShape(before.id(), before.kind(), g);
        Link after = new Link(before.id(), before.nameVi(), before.nameEn(), before.kind(), before.roadClass(), before.state(),
                before.stateNote(), before.placeIds(), before.provinces(), before.lengthKm(), before.costBillionVnd(),
                before.figuresNote(), before.target(), before.agreementIds(), g, accuracy.method().stored(),
                accuracy.uncertaintyKm(), accuracy.coordSource(), before.sources(), before.uncertaintyTexts(), List.of());
        return Edits.replace(c, "link", after);
    }

    private static void requireShape(String id, LinkKind kind, Geometry g) {
        if (g == null || g.isEmpty()) {
            throw new IllegalArgumentException("link " + id + ": the geometry is empty");
        }
        boolean point = g instanceof Point;
        if (point != kind.isPointLike()) {
            throw new IllegalArgumentException("link " + id + ": a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " is drawn as a " + (kind.isPointLike() ? "point" : "line") + ", not a " + g.getGeometryType());
        }
    }

    private static Link link(Catalogue c, String id) {
        return (Link) RecordTypes.find(c, new RecordRef("link", id))
                .orElseThrow(() -> new IllegalArgumentException("link " + id + " does not exist"));
    }

    private static Link located(Catalogue c, String id) {
        Link l = link(c, id);
        if (l.geometry() == null) {
            throw new IllegalArgumentException("link " + id + " has no geometry yet: draw it first");
        }
        return l;
    }

}
