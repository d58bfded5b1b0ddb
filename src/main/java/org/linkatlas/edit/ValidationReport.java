package org.linkatlas.edit;

import java.util.List;

/** What validation found before a save. Immutable; any thread. */
public record ValidationReport(List<Issue> issues) {
    public ValidationReport {
        issues = List.copyOf(issues);
    }

    public List<Issue> errors() {
        return issues.stream().filter(i -> i.severity() == Issue.Severity.ERROR).toList();
    }

    public List<Issue> warnings() {
        return issues.stream().filter(i -> i.severity() == Issue.Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }
}
