package org.linkatlas.route;

/**
 * A road network file that cannot be used: why (so the window can say it in the user's language) and the
 * detail (which feature, which column), in English for the command line. Nothing has been changed when this is
 * thrown.
 */
public final class RoadNetworkException extends Exception {
    /** Why a file is refused. */
    public enum Reason {
        UNREADABLE, MALFORMED, EMPTY, NO_ROADS, NOT_LON_LAT, OUT_OF_REGION
    }

    private final Reason reason;
    private final String detail;

    public RoadNetworkException(Reason reason, String detail, Throwable cause) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public RoadNetworkException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
