package org.linkatlas.ui.edit;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.WindowFixture;

/**
 * What every editing window test starts from: a fresh atlas (its own user folder in {@code dir}, the bundled store
 * built there) under Monocle, the primary stage to open the window in, and {@link EditWindow} to drive it; the
 * window closed and the default language put back after each test. Test thread; EditWindow does its look-ups on
 * the JavaFX thread.
 */
abstract class EditWindowCase {
    @TempDir
    Path dir;
    EditWindow w = new EditWindow();
    Path bundled;
    Stage primary;

    @BeforeEach
    void openTheAtlas() throws Exception {
        bundled = WindowFixture.open(dir);
        primary = org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheAtlas() throws Exception {
        WindowFixture.close(w.app);
        Locale.setDefault(Locale.ENGLISH);
    }
}
