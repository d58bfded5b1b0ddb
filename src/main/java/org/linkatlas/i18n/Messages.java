package org.linkatlas.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI strings from {@code messages*.properties} (English and Vietnamese). Immutable; any thread. */
public final class Messages {
    static final String BUNDLE = "org.linkatlas.i18n.messages";
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            // every message is a MessageFormat pattern, with or without arguments: an apostrophe is written ''
            // in the bundle and must come out as one either way ("today''s" was shown as typed)
            return new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Whether the bundle has {@code key} (a label for a code may be missing: then the code is shown). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The locale of a saved language choice: Vietnamese for "vi", else English. */
    public static Locale localeOf(String language) {
        return "vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    /** Vietnamese when the system speaks it, else English. */
    public static Locale defaultLocale() {
        return "vi".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }
}
