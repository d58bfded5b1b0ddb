package org.linkatlas;

/** The application version from the jar manifest, or "dev" when running from classes. Any thread. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
