package org.linkatlas.model;

/**
 * One field's old and new value, each as canonical JSON text ("null" for none). For a created record the old
 * value is "null", for a deleted one the new value is.
 */
public record FieldChange(String field, String oldJson, String newJson) {
}
