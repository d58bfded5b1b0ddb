package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * Puts one record in place of another: a create ({@code before} null), a change, or a delete ({@code after}
 * null). Its inverse is the same command with the two swapped. Immutable; any thread.
 */
final class PutRecordCommand implements Command {
    private final RecordType<Object> type;
    private final String id;
    private final Object before;
    private final Object after;
    private final String description;
    private final int position;

    /**
     * {@code position}: where {@code before} stood in its type's list, so that undoing a delete or a change puts
     * the record back in its place (a change of an event's intervention or an intervention's link moves the
     * record in the list; undo moves it back, so the catalogue is exactly as before); -1 for a create.
     */
    PutRecordCommand(RecordType<Object> type, String id, Object before, Object after, String description, int position) {
        this.position = position;
        this.type = type;
        this.id = id;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Catalogue execute(Catalogue c) {
        return put(c, before, after);
    }

    @Override
    public Catalogue undo(Catalogue c) {
        return put(c, after, before);
    }

    @Override
    public List<RecordRef> touched() {
        return List.of(new RecordRef(type.name(), id));
    }

    Object before() {
        return before;
    }

    Object after() {
        return after;
    }

    private Catalogue put(Catalogue c, Object expected, Object replacement) {
        if (type.name().equals("link") && replacement != null && expected != null) {
            Catalogue fast = LinkRecords.replaceInPlace(c, id, expected, replacement, position);
            if (fast != null) {
                return fast;
            }
        }
        List<Object> records = type.all(c);
        int at = position >= 0 && position < records.size() && type.id(records.get(position)).equals(id) ? position : -1;
        for (int i = 0; at < 0 && i < records.size(); i++) {
            if (type.id(records.get(i)).equals(id)) {
                at = i;
            }
        }
        Object current = at < 0 ? null : records.get(at);
        if (!Objects.equals(current, expected)) {
            throw new IllegalStateException(type.name() + " " + id + " is no longer what this edit was made against");
        }
        List<Object> out = new ArrayList<>(records);
        if (replacement == null) {
            out.remove(at);
        } else if (at < 0) {
            out.add(position >= 0 && position <= out.size() ? position : out.size(), replacement);
        } else if (replacement == before && position >= 0 && position != at) {
            out.remove(at);
            out.add(Math.min(position, out.size()), replacement);
        } else {
            out.set(at, replacement);
        }
        return type.with(c, out);
    }
}
