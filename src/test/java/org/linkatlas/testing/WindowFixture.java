package org.linkatlas.testing;

import java.nio.file.Path;
import javafx.application.Application;
import org.linkatlas.catalogue.StoreBuilder;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A fresh atlas for a test of the real window: the bundled store built from data/ into the test's own folder,
 * a user folder beside it (not created: a first start makes it), the two properties the app reads them from, and
 * TestFX's primary stage. {@link #close} undoes all of it. The test's thread.
 */
public final class WindowFixture {
    private WindowFixture() {
    }

    /** Builds {@code dir/bundle/link-atlas.sqlite}, points the app at it and at {@code dir/home}; returns the store. */
    public static Path open(Path dir) throws Exception {
        Path bundled = dir.resolve("bundle").resolve("link-atlas.sqlite");
        new StoreBuilder().build(Fixtures.dataDir(), Fixtures.seedsDir(), bundled);
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", home(dir).toString());
        FxToolkit.registerPrimaryStage();
        return bundled;
    }

    /**
     * Starts the window as TestFX does and waits until its side panels and the features' controls are in: a
     * start shows the map first and builds them right after the first frame (decision 0019).
     */
    public static Application start(Class<? extends Application> app) throws Exception {
        return awaitPanels(FxToolkit.setupApplication(app));
    }

    /** {@link #start(Class)} with command-line arguments, as {@code Application.launch} passes them. */
    public static Application start(Class<? extends Application> app, String... args) throws Exception {
        return awaitPanels(FxToolkit.setupApplication(app, args));
    }

    /** {@link #start(Class)} for an app made by {@code app}. */
    public static Application start(java.util.function.Supplier<Application> app) throws Exception {
        return awaitPanels(FxToolkit.setupApplication(app));
    }

    private static Application awaitPanels(Application app) throws Exception {
        FxRobot robot = new FxThreadRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#links").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** The user folder {@link #open} points the app at. */
    public static Path home(Path dir) {
        return dir.resolve("home");
    }

    /** Stops the app (when one was started) and its stages, and forgets the two properties. */
    public static void close(Application app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("linkatlas.bundledStore");
        System.clearProperty("linkatlas.home");
    }
}
