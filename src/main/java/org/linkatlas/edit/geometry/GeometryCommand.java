package org.linkatlas.edit.geometry;

import java.util.List;
import org.linkatlas.edit.Command;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * A geometry edit as one undo step under its own name ("move vertex 3 of link cau-x"): the record change (or
 * changes, for a split) it stands for does the work. Immutable; any thread.
 */
final class GeometryCommand implements Command {
    private final String description;
    private final Command inner;

    GeometryCommand(String description, Command inner) {
        this.description = description;
        this.inner = inner;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Catalogue execute(Catalogue before) {
        return inner.execute(before);
    }

    @Override
    public Catalogue undo(Catalogue after) {
        return inner.undo(after);
    }

    @Override
    public List<RecordRef> touched() {
        return inner.touched();
    }
}
