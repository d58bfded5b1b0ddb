package org.linkatlas.model;

import java.util.Objects;

/**
 * Something that happened to an intervention, as a source reports it: it reached a stage (requested, agreed,
 * done, …) or was reported slow, with a date as vague as the source, the source's words and a note.
 *
 * @param id    stable, e.g. {@code ev-cau-lai-xuan-slow}
 * @param note  what the event means, both languages, or {@code null}
 */
public record ProgressEvent(String id, FuzzyDate date, Stage stage, Source source, LocalText note) {
    public ProgressEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(source, "source");
    }
}
