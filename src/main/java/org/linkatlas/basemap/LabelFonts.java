package org.linkatlas.basemap;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.Locale;
import java.util.Map;

/**
 * The label typeface: DejaVu Sans where it is installed (it has every Vietnamese letter with its stacked
 * diacritics), otherwise Java's logical SansSerif, which maps to a system font that does (DejaVu on Linux,
 * Arial or Segoe on Windows). Immutable; any thread.
 */
final class LabelFonts {
    /** Letters with stacked diacritics and đ: if a font shows these, it shows any Vietnamese name. */
    static final String VIETNAMESE_SAMPLE = "ẮẰẲẴẶắằẳẵặẤẦẨẪẬấầẩẫậẾỀỂỄỆếềểễệỐỒỔỖỘốồổỗộỚỜỞỠỢớờởỡợỨỪỬỮỰứừửữựỲỸỶỴỳỹỷỵĐđƠơƯư";
    private final Font plain;
    private final Font bold;

    LabelFonts() {
        Font base = new Font("DejaVu Sans", Font.PLAIN, 12);
        if (!"DejaVu Sans".equals(base.getFamily(Locale.ROOT)) || base.canDisplayUpTo(VIETNAMESE_SAMPLE) >= 0) {
            base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        plain = base;
        bold = base.deriveFont(Font.BOLD);
    }

    Font plain(double size) {
        return plain.deriveFont((float) size);
    }

    Font bold(double size) {
        return bold.deriveFont((float) size);
    }

    /** Spaced-out letters, for area names (provinces), as on printed maps. */
    Font spaced(double size) {
        return plain.deriveFont((float) size).deriveFont(Map.of(TextAttribute.TRACKING, 0.06f));
    }

    String family() {
        return plain.getFamily(Locale.ROOT);
    }

    boolean canDisplay(String text) {
        return plain.canDisplayUpTo(text) < 0 && bold.canDisplayUpTo(text) < 0;
    }
}
