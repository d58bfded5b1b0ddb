package org.linkatlas.report;

import java.awt.Color;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.LinkStyle;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;

/**
 * The one place where the outputs of issue 11 (print layout, agreement sheets, exports) say how far a link
 * is: its stage as a stable machine code, a label in a language and a colour. Today that is the link's
 * status; when links get interventions with stages and events, only this class changes. Pure; any thread.
 */
public final class LinkStage {
    private LinkStage() {
    }

    /** A stable code for files: "planned", "under_construction", … (never translated). */
    public static String code(Link l) {
        return Codes.of(l.status());
    }

    /** The stage in the messages' language: "Under construction" / "Đang xây dựng". */
    public static String label(Link l, Messages m) {
        return m.get("status." + code(l));
    }

    /** The colour the map draws the link's stage in, for legends. */
    public static Color color(Link l) {
        return LinkStyle.awt(LinkStyle.color(l.status()));
    }

    /** A key that groups links of the same stage in a legend, in the order the stages come. */
    public static int order(Link l) {
        return l.status().ordinal();
    }
}
