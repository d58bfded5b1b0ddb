package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.App;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.model.Link;
import org.linkatlas.testing.Fixtures;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window under Monocle, on a store built from the real catalogue into a temporary user folder. */
class AppWindowTest {
    @TempDir
    Path dir;
    Path home;
    final FxRobot robot = new FxRobot();
    javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        home = dir.resolve("home");
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", home.toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.bundledStore");
        System.clearProperty("linkatlas.home");
    }

    @Test
    void theWindowShowsTheStoreAndTheCommitmentsBehindABridge() throws Exception {
        app = FxToolkit.setupApplication(App.class);
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        String header = robot.lookup("#header").queryAs(Label.class).getText();
        assertTrue(header.matches("Link Atlas — \\d+ links, \\d+ agreements, \\d+ commitments, from 5 source articles"), header);
        assertTrue(Files.exists(home.resolve("link-atlas.sqlite")), "the user's copy was made");

        Link dongViet = table.getItems().stream().filter(l -> l.nameVi().contains("Đồng Việt")).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(dongViet));
        robot.clickOn(robot.lookup(".table-cell").match((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && dongViet.nameVi().equals(c.getItem())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(dongViet.nameVi(), robot.lookup("#details-title").queryAs(Label.class).getText());
        String commitments = robot.lookup("#commitments-title").queryAs(Label.class).getText();
        assertTrue(commitments.matches("Commitments \\(([1-9]\\d*)\\)"), commitments);
        var quotes = robot.lookup(".commitment-quote").queryAllAs(Label.class);
        assertTrue(!quotes.isEmpty());
        assertTrue(quotes.stream().anyMatch(q -> q.getText().contains("Đồng Việt")), "a quote names the bridge");
    }

    @Test
    void aDamagedStoreIsReportedAndRestoredKeepingTheDamagedFile() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("link-atlas.sqlite"), "scrambled by a failing disk");
        app = FxToolkit.setupApplication(App.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Restore the bundled store").tryQuery().isPresent());
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("not a SQLite database")).tryQuery().isPresent(), "the reason is shown");
        robot.clickOn("Restore the bundled store");
        TableView<Link> table = robot.lookup("#links").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        try (Stream<Path> files = Files.list(home)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("link-atlas.sqlite.damaged-"))
                    .findFirst().orElseThrow();
            assertEquals("scrambled by a failing disk", Files.readString(aside));
        }
    }

}
