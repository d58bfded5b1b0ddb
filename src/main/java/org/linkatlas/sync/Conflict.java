package org.linkatlas.sync;

import java.util.Map;
import java.util.UUID;

/**
 * A change of mine the server refused because another planner changed the record first: for each field, what it
 * was when I edited it, what I made it, and what the server holds now — the three values a "keep mine / take
 * theirs" choice needs (Kart's three-way view). Immutable.
 *
 * @param serverVersion the record's version on the server now; 0 when it is gone there
 */
public record Conflict(UUID changeset, String table, String recordId, Map<String, Object> ancestor,
                       Map<String, Object> mine, Map<String, Object> theirs, long serverVersion) {
}
