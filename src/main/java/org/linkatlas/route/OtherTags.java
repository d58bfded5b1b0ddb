package org.linkatlas.route;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code other_tags} column GDAL's OSM driver writes (an hstore text: {@code "ref"=>"QL18","bridge"=>"yes"})
 * as a map; backslash escapes inside quotes are honoured. Pure; any thread.
 */
final class OtherTags {
    private OtherTags() {
    }

    static Map<String, String> parse(String s) {
        Map<String, String> out = new HashMap<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        int i = 0;
        int n = s.length();
        String key = null;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    b.append(s.charAt(i++));
                }
                i++;
                if (key == null) {
                    key = b.toString();
                } else {
                    out.put(key, b.toString());
                    key = null;
                }
            } else {
                i++;
            }
        }
        return out;
    }
}
