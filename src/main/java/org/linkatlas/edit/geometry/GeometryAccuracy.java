package org.linkatlas.edit.geometry;

import java.util.Optional;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;

/**
 * What every drawn or reshaped geometry says about itself: how it was obtained and how far off it may be (km),
 * with an optional note (which map, which survey). It is written into the link's own fields: the accuracy class,
 * {@code accuracyKm}, and the coordinate source, whose text opens with the method's words in each language
 * ("traced from a map or imagery — QGIS over the 2024 orthophoto"), so {@link #of} reads it back. Immutable; any
 * thread.
 *
 * @param note the user's words on the source, or {@code null}
 */
public record GeometryAccuracy(GeometryMethod method, double uncertaintyKm, LocalText note) {
    /** More than the region is wide: a figure this large is a typing error, not an uncertainty. */
    public static final double MAX_UNCERTAINTY_KM = 500;
    static final String SEPARATOR = " — ";

    public GeometryAccuracy {
        if (method == null) {
            throw new IllegalArgumentException("say how the geometry was obtained (surveyed, traced, approximate or schematic)");
        }
        if (!Double.isFinite(uncertaintyKm) || uncertaintyKm < 0 || uncertaintyKm > MAX_UNCERTAINTY_KM) {
            throw new IllegalArgumentException("the uncertainty must be a number of km from 0 to " + (int) MAX_UNCERTAINTY_KM
                    + ", not " + uncertaintyKm);
        }
    }

    public GeometryAccuracy(GeometryMethod method, double uncertaintyKm) {
        this(method, uncertaintyKm, null);
    }

    /** The coordinate source as stored: the method's words, then the note's. */
    public LocalText coordSource() {
        String vi = method.wordsVi();
        String en = method.wordsEn();
        if (note != null) {
            vi += SEPARATOR + note.in("vi");
            en += SEPARATOR + note.in("en");
        }
        return LocalText.of(vi, en);
    }

    /**
     * The accuracy a link's fields state, when its coordinate source opens with a method's words (as every
     * geometry drawn in the atlas does); empty for a link without geometry or whose source says no method
     * (the catalogue's own links: their coordinate source is prose).
     */
    public static Optional<GeometryAccuracy> of(Link l) {
        if (l.geometry() == null || l.accuracy() == null || l.coordSourceText() == null) {
            return Optional.empty();
        }
        String en = l.coordSourceText().en();
        String vi = l.coordSourceText().vi();
        for (GeometryMethod m : GeometryMethod.values()) {
            if (m.stored() == l.accuracy() && opens(en, m.wordsEn()) && opens(vi, m.wordsVi())) {
                String noteEn = rest(en, m.wordsEn());
                String noteVi = rest(vi, m.wordsVi());
                LocalText note = noteEn == null && noteVi == null ? null : LocalText.of(noteVi, noteEn);
                if (!Double.isFinite(l.accuracyKm()) || l.accuracyKm() < 0 || l.accuracyKm() > MAX_UNCERTAINTY_KM) {
                    return Optional.empty();
                }
                return Optional.of(new GeometryAccuracy(m, l.accuracyKm(), note));
            }
        }
        return Optional.empty();
    }

    private static boolean opens(String text, String words) {
        return text != null && (text.equals(words) || text.startsWith(words + SEPARATOR));
    }

    private static String rest(String text, String words) {
        return text.length() > words.length() ? text.substring(words.length() + SEPARATOR.length()) : null;
    }
}
