package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.Seed;

/**
 * Look-ups over one immutable catalogue snapshot, each built lazily the first time it is asked for and then
 * shared: per record type the records by id with their positions and the ids used more than once, and the seed
 * texts normalised for quote matching. A save validates and diffs against these instead of scanning the 50,000
 * links again for every rule. The few snapshots in use (an edit session's base and current one) are kept by
 * identity, never by {@code equals} (a catalogue's generated equals would compare every record).
 * Thread-safe: any thread; a look-up may be built twice by two threads at once, with the same result.
 */
final class SnapshotIndex {
    private static final int KEPT = 6;
    private static final List<SnapshotIndex> RECENT = new ArrayList<>();
    /** Normalised seed texts by text (the seed list is shared by every snapshot of a session). */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

    private final Catalogue catalogue;
    private final Map<String, ById> byType = new ConcurrentHashMap<>();
    private volatile Map<String, String> seedTexts;

    /** One record type's positions by id (first occurrence wins); ids seen again are in {@code duplicates}. */
    record ById(Map<String, Integer> positions, Set<String> duplicates) {
    }

    private final Map<String, List<?>> lists = new ConcurrentHashMap<>();

    private SnapshotIndex(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static SnapshotIndex of(Catalogue c) {
        synchronized (RECENT) {
            for (SnapshotIndex i : RECENT) {
                if (i.catalogue == c) {
                    return i;
                }
            }
            SnapshotIndex fresh = new SnapshotIndex(c);
            RECENT.add(0, fresh);
            if (RECENT.size() > KEPT) {
                RECENT.remove(RECENT.size() - 1);
            }
            return fresh;
        }
    }

    /**
     * {@code to} was made from {@code from} by replacing one link where it stood (same ids at the same places):
     * it shares the link index instead of building its own (a save after an edit of one link among 50,000 then
     * builds none). Every look-up still checks the id at the position it finds.
     */
    static void sameLinkIds(Catalogue from, Catalogue to) {
        ById built = of(from).byType.get("link");
        if (built != null && from.links().size() == to.links().size()) {
            of(to).byType.putIfAbsent("link", built);
        }
    }

    ById records(String typeName) {
        ById found = byType.get(typeName);
        if (found == null) {
            found = build(typeName);
            byType.put(typeName, found);
        }
        return found;
    }

    /** The record with that id (a link without its interventions), or null. */
    Object record(String typeName, String id) {
        int at = position(typeName, id);
        if (at < 0) {
            return null;
        }
        Object r = list(typeName).get(at);
        return r instanceof Link l ? LinkRecords.bare(l) : r;
    }

    /** Where the record with that id stands in its type's list (links: the catalogue's), -1 when there is none. */
    int position(String typeName, String id) {
        Integer at = records(typeName).positions().get(id);
        if (at == null) {
            return -1;
        }
        List<?> list = list(typeName);
        if (at >= list.size() || !id.equals(idOf(typeName, list.get(at)))) {
            ById fresh = build(typeName); // an index shared from another snapshot that did not fit: build this one's
            byType.put(typeName, fresh);
            at = fresh.positions().get(id);
            return at == null ? -1 : at;
        }
        return at;
    }

    private List<?> list(String typeName) {
        if (typeName.equals("link")) {
            return catalogue.links(); // straight from the catalogue (all() would first copy 50,000 links)
        }
        return lists.computeIfAbsent(typeName, n -> RecordTypes.typed(n).all(catalogue));
    }

    private static String idOf(String typeName, Object r) {
        return r instanceof Link l ? l.id() : RecordTypes.typed(typeName).id(r);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** The events of an intervention in their order (they live inside it, inside its link); none when unknown. */
    List<org.linkatlas.model.ProgressEvent> events(String interventionId) {
        if (!(record("intervention", interventionId) instanceof org.linkatlas.model.Intervention bare)) {
            return List.of();
        }
        int at = position("link", bare.linkId());
        if (at < 0) {
            return List.of();
        }
        return catalogue.links().get(at).interventions().stream().filter(i -> i.id().equals(interventionId)).findFirst()
                .map(org.linkatlas.model.Intervention::events).orElse(List.of());
    }

    /** The seed's text normalised as {@link QuoteMatcher} does it, or null for an unknown seed. */
    String normalisedSeed(String fileName) {
        Map<String, String> texts = seedTexts;
        if (texts == null) {
            Map<String, String> m = new HashMap<>();
            for (Seed s : catalogue.seeds()) {
                m.putIfAbsent(s.fileName(), s.text());
            }
            seedTexts = texts = m;
        }
        String text = texts.get(fileName);
        if (text == null) {
            return null;
        }
        if (NORMALISED.size() > 256) {
            NORMALISED.clear();
        }
        return NORMALISED.computeIfAbsent(text, QuoteMatcher::normalise);
    }

    private ById build(String typeName) {
        List<?> all = list(typeName);
        Map<String, Integer> positions = new HashMap<>(all.size() * 2);
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String id = idOf(typeName, all.get(i));
            if (positions.putIfAbsent(id, i) != null) {
                duplicates.add(id);
            }
        }
        return new ById(positions, duplicates);
    }
}
