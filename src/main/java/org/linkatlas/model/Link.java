package org.linkatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A piece of connective infrastructure: a road, bridge, railway, port, … with its physical state, the changes
 * promised for it ({@link Intervention}s with their progress), the places and provinces it touches, the figures
 * the text states, and its geometry with its accuracy (decision 0006). A link whose place the text does not
 * give has no geometry and no accuracy ({@link #located()} is false): it is listed and found, never drawn.
 * Immutable; any thread.
 */
public record Link(String id, String nameVi, String nameEn, LinkKind kind, RoadClass roadClass, PhysicalState state,
                   LocalText stateNote, List<String> placeIds, List<String> provinces, Double lengthKm,
                   Double costBillionVnd, LocalText figuresNote, FuzzyDate target, List<String> agreementIds,
                   Geometry geometry, Accuracy accuracy, double accuracyKm, LocalText coordSourceText,
                   List<Source> sources, List<LocalText> uncertaintyTexts, List<Intervention> interventions) {
    public Link {
        Objects.requireNonNull(state, "state");
        placeIds = List.copyOf(placeIds);
        provinces = List.copyOf(provinces);
        agreementIds = List.copyOf(agreementIds);
        sources = List.copyOf(sources);
        uncertaintyTexts = List.copyOf(uncertaintyTexts);
        interventions = List.copyOf(interventions);
        if ((geometry == null) != (accuracy == null)) {
            throw new IllegalArgumentException("link " + id + ": a geometry needs an accuracy, and no geometry none");
        }
    }

    /**
     * The shape of version 2 (one status, English notes), for code written against it: the status becomes a
     * physical state and, where it promised a change, one intervention at the stage the status implied, so
     * {@link #status()} gives the same status back.
     */
    public Link(String id, String nameVi, String nameEn, LinkKind kind, RoadClass roadClass, LinkStatus status,
                String statusNote, List<String> placeIds, List<String> provinces, Double lengthKm,
                Double costBillionVnd, String figuresNote, FuzzyDate target, List<String> agreementIds,
                Geometry geometry, Accuracy accuracy, double accuracyKm, String coordSource,
                List<Source> sources, List<String> uncertainties) {
        this(id, nameVi, nameEn, kind, roadClass, LegacyStatus.state(status), LocalText.english(statusNote), placeIds,
                provinces, lengthKm, costBillionVnd, LocalText.english(figuresNote), target, agreementIds, geometry,
                accuracy, accuracyKm, LocalText.english(coordSource), sources,
                uncertainties.stream().map(LocalText::english).toList(),
                LegacyStatus.interventions(id, status, sources));
    }

    /** Whether the text gives the link a place (it then has a geometry). */
    public boolean located() {
        return geometry != null;
    }

    /**
     * One word for maps, filters, routing and tables, derived from the physical state and the interventions:
     * not built and only asked for is {@code PROPOSED}; agreed or planned is {@code PLANNED}; an existing link
     * whose upgrade is merely requested stays {@code EXISTING} (the request shows in its lifecycle).
     */
    public LinkStatus status() {
        return DisplayStatus.of(this);
    }

    /** The state note in English (or Vietnamese when no English exists), for code written against version 2. */
    public String statusNote() {
        return stateNote == null ? null : stateNote.in("en");
    }

    public String figuresNoteText() {
        return figuresNote == null ? null : figuresNote.in("en");
    }

    public String coordSource() {
        return coordSourceText == null ? null : coordSourceText.in("en");
    }

    /** Uncertainties in English, for code written against version 2; the window uses {@link #uncertaintyTexts()}. */
    public List<String> uncertainties() {
        List<String> out = new ArrayList<>();
        uncertaintyTexts.forEach(u -> out.add(u.in("en")));
        return out;
    }
}
