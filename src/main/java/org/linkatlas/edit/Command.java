package org.linkatlas.edit;

import java.util.List;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.RecordRef;

/**
 * One edit, as JOSM models it: it knows how to do itself and how to undo itself. Here both work on immutable
 * snapshots, so {@code undo(execute(c))} gives back a catalogue whose records equal those of {@code c}. A
 * command is immutable; any thread.
 */
public interface Command {
    /** A short plain description for menus and logs, e.g. "change link ql10: nameEn". */
    String description();

    /** @throws IllegalStateException when the snapshot no longer holds what the command was made against */
    Catalogue execute(Catalogue before);

    Catalogue undo(Catalogue after);

    /** The records this command changes. */
    List<RecordRef> touched();
}
