package org.linkatlas.catalogue;

import java.util.List;

/** The catalogue broke one or more of the {@link CatalogueValidator}'s rules; each problem is one line. */
public class CatalogueValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public CatalogueValidationException(List<String> problems) {
        super(problems.size() + " problem(s) in the catalogue:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
