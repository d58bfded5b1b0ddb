package org.linkatlas.catalogue;

/**
 * A catalogue file cannot be used. The message names the file, the record and the field, so that a curator
 * can go straight to the line: {@code data/catalogue/003.json: links[2] (cau-dong-viet): kind: 'brige' is not one of …}.
 */
public class CatalogueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String record;
    private final String field;

    public CatalogueException(String file, String record, String field, String problem, Throwable cause) {
        super(file + (record == null ? "" : ": " + record) + (field == null ? "" : ": " + field) + ": " + problem, cause);
        this.file = file;
        this.record = record;
        this.field = field;
    }

    public CatalogueException(String file, String record, String field, String problem) {
        this(file, record, field, problem, null);
    }

    public String file() {
        return file;
    }

    public String record() {
        return record;
    }

    public String field() {
        return field;
    }
}
