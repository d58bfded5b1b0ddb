package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/** Several commands as one undo step (JOSM's SequenceCommand): done in order, undone in reverse. Immutable. */
public final class SequenceCommand implements Command {
    private final String description;
    private final List<Command> steps;

    public SequenceCommand(String description, List<Command> steps) {
        this.description = description;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Catalogue execute(Catalogue c) {
        Catalogue out = c;
        for (Command s : steps) {
            out = s.execute(out);
        }
        return out;
    }

    @Override
    public Catalogue undo(Catalogue c) {
        Catalogue out = c;
        for (int i = steps.size() - 1; i >= 0; i--) {
            out = steps.get(i).undo(out);
        }
        return out;
    }

    @Override
    public List<RecordRef> touched() {
        LinkedHashSet<RecordRef> refs = new LinkedHashSet<>();
        steps.forEach(s -> refs.addAll(s.touched()));
        return new ArrayList<>(refs);
    }
}
