package org.linkatlas.ui.edit;

import org.linkatlas.testing.WindowFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.linkatlas.App;
import org.linkatlas.model.Link;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Seed;
import org.linkatlas.testing.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The steps the editing window tests share, done as a user does them in the real window: open the atlas, select a
 * link, choose a menu item (found by its id, or by its text), record progress through the dialog, take a picture.
 * The test's thread; every look-up runs on the JavaFX thread ({@link FxThreadRobot}).
 */
final class EditWindow {
    final FxRobot robot = new FxThreadRobot();
    Application app;
    Stage stage;

    /** Starts the window on the store the fixture prepared and waits for its links. */
    TableView<Link> open(Stage primary) throws Exception {
        stage = primary;
        app = WindowFixture.start(App.class);
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx(() -> table.getItems().isEmpty()));
        return table;
    }

    /** As {@link #open(Stage)}, with save dialogs that answer from {@code dialogs} (none opens headless). */
    TableView<Link> open(Stage primary, org.linkatlas.ui.FileDialogs dialogs) throws Exception {
        stage = primary;
        app = WindowFixture.start(() -> new App(dialogs));
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx(() -> table.getItems().isEmpty()));
        return table;
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    Link select(String id) throws Exception {
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fx(() -> table.getItems().isEmpty()));
        Link link = fx(() -> table.getItems().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow());
        robot.interact(() -> table.getSelectionModel().select(link));
        return link;
    }

    /** The menu item with this id, or (when {@code byText}) with this text. */
    MenuItem item(String idOrText, boolean byText) throws Exception {
        return fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (Menu m : bar.getMenus()) {
                for (MenuItem i : m.getItems()) {
                    if (idOrText.equals(byText ? i.getText() : i.getId())) {
                        return i;
                    }
                }
            }
            throw new AssertionError("no menu item " + idOrText);
        });
    }

    MenuItem item(String id) throws Exception {
        return item(id, false);
    }

    void choose(String id) throws Exception {
        fire(item(id));
    }

    void fire(MenuItem i) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(i::isDisable));
        WaitForAsyncUtils.asyncFx(i::fire); // not interact: a dialog's showAndWait would hold it
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean present(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> present(query));
    }

    /** Clicks a dialog's button by its id; the click is fired, not waited on (a dialog may open another). */
    void press(String buttonId) throws Exception {
        waitFor(buttonId);
        javafx.scene.control.Button b = robot.lookup(buttonId).queryAs(javafx.scene.control.Button.class);
        WaitForAsyncUtils.asyncFx(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Edit → Record progress… on the selected link: its first intervention reached DONE on 2024-08-25, with the
     * quote of the link's own first event (a quote verbatim in a seed of the catalogue).
     */
    void recordProgressWithTheLinksOwnQuote(Link link) throws Exception {
        recordProgressWithTheLinksOwnQuote(link, "25/8/2024", "2024-08-25");
    }

    /** As {@link #recordProgressWithTheLinksOwnQuote(Link)}, on the day given (the source's words and the value). */
    void recordProgressWithTheLinksOwnQuote(Link link, String dayText, String dayValue) throws Exception {
        ProgressEvent known = link.interventions().get(0).events().get(0);
        choose("menu-edit-progress");
        waitFor("#progress-quote");
        ComboBox<Seed> source = robot.lookup("#progress-source").queryComboBox();
        robot.interact(() -> {
            source.getSelectionModel().select(source.getItems().stream()
                    .filter(s -> s.fileName().equals(known.source().seed())).findFirst().orElseThrow());
            robot.lookup("#progress-date-text").queryAs(TextField.class).setText(dayText);
            robot.lookup("#progress-date-value").queryAs(TextField.class).setText(dayValue);
            robot.lookup("#progress-quote").queryAs(TextArea.class).setText(known.source().quote());
        });
        press("#progress-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> item("menu-edit-save").isDisable()));
    }

    /** The whole scene as a PNG in target/screenshots (copied into docs/ by hand). */
    static void snapshot(Node node, String name) throws Exception {
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        var image = fx(() -> node.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    /** A dialog's own window as a PNG (a dialog is a window of its own). */
    static void snapshotDialog(Node inDialog, String name) throws Exception {
        snapshot(inDialog, name);
    }

    /** Edit → Save with a comment…, typed into its dialog; waits until the save is done. */
    void saveWithComment(String comment) throws Exception {
        choose("menu-edit-save-comment");
        waitFor("#edit-comment");
        robot.interact(() -> robot.lookup("#edit-comment").queryAs(TextField.class).setText(comment));
        javafx.scene.control.DialogPane pane = robot.lookup("#edit-comment-dialog").queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.control.Button ok = fx(() -> (javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.asyncFx(ok::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> item("menu-edit-save").isDisable() && !item("menu-edit-undo").isDisable()));
    }

    long overdueBadges() throws Exception {
        return fx(() -> robot.lookup(".commitment-overdue").queryAll().stream().filter(Node::isVisible).count());
    }
}
