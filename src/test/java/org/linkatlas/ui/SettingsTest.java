package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void windowAndMapAreRememberedBetweenRuns() throws Exception {
        Settings s = new Settings(dir.resolve("home")).load();
        s.put("map.zoom", 11.5);
        s.put("language", "vi");
        s.save();
        Settings again = new Settings(dir.resolve("home")).load();
        assertEquals(11.5, again.number("map.zoom", 9), 1e-9);
        assertEquals("vi", again.text("language", "en"));
    }

    @Test
    void aDamagedOrOddFileMeansDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "map.zoom=banana\nmap.lat=NaN\nwindow.x=\\u00");
        Settings s = new Settings(dir).load();
        assertEquals(9, s.number("map.zoom", 9), 1e-9);
        assertEquals(21.25, s.number("map.lat", 21.25), 1e-9);
        assertEquals(0, s.number("window.x", 0), 1e-9);
    }

    @Test
    void twoWindowsOnOneFolderKeepEachOthersKeys() throws Exception {
        Path home = dir.resolve("home");
        Settings first = new Settings(home).load();
        Settings second = new Settings(home).load(); // opened before the first wrote anything
        first.put("language", "vi");
        first.put("map.zoom", 12);
        first.save();
        second.put("window.width", 1200);
        second.put("map.zoom", 8);
        second.save(); // the one that quits last
        Settings again = new Settings(home).load();
        assertEquals("vi", again.text("language", "none"), "the first window's language survives the second's save");
        assertEquals(1200, again.number("window.width", 0), 1e-9);
        assertEquals(8, again.number("map.zoom", 0), 1e-9, "a key both changed: the later change wins");
        assertEquals("vi", second.text("language", "none"), "the second window now sees the first one's keys too");
    }

    @Test
    void aChangeIsOnDiskSoonAfterItIsMadeWithoutAQuit() throws Exception {
        Path home = dir.resolve("home");
        Settings s = new Settings(home).load().saveOnChange();
        s.put("language", "vi");
        s.flush().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("vi", new Settings(home).load().text("language", "en"), "a crash now would keep it");
        s.put("map.zoom", 10.5);
        s.close().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(10.5, new Settings(home).load().number("map.zoom", 0), 1e-9);
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "written atomically");
        }
    }

    @Test
    void nothingIsWrittenAfterCloseEvenWhenASaveWasStillDelayed() throws Exception {
        Path home = dir.resolve("home");
        Settings s = new Settings(home).load().saveOnChange();
        s.put("map.zoom", 10.5); // schedules a save shortly after
        s.close().get(10, java.util.concurrent.TimeUnit.SECONDS);
        // the user folder goes (an uninstall, a test's folder): the delayed save must not bring it back
        try (var files = Files.list(home)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(home);
        // the settings thread ends once it has run what it still would: a save left delayed would run before that
        assertTrue(s.awaitClosed(10, java.util.concurrent.TimeUnit.SECONDS), "the settings thread ended");
        assertTrue(Files.notExists(home), "a save ran after close and wrote the folder again");
    }
}
