package org.linkatlas.ui.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.model.Link;
import org.linkatlas.route.BaseNetwork;
import org.linkatlas.route.RoadNetworkFile;
import org.linkatlas.testing.Fixtures;

/**
 * The base roads are read once however many views ask for them (a language switch builds a new view and its
 * Geometry controls), and again when the file changed. The real bundled file (data/network), copied into a
 * temporary folder, read by the real reader with a count around it.
 */
class BaseRoadsTest {
    @TempDir
    Path dir;

    private Path copyOfTheBundledNetwork() throws Exception {
        Path network = Fixtures.dataDir().resolve("network");
        try (var files = Files.list(network)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void manyViewsReadTheFileOnceAndAChangedFileIsReadAgain() throws Exception {
        Path networkDir = copyOfTheBundledNetwork();
        AtomicInteger reads = new AtomicInteger();
        BaseRoads roads = new BaseRoads(networkDir, d -> {
            reads.incrementAndGet();
            return BaseNetwork.bundled(d).roads();
        });
        List<Link> first = roads.roads();
        assertTrue(first.size() > 10, "the bundled roads: " + first.size());
        for (int view = 0; view < 5; view++) {
            assertSame(first, roads.roads());
        }
        assertEquals(1, reads.get(), "one read for every view");

        Path file = networkDir.resolve(RoadNetworkFile.BUNDLED_FILE);
        String text = Files.readString(file);
        Files.writeString(file, text + "\n"); // the same roads, a changed file
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        List<Link> again = roads.roads();
        assertEquals(2, reads.get(), "a changed file is read again");
        assertEquals(first.size(), again.size());
        roads.roads();
        assertEquals(2, reads.get());
    }

    @Test
    void aFileThatCannotBeReadGivesNoRoadsUntilItChanges() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        BaseRoads roads = new BaseRoads(dir, d -> {
            reads.incrementAndGet();
            return BaseNetwork.bundled(d).roads();
        });
        assertEquals(List.of(), roads.roads(), "no file: no roads to snap to");
        assertEquals(List.of(), roads.roads());
        assertEquals(1, reads.get(), "a missing file is not tried again and again");
        copyOfTheBundledNetwork();
        assertTrue(roads.roads().size() > 10, "the file appeared: read");
        assertEquals(2, reads.get());
    }

    @Test
    void theWindowsViewsShareOneHolder() {
        assertSame(BaseRoads.shared(), BaseRoads.shared());
    }
}
