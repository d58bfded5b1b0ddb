package org.linkatlas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.linkatlas.catalogue.Finding;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.RecordRef;

/**
 * One validation finding, naming the record and field it is about. What is wrong is a message key (in the
 * bundles as {@code validate.<key>}, a MessageFormat pattern) with its arguments, so the window shows it in its
 * own language; {@link #message()} is the English text (the command line's and the logs'). An argument is a
 * text, a {@link RecordRef} (shown as the record's type in the reader's words and its id), a {@link Type}, or
 * a part the catalogue's findings share ({@link Finding.Part}: a box of coordinates, a shape, a code's label).
 * Immutable; any thread.
 */
public record Issue(Severity severity, RecordRef ref, String field, String key, List<Object> args) {
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    /** Errors block a save; warnings are shown and can be accepted. */
    public enum Severity {
        ERROR, WARNING
    }

    /** A record type as a word of the message ("another link"). */
    public record Type(String name) {
    }

    public Issue {
        List<Object> copy = new ArrayList<>();
        for (Object a : args) {
            copy.add(a instanceof RecordRef || a instanceof Type || a instanceof Finding.Part ? a : String.valueOf(a));
        }
        args = List.copyOf(copy);
    }

    /** {@code args}: texts (a null becomes "null", as in the build's messages), record refs or types. */
    public static Issue of(Severity severity, RecordRef ref, String field, String key, Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object a : args) {
            list.add(a == null ? "null" : a);
        }
        return new Issue(severity, ref, field, key, list);
    }

    static Issue error(RecordRef ref, String field, String key, Object... args) {
        return of(Severity.ERROR, ref, field, key, args);
    }

    /** What is wrong, in English. */
    public String message() {
        return text(ENGLISH);
    }

    /** What is wrong, in {@code messages}' language. */
    public String text(Messages messages) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object a = args.get(i);
            if (a instanceof RecordRef r) {
                shown[i] = messages.get("validate.type." + r.type()) + " " + r.id();
            } else if (a instanceof Type t) {
                shown[i] = messages.get("validate.type." + t.name());
            } else if (a instanceof Finding.Part p) {
                shown[i] = p.text(messages);
            } else {
                shown[i] = a;
            }
        }
        return messages.get("validate." + key, shown);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + ": " + ref + " · " + field + ": " + message();
    }
}
