package org.linkatlas.model;

/** Names one editable record: its type ("link", "agreement", …) and its stable id. */
public record RecordRef(String type, String id) {
    @Override
    public String toString() {
        return type + " " + id;
    }
}
