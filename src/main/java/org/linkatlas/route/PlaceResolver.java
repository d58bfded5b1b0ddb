package org.linkatlas.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.Place;
import org.linkatlas.search.TextFolding;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Turns a typed name into a route end: the catalogue's places, its point links (ports, stations, gates)
 * and its road links (a route "to cầu Hòa Sơn" ends halfway along the bridge) whose name no place already
 * has, matched with case and diacritics folded ({@link TextFolding}). The best match must be unique: an
 * exact name beats a name that starts with the query, which beats one containing every word, and a place
 * beats a link matched as well. A district's name finds its seat ({@link DistrictSeats}): "Yên Dũng" is the seat
 * of Huyện Yên Dũng, not a wharf whose note mentions the district; where the catalogue already has a place at
 * the seat (within 1.5 km), the district's name leads to that place. An empty query finds nothing.
 * {@link #suggest} lists the matches best first, for search as you type. Immutable; any thread.
 */
public final class PlaceResolver {
    /** Something a route can start or end at; {@code link} when it is a link rather than a place. */
    public record End(String id, String name, double lon, double lat, boolean link) {
    }

    /** The outcome: the end when unique, else the candidates (ambiguous) or the closest names (unknown). */
    public record Resolution(End end, List<End> candidates, boolean ambiguous) {
        public boolean found() {
            return end != null;
        }
    }

    private record Entry(End end, String folded, String foldedShort, String foldedEn) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public PlaceResolver(Catalogue c) {
        this(c, List.of());
    }

    public PlaceResolver(Catalogue c, List<DistrictSeats.Seat> seats) {
        Set<String> names = new HashSet<>();
        for (Place p : c.places()) {
            add(p.id(), p.nameVi(), p.nameEn(), p.point(), false);
            names.add(TextFolding.fold(p.nameVi()));
        }
        for (Link l : c.links()) {
            if (names.contains(TextFolding.fold(l.nameVi()))) {
                continue;
            }
            if (l.kind().isPointLike() && l.geometry() instanceof Point pt) {
                add(l.id(), l.nameVi(), l.nameEn(), pt, true);
            } else if (RoutingNetwork.ROAD_KINDS.contains(l.kind()) && l.geometry() instanceof LineString line) {
                add(l.id(), l.nameVi(), l.nameEn(), line.getFactory().createPoint(
                        new LengthIndexedLine(line).extractPoint(line.getLength() / 2)), true);
            }
        }
        addSeats(c, seats);
    }

    private void addSeats(Catalogue c, List<DistrictSeats.Seat> seats) {
        for (DistrictSeats.Seat s : seats) {
            Place near = null;
            double nearKm = 1.5;
            for (Place p : c.places()) {
                double km = org.linkatlas.geo.GeodesicLength.metres(s.lon(), s.lat(), p.point().getX(), p.point().getY()) / 1000;
                if (km <= nearKm) {
                    near = p;
                    nearKm = km;
                }
            }
            String folded = TextFolding.fold(s.districtShort());
            if (near != null) {
                // the district's name as another name of the catalogue's place
                entries.add(new Entry(new End(near.id(), near.nameVi(), near.point().getX(), near.point().getY(), false),
                        folded, folded, TextFolding.fold(s.label())));
            } else {
                entries.add(new Entry(new End(s.id(), s.label(), s.lon(), s.lat(), false), TextFolding.fold(s.label()),
                        folded, TextFolding.fold(s.label())));
            }
        }
    }

    private void add(String id, String vi, String en, Point p, boolean link) {
        String shortName = vi.replaceAll("\\s*\\(.*\\)\\s*$", ""); // "Sơn Động (TT An Châu)" → "Sơn Động"
        entries.add(new Entry(new End(id, vi, p.getX(), p.getY(), link), TextFolding.fold(vi), TextFolding.fold(shortName),
                TextFolding.fold(en)));
    }

    /** Every end matching the query, best first (then by name), at most {@code limit}: search as you type. */
    public List<End> suggest(String query, int limit) {
        String q = TextFolding.fold(query);
        return entries.stream().filter(e -> rank(e, q) < NO_MATCH)
                .sorted(Comparator.<Entry>comparingInt(e -> order(e, q))
                        .thenComparing(Entry::folded))
                .map(Entry::end).distinct().limit(limit).toList();
    }

    /** The end with this id, if any. */
    public java.util.Optional<End> byId(String id) {
        return entries.stream().map(Entry::end).filter(e -> e.id().equals(id)).findFirst();
    }

    public Resolution resolve(String query) {
        String q = TextFolding.fold(query == null ? "" : query);
        if (q.isBlank()) {
            return new Resolution(null, List.of(), false);
        }
        int bestRank = Integer.MAX_VALUE;
        List<End> best = new ArrayList<>();
        for (Entry e : entries) {
            int r = order(e, q);
            if (r < bestRank) {
                bestRank = r;
                best.clear();
            }
            if (r == bestRank && r < 2 * NO_MATCH && !best.contains(e.end())) {
                best.add(e.end()); // a place and its district alias are one end
            }
        }
        if (best.size() == 1) {
            return new Resolution(best.get(0), List.of(), false);
        }
        if (!best.isEmpty()) {
            return new Resolution(null, best.stream().limit(5).toList(), true);
        }
        return new Resolution(null, closest(q, 5), false);
    }

    private static final int NO_MATCH = 5;

    /** The rank, with a place ahead of a link of the same rank ("ha long": TP Hạ Long, not the expressway). */
    private static int order(Entry e, String q) {
        return 2 * rank(e, q) + (e.end().link() ? 1 : 0);
    }

    private static int rank(Entry e, String q) {
        if (q.isEmpty()) {
            return NO_MATCH;
        }
        if (e.foldedShort().equals(q) || e.folded().equals(q) || e.foldedEn().equals(q)) {
            return 0;
        }
        if (e.folded().startsWith(q) || e.foldedEn().startsWith(q)) {
            return 1;
        }
        String hay = " " + e.folded() + " " + e.foldedEn() + " ";
        if ((" " + e.foldedShort() + " ").contains(" " + q + " ")) {
            return 2; // the whole query as words of the name proper: "ha long" → "TP Hạ Long"
        }
        if (hay.contains(" " + q + " ")) {
            return 3; // … or of its note in brackets: "Tân Dân (Hạ Long, ex-Hoành Bồ)"
        }
        for (String w : q.split(" ")) {
            if (!hay.contains(w)) {
                return NO_MATCH;
            }
        }
        return 4;
    }

    /** Names nearest the query: most query words shared, then fewest edits. */
    private List<End> closest(String q, int limit) {
        String[] words = q.isEmpty() ? new String[0] : q.split(" ");
        return entries.stream()
                .sorted(Comparator.<Entry>comparingInt(e -> -shared(e.folded(), words))
                        .thenComparingInt(e -> edits(q, e.foldedShort()))
                        .thenComparing(Entry::folded))
                .map(Entry::end).distinct().limit(limit).toList();
    }

    private static int shared(String name, String[] words) {
        int n = 0;
        for (String w : words) {
            if ((" " + name + " ").contains(" " + w + " ")) {
                n++;
            }
        }
        return n;
    }

    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
