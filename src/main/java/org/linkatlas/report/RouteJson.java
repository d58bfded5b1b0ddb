package org.linkatlas.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.linkatlas.route.PlaceResolver;

/**
 * A route summary as JSON for scripts ({@code summary --json}; the fields are in the README): the resolved
 * ends with their coordinates, and per variant whether it connects, its length, estimated minutes, detour
 * ratio and segments (a base road has {@code link_id} null), the distance and time saved and the planned links
 * that save it. Numbers are plain JSON numbers (km to 0.1, minutes whole). Pure; any thread.
 */
public final class RouteJson {
    private RouteJson() {
    }

    /**
     * @param existingListed a report of the plan listing today's segments
     * @param plannedListed  the same plan's report listing the with-planned segments
     */
    public static String of(RouteReport existingListed, RouteReport plannedListed, PlaceResolver.End from,
                            PlaceResolver.End to) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        end(root.putObject("from"), from);
        end(root.putObject("to"), to);
        root.put("network", existingListed.network() == null ? "bundled" : existingListed.network());
        root.put("straight_km", round1(existingListed.existing().straightKm()));
        variant(root.putObject("existing"), existingListed.existing(),
                existingListed.plannedListed() ? List.of() : existingListed.segments());
        variant(root.putObject("planned"), plannedListed.withPlanned(),
                plannedListed.plannedListed() ? plannedListed.segments() : List.of());
        boolean both = existingListed.existing().connected() && plannedListed.withPlanned().connected();
        if (both) {
            root.put("saved_km", round1(existingListed.savedKm()));
            root.put("saved_minutes", Math.round(existingListed.savedMinutes()));
        } else {
            root.putNull("saved_km");
            root.putNull("saved_minutes");
        }
        ArrayNode links = root.putArray("planned_links");
        existingListed.plannedLinks().forEach(links::add);
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void end(ObjectNode n, PlaceResolver.End e) {
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("lon", e.lon());
        n.put("lat", e.lat());
    }

    private static void variant(ObjectNode n, RouteReport.Total t, List<RouteReport.Segment> segments) {
        n.put("connected", t.connected());
        if (!t.connected()) {
            n.putNull("length_km");
            n.putNull("minutes");
            n.putNull("detour_ratio");
            n.putArray("segments");
            return;
        }
        n.put("length_km", round1(t.km()));
        n.put("minutes", Math.round(t.minutes()));
        n.put("detour_ratio", Math.round(t.detourRatio() * 100) / 100.0);
        n.put("approximate", t.approximate());
        ArrayNode arr = n.putArray("segments");
        for (RouteReport.Segment s : segments) {
            ObjectNode o = arr.addObject();
            if (s.context()) {
                o.putNull("link_id");
            } else {
                o.put("link_id", s.linkId());
            }
            o.put("name", s.name());
            o.put("kind", s.kind());
            o.put("status", s.status());
            o.put("length_km", round1(s.km()));
        }
    }

    private static double round1(double km) {
        return Double.isNaN(km) ? Double.NaN : Math.round(km * 10) / 10.0;
    }
}
