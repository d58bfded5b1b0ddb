package org.linkatlas.model;

/** A citation: the seed file and the verbatim words of it that support a record. */
public record Source(String seed, String quote) {
}
