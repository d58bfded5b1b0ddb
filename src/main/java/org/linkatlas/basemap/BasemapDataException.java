package org.linkatlas.basemap;

import java.nio.file.Path;

/**
 * A basemap data file cannot be used. The message starts with the file and says what is wrong with it
 * ({@code data/basemap/sea.geojson: features[3]: geometry: a ring needs at least 4 positions}), so that
 * whoever replaces a file can go straight to the problem.
 */
public class BasemapDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public BasemapDataException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public BasemapDataException(Path file, String problem) {
        this(file, problem, null);
    }

    /** The file that could not be used. */
    public Path file() {
        return file;
    }
}
