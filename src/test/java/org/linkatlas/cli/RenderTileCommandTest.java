package org.linkatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.storage.MbtilesFile;
import org.linkatlas.testing.MbtilesFixtures;

/** {@code render-tile}: one PNG from the offline basemap or an MBTiles file; no file at all when it fails. */
class RenderTileCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(CliLanguage.in("en", args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Path> files() throws Exception {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theOfflineBasemapGivesA256And512Tile() throws Exception {
        Path small = dir.resolve("hanoi.png");
        assertEquals(0, run("render-tile", "10", "813", "450", small.toString()), err());
        assertTrue(out().contains("offline basemap"), out());
        BufferedImage img = ImageIO.read(small.toFile());
        assertEquals(256, img.getWidth());
        assertEquals(256, img.getHeight());

        Path large = java.nio.file.Files.createDirectories(dir.resolve("sub")).resolve("hanoi@2x.png");
        assertEquals(0, run("render-tile", "10", "813", "450", large.toString(), "--size", "512"), err());
        img = ImageIO.read(large.toFile());
        assertEquals(512, img.getWidth());
        assertEquals(512, img.getHeight());
        assertEquals(List.of(small, dir.resolve("sub")), files(), "no temporary file left behind");
    }

    @Test
    void withoutAnyOfflineDataItExitsOneAndWritesNothing() throws Exception {
        Path png = dir.resolve("x.png");
        String before = System.getProperty("linkatlas.basemap");
        System.setProperty("linkatlas.basemap", Files.createDirectories(dir.resolve("empty-basemap")).toString());
        try {
            assertEquals(1, run("render-tile", "10", "813", "450", png.toString()));
        } finally {
            if (before == null) {
                System.clearProperty("linkatlas.basemap");
            } else {
                System.setProperty("linkatlas.basemap", before);
            }
        }
        assertTrue(err().contains("no offline basemap data"), err());
        assertFalse(Files.exists(png));
    }

    @Test
    void anMbtilesFileGivesItsOwnTile() throws Exception {
        Path mbtiles = MbtilesFixtures.gdalFile(dir);
        Path png = dir.resolve("tile.png");
        assertEquals(0, run("render-tile", "9", "406", "224", png.toString(), "--mbtiles", mbtiles.toString()), err());
        assertTrue(out().contains("MBTiles " + mbtiles), out());
        BufferedImage written = ImageIO.read(png.toFile());
        BufferedImage stored;
        try (MbtilesFile f = MbtilesFile.open(mbtiles)) {
            stored = ImageIO.read(new java.io.ByteArrayInputStream(f.tile(9, 406, 224)));
        }
        assertEquals(256, written.getWidth());
        for (int v = 0; v < 256; v += 7) {
            for (int u = 0; u < 256; u += 7) {
                assertEquals(stored.getRGB(u, v), written.getRGB(u, v), "pixel " + u + "," + v);
            }
        }
    }

    @Test
    void beyondTheFilesZoomsItOverZooms() throws Exception {
        Path mbtiles = MbtilesFixtures.gdalFile(dir);
        Path png = dir.resolve("deep.png");
        assertEquals(0, run("render-tile", "12", "3250", "1796", png.toString(), "--size", "512", "--mbtiles", mbtiles.toString()), err());
        assertTrue(out().contains("over-zoomed from zoom 9"), out());
        assertEquals(512, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void badUsageExitsTwoAndWritesNothing() throws Exception {
        String png = dir.resolve("x.png").toString();
        assertEquals(2, run("render-tile", "ten", "1", "1", png));
        assertTrue(err().contains("Z must be a whole number"), err());
        assertEquals(2, run("render-tile", "2", "4", "0", png), "x is 0–3 at zoom 2");
        assertTrue(err().contains("X is 4; it must be 0–3"), err());
        assertEquals(2, run("render-tile", "2", "0", "-1", png));
        assertEquals(2, run("render-tile", "31", "0", "0", png));
        assertEquals(2, run("render-tile", "2", "0", "0", png, "--size", "300"));
        assertTrue(err().contains("--size is 256 or 512"), err());
        assertEquals(2, run("render-tile", "2", "0", "0"));
        assertEquals(2, run("render-tile", "2", "0", "0", png, "--bogus", "1"));
        assertTrue(err().contains("usage:"), err());
        assertEquals(List.of(), files());
    }

    @Test
    void aBrokenOrMissingMbtilesFileExitsOneAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.mbtiles");
        byte[] noise = new byte[2048];
        new Random(1).nextBytes(noise);
        Files.write(broken, noise);
        Path png = dir.resolve("x.png");
        assertEquals(1, run("render-tile", "9", "406", "224", png.toString(), "--mbtiles", broken.toString()));
        assertTrue(err().contains("not a SQLite database"), err());
        assertEquals(1, err().lines().count(), "one line: " + err());
        assertEquals(1, run("render-tile", "9", "406", "224", png.toString(), "--mbtiles", dir.resolve("none.mbtiles").toString()));
        assertTrue(err().contains("no MBTiles file at"), err());
        assertEquals(List.of(broken), files());
    }

    @Test
    void aTileTheFileDoesNotHaveExitsOneAndLeavesAnOldPngAlone() throws Exception {
        Path mbtiles = MbtilesFixtures.gdalFile(dir);
        Path png = dir.resolve("old.png");
        Files.writeString(png, "an older file");
        assertEquals(1, run("render-tile", "9", "300", "224", png.toString(), "--mbtiles", mbtiles.toString()));
        assertTrue(err().contains("has no tile 9/300/224"), err());
        assertEquals(1, err().lines().count(), "one line: " + err());
        assertArrayEquals("an older file".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(png));
        assertFalse(Files.exists(dir.resolve("x.png")));
        assertEquals(List.of(png, mbtiles), files());
    }
}
