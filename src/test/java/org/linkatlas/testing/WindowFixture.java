package org.linkatlas.testing;

import java.nio.file.Path;
import javafx.application.Application;
import org.linkatlas.catalogue.StoreBuilder;
import org.testfx.api.FxToolkit;

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
