package org.linkatlas.ui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkatlas.edit.RecordType;
import org.linkatlas.edit.RecordTypes;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;
import org.linkatlas.search.TextFolding;

/**
 * The Records window's list for one catalogue snapshot and one record type, built once: each record's entry (its
 * id and the words it is known by) and a folded key ({@link TextFolding}: id, those words and the English name,
 * title or action), so that typing filters by matching the query's folded words against the keys instead of
 * building every entry again. "dong viet", "Đồng Việt" and "dong-viet" all find cầu Đồng Việt; "bridge" finds
 * it by its English name. Immutable; any thread.
 */
final class RecordEntries {
    /** A record in the list: its ref and the words it is shown by. */
    record Entry(RecordRef ref, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<String> ENGLISH = List.of("nameEn", "titleEn", "actionEn");

    private final Catalogue catalogue;
    private final String type;
    private final List<Entry> entries;
    private final String[] keys;

    private RecordEntries(Catalogue catalogue, String type, List<Entry> entries, String[] keys) {
        this.catalogue = catalogue;
        this.type = type;
        this.entries = entries;
        this.keys = keys;
    }

    static RecordEntries of(Catalogue c, String type) {
        RecordType<Object> rt = RecordTypes.typed(type);
        List<Object> records = rt.all(c);
        List<Entry> entries = new ArrayList<>(records.size());
        String[] keys = new String[records.size()];
        for (int i = 0; i < keys.length; i++) {
            Object r = records.get(i);
            Map<String, JsonNode> f = rt.fields(r);
            Entry e = new Entry(rt.ref(r), rt.id(r) + " — " + RecordsWindow.summary(f));
            StringBuilder key = new StringBuilder(e.label());
            for (String k : ENGLISH) {
                JsonNode v = f.get(k);
                if (v != null && v.isTextual()) {
                    key.append(' ').append(v.asText());
                }
            }
            entries.add(e);
            keys[i] = TextFolding.fold(key.toString());
        }
        return new RecordEntries(c, type, List.copyOf(entries), keys);
    }

    /** Whether these are the entries of {@code c}'s records of {@code type} (the same snapshot, not an equal one). */
    boolean isFor(Catalogue c, String type) {
        return c == catalogue && this.type.equals(type);
    }

    String type() {
        return type;
    }

    /** The entries whose key holds every folded word of {@code query} (all of them for a blank query). */
    List<Entry> matching(String query) {
        String q = TextFolding.fold(query);
        if (q.isEmpty()) {
            return entries;
        }
        String[] words = q.split(" ");
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (holdsAll(keys[i], words)) {
                out.add(entries.get(i));
            }
        }
        return out;
    }

    private static boolean holdsAll(String key, String[] words) {
        for (String w : words) {
            if (!key.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
