package org.linkatlas.storage;

/** A store operation failed; the message names the operation and the file. Unchecked so callers decide where to report it. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
