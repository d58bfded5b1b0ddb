package org.linkatlas.storage;

import java.nio.file.Path;

/** The catalogue that comes with the program is not where it should be (a broken install, or a build without it). */
public final class MissingBundleException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final transient Path bundled;

    public MissingBundleException(Path bundled) {
        super("the bundled store is missing: " + bundled + " (build it with ./mvnw package, or reinstall Link Atlas)");
        this.bundled = bundled;
    }

    /** Where it was looked for. */
    public Path bundled() {
        return bundled;
    }
}
