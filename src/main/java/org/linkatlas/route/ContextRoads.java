package org.linkatlas.route;

import java.util.List;
import org.linkatlas.model.Link;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.RoadClass;

/**
 * Roads of a base network (the bundled one in {@code data/network}, or a user's import) as links a route
 * may use between the links the agreements name: they carry no agreement, commitment or source quote, so a
 * route summary shows them as context, "a road of the base network, not in the agreements". Their ids start
 * with {@value #PREFIX}; they exist today in every variant. This is the one place that makes a {@link Link}
 * out of a road line, so a change of the model's record touches only {@link #link}. Pure; any thread.
 */
public final class ContextRoads {
    public static final String PREFIX = "context-";

    private ContextRoads() {
    }

    /** True for a link made here rather than read from the store. */
    public static boolean isContext(Link l) {
        return l.id().startsWith(PREFIX);
    }

    /** The links of a network's road lines. */
    public static List<Link> links(List<RoadLine> lines) {
        return lines.stream().map(ContextRoads::link).toList();
    }

    /** A road line as an existing link: kind and road class from its highway class, bridge and ferry tags. */
    public static Link link(RoadLine r) {
        String cls = RoadLine.roadClass(r.highway());
        LinkKind kind = r.ferry() ? LinkKind.FERRY
                : r.bridge() ? LinkKind.BRIDGE
                : "motorway".equals(cls) ? LinkKind.EXPRESSWAY : LinkKind.ROAD;
        RoadClass roadClass = switch (cls == null ? "" : cls) {
            case "motorway", "trunk", "primary" -> RoadClass.NATIONAL;
            case "secondary" -> RoadClass.PROVINCIAL;
            case "tertiary" -> RoadClass.DISTRICT;
            default -> RoadClass.OTHER;
        };
        String label = r.label();
        String id = r.id().startsWith(PREFIX) ? r.id() : PREFIX + r.id();
        return new Link(id, label, label, kind, roadClass, LinkStatus.EXISTING,
                null, List.of(), List.of(), null, null, null, null, List.of(), r.line(), r.accuracy(), Double.NaN,
                r.source(), List.of(), List.of());
    }
}
