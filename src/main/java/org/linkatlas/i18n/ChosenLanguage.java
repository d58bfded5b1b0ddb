package org.linkatlas.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The language the user chose in the window, for whatever runs without the window (the commands): the
 * {@code language} key of {@code settings.properties} in the user's folder, the file the window's settings
 * write, else the system's language as the window would take it ({@link Messages#defaultLocale()}). Reads the
 * file only; no JavaFX. Any thread (file I/O: not on the JavaFX thread).
 */
public final class ChosenLanguage {
    /** The window's settings file in the user's folder, and its key for the language ("vi" or "en"). */
    public static final String SETTINGS_FILE = "settings.properties";
    public static final String KEY = "language";

    private ChosenLanguage() {
    }

    /** The locale of a language code the program speaks ("vi", "en"); empty for any other. */
    public static Optional<Locale> of(String code) {
        if ("vi".equals(code)) {
            return Optional.of(Locale.forLanguageTag("vi"));
        }
        return "en".equals(code) ? Optional.of(Locale.ENGLISH) : Optional.empty();
    }

    /**
     * The window's language saved in {@code userDir}: as the window reads it, "vi" is Vietnamese and any other
     * saved value English; no file, no key or an unreadable file give the system's default.
     */
    public static Locale saved(Path userDir) {
        Path file = userDir.resolve(SETTINGS_FILE);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                String language = p.getProperty(KEY);
                if (language != null) {
                    return "vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
                }
            } catch (IOException | IllegalArgumentException e) {
                // a damaged settings file: the window falls back to the default too
            }
        }
        return Messages.defaultLocale();
    }
}
