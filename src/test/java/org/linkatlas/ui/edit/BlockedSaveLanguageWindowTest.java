package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A save blocked by a validation error, in the real window under Monocle: progress on cầu Đồng Việt recorded on a
 * day still to come is an error (an event records what happened); the dialog lists it in the window's language:
 * in Vietnamese with no English word of the finding (record type, field, message), in English as the build words
 * it. Pictures of the dialog in both languages go to target/screenshots (copied into docs/ by hand).
 */
class BlockedSaveLanguageWindowTest extends EditWindowCase {
    /** Records progress dated 2099, saves, and returns the findings the blocked-save dialog lists. */
    private String blockedFindings(String screenshot) throws Exception {
        Link bridge = w.select("cau-dong-viet");
        w.recordProgressWithTheLinksOwnQuote(bridge, "1/1/2099", "2099-01-01");
        w.choose("menu-edit-save");
        w.waitFor("#edit-save-findings");
        Label findings = w.robot.lookup("#edit-save-findings").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !EditWindow.fx(findings::getText).isBlank());
        EditWindow.snapshot(findings, screenshot);
        String text = EditWindow.fx(findings::getText);
        w.press("#edit-save-outcome-ok");
        assertFalse(EditWindow.fx(() -> w.item("menu-edit-save").isDisable()), "the session keeps the change");
        return text;
    }

    @Test
    void theFindingsOfABlockedSaveAreInVietnameseInAVietnameseWindow() throws Exception {
        w.open(primary);
        w.robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitForFxEvents();
        String text = blockedFindings("edit-validation-vi.png");
        Messages vi = new Messages(Locale.forLanguageTag("vi"));
        Messages en = new Messages(Locale.ENGLISH);
        assertTrue(text.contains(vi.get("validate.eventInFuture", "2099-01-01")), text);
        assertTrue(text.startsWith(vi.get("history.type.event") + " "), text);
        assertTrue(text.contains(vi.get("field.date")), text);
        for (String english : new String[] {en.get("validate.eventInFuture", "2099-01-01"), "in the future", "event records",
                en.get("history.type.event"), en.get("field.date")}) {
            assertFalse(text.contains(english), "no English (" + english + ") in: " + text);
        }
    }

    @Test
    void theFindingsOfABlockedSaveInAnEnglishWindow() throws Exception {
        w.open(primary);
        String text = blockedFindings("edit-validation-en.png");
        assertTrue(text.contains("the date 2099-01-01 is in the future: an event records what happened"), text);
        assertTrue(text.startsWith(new Messages(Locale.ENGLISH).get("history.type.event") + " ev-"), text);
    }
}
