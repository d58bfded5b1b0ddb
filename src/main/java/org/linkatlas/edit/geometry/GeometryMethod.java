package org.linkatlas.edit.geometry;

import java.util.Locale;
import org.linkatlas.model.Accuracy;

/**
 * How a drawn or reshaped geometry was obtained (issue 14). The store keeps three accuracy classes
 * ({@link Accuracy}), which the map style follows; the method is finer and is recorded as the first words of the
 * link's coordinate source in both languages (decision 0014), so no table changes. Pure; any thread.
 */
public enum GeometryMethod {
    SURVEYED(Accuracy.LOCATED, "đo đạc thực địa", "surveyed"),
    TRACED(Accuracy.LOCATED, "vẽ theo bản đồ hoặc ảnh", "traced from a map or imagery"),
    APPROXIMATE(Accuracy.APPROXIMATE, "ước lượng", "approximate"),
    SCHEMATIC(Accuracy.SCHEMATIC, "sơ đồ", "schematic");

    private final Accuracy stored;
    private final String vi;
    private final String en;

    GeometryMethod(Accuracy stored, String vi, String en) {
        this.stored = stored;
        this.vi = vi;
        this.en = en;
    }

    /** The accuracy class the store, the map style and routing use. */
    public Accuracy stored() {
        return stored;
    }

    /** The words that open the coordinate source in Vietnamese. */
    public String wordsVi() {
        return vi;
    }

    /** The words that open the coordinate source in English. */
    public String wordsEn() {
        return en;
    }

    /** The code for files and message keys ("surveyed", "traced", …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
