package org.linkatlas.catalogue;

import java.util.List;
import java.util.Locale;
import org.linkatlas.i18n.Messages;

/**
 * The catalogue broke one or more of the {@link CatalogueValidator}'s rules (its {@link Finding}s, shown in the
 * reader's language by {@link #text(Messages)}), or the store written from it failed its integrity check (the
 * database's own lines); each problem is one line. The exception's message is the English.
 */
public class CatalogueValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;
    private final transient List<String> problems;

    /** Problems that are lines already (the store's integrity check). */
    public CatalogueValidationException(List<String> problems) {
        this(List.of(), problems);
    }

    private CatalogueValidationException(List<Finding> findings, List<String> problems) {
        super(heading(new Messages(Locale.ENGLISH), problems));
        this.findings = List.copyOf(findings);
        this.problems = List.copyOf(problems);
    }

    /** The validator's findings. */
    public static CatalogueValidationException of(List<Finding> findings) {
        return new CatalogueValidationException(findings, findings.stream().map(Finding::english).toList());
    }

    /** The problems in English. */
    public List<String> problems() {
        return problems;
    }

    /** The problems in {@code messages}' language (the integrity check's lines as the database gave them). */
    public List<String> problems(Messages messages) {
        return findings.isEmpty() ? problems : findings.stream().map(f -> f.text(messages)).toList();
    }

    /** "3 problem(s) in the catalogue:" and the problems, one per indented line, in {@code messages}' language. */
    public String text(Messages messages) {
        return heading(messages, problems(messages));
    }

    private static String heading(Messages messages, List<String> lines) {
        return messages.get("valmsg.problems", String.valueOf(lines.size())) + "\n  " + String.join("\n  ", lines);
    }
}
