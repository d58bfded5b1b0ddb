package org.linkatlas.map;

import javafx.scene.input.KeyCode;

/**
 * An editing tool that takes the map's mouse and keys (drawing, moving vertices). Each method says whether it
 * used the event: a used press or drag does not pan the map, a used click does not select a link. JavaFX thread
 * only.
 */
public interface MapTool {
    boolean pressed(MapPointer p);

    boolean dragged(MapPointer p);

    boolean released(MapPointer p);

    void moved(MapPointer p);

    boolean clicked(MapPointer p);

    /** Enter, Escape, Delete, … while the map has the focus. */
    boolean key(KeyCode code);
}
