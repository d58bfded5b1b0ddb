package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.AppPaths;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.tiles.OfflineTileSource;
import org.linkatlas.map.tiles.RenderedTileCache;
import org.linkatlas.testing.MbtilesFixtures;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Basemap → MBTiles file… asks through the window's {@link FileDialogs}, with the MBTiles filter: the file chosen
 * (the GDAL-made fixture) becomes the basemap and is remembered; a cancelled dialog changes nothing and rebuilds
 * the menu's tick. Test thread; the choice runs on the JavaFX thread (Monocle).
 */
class BasemapChoiceTest {
    @TempDir
    Path dir;
    private BasemapService basemaps;

    /** What the dialog was asked: title, filter name and patterns. */
    private final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private BasemapChoice choice(Path answer, Settings settings, AtomicInteger rebuilds) {
        basemaps = new BasemapService(new RenderedTileCache(new OfflineTileSource(AppPaths.basemapDir()),
                dir.resolve("cache"), "test"), () -> null);
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Path save(javafx.stage.Window owner, String title, String initialName, String filterName, String... patterns) {
                throw new AssertionError("no save here");
            }

            @Override
            public Path open(javafx.stage.Window owner, String title, String filterName, String... patterns) {
                asked.add(title + " | " + filterName + " " + String.join(" ", patterns));
                return answer;
            }
        };
        return new BasemapChoice(basemaps, settings, null, () -> new Messages(Locale.ENGLISH), (k, a) -> { },
                rebuilds::incrementAndGet, dialogs);
    }

    @Test
    void theChosenFileBecomesTheBasemapAndIsRemembered() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path file = MbtilesFixtures.gdalFile(dir);
        Settings settings = new Settings(dir);
        AtomicInteger rebuilds = new AtomicInteger();
        BasemapChoice c = choice(file, settings, rebuilds);
        WaitForAsyncUtils.asyncFx(() -> c.use(BasemapService.Kind.MBTILES)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rebuilds.get() == 1);
        assertEquals(List.of("MBTiles file… | MBTiles *.mbtiles"), asked);
        assertEquals(BasemapService.Kind.MBTILES, basemaps.kind());
        assertEquals(file.toAbsolutePath().toString(), settings.text("basemap.mbtiles", null));
        assertEquals("MBTILES", settings.text("basemap", null));
    }

    @Test
    void aCancelledDialogChangesNothing() throws Exception {
        FxToolkit.registerPrimaryStage();
        Settings settings = new Settings(dir);
        AtomicInteger rebuilds = new AtomicInteger();
        BasemapChoice c = choice(null, settings, rebuilds);
        WaitForAsyncUtils.asyncFx(() -> c.use(BasemapService.Kind.MBTILES)).get(10, TimeUnit.SECONDS);
        assertEquals(1, rebuilds.get(), "the menu's tick put back");
        assertEquals(BasemapService.Kind.OFFLINE, basemaps.kind());
        assertNull(settings.text("basemap.mbtiles", null));
        assertEquals(1, asked.size());
    }
}
