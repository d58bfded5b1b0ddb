package org.linkatlas.model;

/** One source article, kept whole so that every quote can be checked against it and shown in context. */
public record Seed(String fileName, String sha256, String text) {
}
