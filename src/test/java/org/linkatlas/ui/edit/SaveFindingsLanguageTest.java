package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditValidator;
import org.linkatlas.edit.Edits;
import org.linkatlas.edit.ValidationReport;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;
import org.linkatlas.model.RecordRef;
import org.linkatlas.testing.Fixtures;

/**
 * Issue 11 item 3 for the findings the edit session shares with the catalogue build: a line redrawn as a point in
 * Paris (the wrong shape, outside the region) is listed by the blocked-save dialog's text ({@link SaveFlow#list})
 * in Vietnamese with the box in "kinh độ / vĩ độ" and the kind's label, none of the build's English words
 * ("lon", "lat", "line", "swapped"), over the real catalogue and the real validator.
 */
class SaveFindingsLanguageTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void aLineDrawnAsAPointInParisIsListedInVietnamese() {
        Catalogue real = new CatalogueReader().read(Fixtures.dataDir(), Fixtures.seedsDir());
        EditSession s = new EditSession(real);
        Link line = real.links().stream().filter(l -> l.geometry() != null && !l.kind().isPointLike()).findFirst().orElseThrow();
        s.execute(Edits.changeField(s.current(), new RecordRef("link", line.id()), "geometry", TextNode.valueOf("POINT (2.35 48.85)")));
        ValidationReport report = new EditValidator(CLOCK).validate(s.current(), s.pendingChanges());

        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        String text = SaveFlow.list(report, vi);
        assertTrue(text.contains("(kinh độ 2.35, vĩ độ 48.85)"), text);
        assertTrue(text.contains("phải được vẽ là " + vi.get("valmsg.shape.line") + ", không phải Point"), text);
        assertTrue(text.contains(vi.get("kind." + org.linkatlas.model.Codes.of(line.kind())).toLowerCase(vi.locale())), text);
        for (String english : new String[] {"lon ", "lat ", " line", "swapped", "must be drawn", "!"}) {
            assertFalse(text.contains(english), "no English (" + english + ") in: " + text);
        }
        String en = SaveFlow.list(report, new Messages(Locale.ENGLISH));
        assertTrue(en.contains("must be drawn as a line, not a Point"), en);
        assertTrue(en.contains("geometry (lon 2.35, lat 48.85) lies outside northern Vietnam (lon 104–109.5, lat 19.5–23.5)"), en);
    }
}
