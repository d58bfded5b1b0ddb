package org.linkatlas.ui.geometry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import org.linkatlas.AppPaths;
import org.linkatlas.model.Link;
import org.linkatlas.route.BaseNetwork;
import org.linkatlas.route.RoadNetworkFile;

/**
 * The bundled base roads the geometry tools snap to, read once for the window's life: a view rebuilt for a
 * language or basemap switch snaps to what was read already instead of reading the file again. The file is read
 * again only when its modification time or size changed (or it appeared or went). A file that cannot be read gives no
 * roads (snapping to the links only), with a warning, until it changes. Reads on the calling thread (never the
 * JavaFX one); any thread, one read at a time.
 */
public final class BaseRoads {
    /** Reads the roads of a network folder. */
    public interface Reader {
        List<Link> read(Path networkDir) throws Exception;
    }

    private static BaseRoads shared;

    private final Path networkDir;
    private final Path file;
    private final Reader reader;
    private Stamp readAt; // guarded by this
    private List<Link> roads; // guarded by this; null: not read yet

    public BaseRoads(Path networkDir, Reader reader) {
        this.networkDir = networkDir;
        this.file = networkDir.resolve(RoadNetworkFile.BUNDLED_FILE);
        this.reader = reader;
    }

    /** The one the window uses: the bundled network of {@link AppPaths#networkDir()}. */
    public static synchronized BaseRoads shared() {
        Path dir = AppPaths.networkDir();
        if (shared == null || !shared.networkDir.equals(dir)) {
            shared = new BaseRoads(dir, d -> BaseNetwork.bundled(d).roads());
        }
        return shared;
    }

    /** The roads, read now only when not read yet or the file changed since. */
    public synchronized List<Link> roads() {
        Stamp now = stamp();
        if (roads == null || !Objects.equals(now, readAt)) {
            readAt = now;
            try {
                roads = List.copyOf(reader.read(networkDir));
            } catch (Exception e) {
                System.getLogger(BaseRoads.class.getName()).log(System.Logger.Level.WARNING,
                        "no base roads to snap to: {0}", e.toString());
                roads = List.of();
            }
        }
        return roads;
    }

    /** What tells a changed file: its modification time, and its size (a time may be as coarse as a second). */
    private record Stamp(FileTime modified, long size) {
    }

    private Stamp stamp() {
        try {
            return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
        } catch (IOException e) {
            return null; // not there (or not readable): read (and fail) once, again when it appears
        }
    }
}
