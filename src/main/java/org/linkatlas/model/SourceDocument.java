package org.linkatlas.model;

import java.time.LocalDate;

/**
 * An article a user imported as a new source: its text (as taken from the paste, text, HTML or PDF), what it
 * is, and the SHA-256 of the text. Its {@code id} is what {@link Source#seed()} names when a record quotes it.
 */
public record SourceDocument(String id, String title, String publisher, String date, String url,
                             LocalDate retrieved, String mediaType, String sha256, String text) {
}
