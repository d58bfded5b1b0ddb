package org.linkatlas.explore;

import java.time.LocalDate;
import java.util.Optional;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.LinkStatus;

/**
 * When a deadline falls due and whether it has passed. "trước tháng 9/2024" (before September 2024) is due
 * at the start of September 2024; "by 2025" or "in 2025" at the end of 2025. A commitment is overdue when
 * its due date has passed and its link is not (yet) existing. Pure; any thread.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** The last day by which the deadline is met, or empty when the text gives no date. */
    public static Optional<LocalDate> dueDate(FuzzyDate d) {
        if (d == null || d.value() == null || d.relation() == DateRelation.FROM || d.relation() == DateRelation.AFTER) {
            return Optional.empty();
        }
        return d.relation() == DateRelation.BEFORE ? d.firstDay().map(x -> x.minusDays(1)) : d.lastDay();
    }

    public static boolean isOverdue(FuzzyDate deadline, LinkStatus linkStatus, LocalDate today) {
        if (linkStatus == LinkStatus.EXISTING) {
            return false;
        }
        return dueDate(deadline).map(today::isAfter).orElse(false);
    }
}
