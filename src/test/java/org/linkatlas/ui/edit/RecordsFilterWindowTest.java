package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing in Edit → Records…'s filter, in the real window under Monocle, in both languages: the Vietnamese words
 * with or without their marks, in capitals, with đ written d, or the link's English name, all find cầu Đồng Việt
 * (data/catalogue/003_…json), every entry listed holds the words typed, and words no record holds list nothing.
 */
class RecordsFilterWindowTest extends EditWindowCase {
    private static final String BRIDGE = "cau-dong-viet — Cầu Đồng Việt";

    @SuppressWarnings("unchecked")
    private List<String> listedAfterTyping(String text) throws Exception {
        w.robot.interact(() -> w.robot.lookup("#records-filter").queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Object> l = w.robot.lookup("#records-list").queryAs(ListView.class);
        return EditWindow.fx(() -> l.getItems().stream().map(Object::toString).toList());
    }

    /** Lower case without marks, đ as d: how the test itself reads a label. */
    private static String plain(String s) {
        return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private void typingFinds() throws Exception {
        w.choose("menu-edit-records");
        w.waitFor("#records-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> listedAfterTyping("").size() > 0); // built off the FX thread
        int all = listedAfterTyping("").size();
        assertTrue(all > 50, "every link listed at first: " + all);
        for (String typed : List.of("Đồng Việt", "dong viet", "ĐỒNG VIỆT", "dong-viet", "cầu đồng", "Dong Viet bridge", "Đồng Việt bridge")) {
            List<String> listed = listedAfterTyping(typed);
            assertTrue(listed.contains(BRIDGE), typed + " finds the bridge: " + listed);
            assertTrue(listed.size() < all, typed + " filters: " + listed.size() + " of " + all);
            if (!typed.contains("bridge")) { // the English name is matched but not shown
                for (String l : listed) {
                    assertTrue(plain(l).contains("dong"), typed + " lists only entries holding it: " + l);
                }
            }
        }
        assertEquals(List.of(), listedAfterTyping("đồng việt zzqx"), "a word no record holds");
        assertEquals(all, listedAfterTyping("  ").size(), "blank lists everything again");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLinkSelectedInTheWindowIsSelectedInTheList() throws Exception {
        w.open(primary);
        w.select("cau-dong-viet");
        w.choose("menu-edit-records");
        w.waitFor("#records-list");
        ListView<Object> l = w.robot.lookup("#records-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> BRIDGE.equals(EditWindow.fx(() ->
                String.valueOf(l.getSelectionModel().getSelectedItem()))));
        assertTrue(listedAfterTyping("cau").contains(BRIDGE));
        assertEquals(BRIDGE, EditWindow.fx(() -> String.valueOf(l.getSelectionModel().getSelectedItem())),
                "the selection stays while typing");
    }

    @Test
    void typingFiltersInAnEnglishWindow() throws Exception {
        w.open(primary);
        typingFinds();
    }

    @Test
    void typingFiltersInAVietnameseWindow() throws Exception {
        w.open(primary);
        w.robot.clickOn("#menu-language").clickOn("Tiếng Việt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditWindow.fx(() -> w.item("menu-edit-records").getText())
                .equals(new org.linkatlas.i18n.Messages(Locale.forLanguageTag("vi")).get("menu.edit.records")));
        typingFinds();
    }
}
