package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
