package org.linkatlas.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;
import org.linkatlas.testing.WindowFixture;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exchange by file from the File menu, in the real window under Monocle: one office records cầu Đồng Việt opened,
 * saves and exports its changes; a second atlas (a fresh user folder) imports the file and the bridge's OVERDUE
 * badge goes; importing the same file again applies nothing ("already here").
 */
class ChangeFilesWindowTest extends EditWindowCase {
    private String outcome() throws Exception {
        w.waitFor("#changes-outcome");
        DialogPane p = w.robot.lookup("#changes-outcome").queryAs(DialogPane.class);
        String header = EditWindow.fx(p::getHeaderText);
        w.robot.interact(() -> ((Stage) p.getScene().getWindow()).close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !w.present("#changes-outcome"));
        return header;
    }

    private void fileDialog(String menuId, Path file) throws Exception {
        w.choose(menuId);
        w.waitFor("#changes-file");
        w.robot.interact(() -> w.robot.lookup("#changes-file").queryAs(TextField.class).setText(file.toString()));
        w.press("#changes-ok");
    }

    @Test
    void exportFromOneAtlasImportIntoAnotherTwice() throws Exception {
        Messages en = new Messages(Locale.ENGLISH);
        Path file = dir.resolve("changes.json");
        w.open(primary);
        Link bridge = w.select("cau-dong-viet");
        w.recordProgressWithTheLinksOwnQuote(bridge);
        w.saveWithComment("cầu Đồng Việt opened");
        fileDialog("menu-export-changes", file);
        assertEquals(en.get("changes.exported", 1, "changes.json"), outcome());
        assertTrue(Files.size(file) > 0);
        WindowFixture.close(w.app);

        WindowFixture.open(dir.resolve("second-office"));
        primary = FxToolkit.registerPrimaryStage();
        w = new EditWindow();
        w.open(primary);
        w.select("cau-dong-viet");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() > 0);
        fileDialog("menu-import-changes", file);
        assertEquals(en.get("changes.imported", 1, 0, 0), outcome());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.overdueBadges() == 0);
        fileDialog("menu-import-changes", file);
        assertEquals(en.get("changes.imported", 0, 1, 0), outcome(), "a second import changes nothing");
        assertEquals(0, w.overdueBadges());
    }

    @Test
    void changesImportedWhileTheHistoryViewIsOpenShowInIt() throws Exception {
        Path file = dir.resolve("changes.json");
        w.open(primary);
        w.recordProgressWithTheLinksOwnQuote(w.select("cau-dong-viet"));
        w.saveWithComment("cầu Đồng Việt opened");
        fileDialog("menu-export-changes", file);
        outcome();
        WindowFixture.close(w.app);

        WindowFixture.open(dir.resolve("second-office"));
        primary = FxToolkit.registerPrimaryStage();
        w = new EditWindow();
        w.open(primary);
        w.choose("menu-edit-history");
        w.waitFor("#history-changesets");
        TableView<?> history = w.robot.lookup("#history-changesets").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) EditWindow.fx(() -> history.getItems().size()), "nothing in this atlas's log yet");
        fileDialog("menu-import-changes", file);
        outcome();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> EditWindow.fx(() -> history.getItems().size()) == 1);
    }
}
