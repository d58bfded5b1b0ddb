package org.linkatlas.explore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.DateRelation;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Stage;

/**
 * When a deadline falls due and whether it has passed. "trước tháng 9/2024" (before September 2024) is due
 * at the start of September 2024; "by 2025" or "in 2025" at the end of 2025; "giai đoạn 2021 – 2025" (within)
 * at the end of 2025. A vague deadline ("sớm", soon) has no due date but is not "no deadline" either
 * ({@link #isVague}). An intervention is overdue when the earliest due date of its commitments has passed and
 * no event says it was done; a "done" event dated on or before the due date means it was kept, one after it
 * means it was done late (no longer overdue). Pure; any thread.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** The last day by which the deadline is met, or empty when the text gives no date. */
    public static Optional<LocalDate> dueDate(FuzzyDate d) {
        if (d == null || d.value() == null || d.precision() == DatePrecision.VAGUE
                || d.relation() == DateRelation.FROM || d.relation() == DateRelation.AFTER) {
            return Optional.empty();
        }
        return d.relation() == DateRelation.BEFORE ? d.firstDay().map(x -> x.minusDays(1)) : d.lastDay();
    }

    /** A deadline in words only ("sớm", "trong thời gian tới"). */
    public static boolean isVague(FuzzyDate d) {
        return d != null && d.precision() == DatePrecision.VAGUE;
    }

    public static boolean isOverdue(FuzzyDate deadline, LinkStatus linkStatus, LocalDate today) {
        if (linkStatus == LinkStatus.EXISTING) {
            return false;
        }
        return dueDate(deadline).map(today::isAfter).orElse(false);
    }

    /** The earliest due date among the commitments behind an intervention. */
    public static Optional<LocalDate> dueDate(List<Commitment> commitments) {
        return commitments.stream().map(c -> dueDate(c.deadline())).flatMap(Optional::stream).min(LocalDate::compareTo);
    }

    /**
     * Overdue: some commitment's due date is before {@code today} and the intervention has not reached the stage
     * that deadline is for (done, or under construction for a deadline to start works); never when cancelled.
     */
    public static boolean isOverdue(Intervention iv, List<Commitment> commitments, LocalDate today) {
        if (iv.stage() == Stage.CANCELLED) {
            return false;
        }
        for (Commitment c : commitments) {
            Optional<LocalDate> due = dueDate(c.deadline());
            Stage needed = c.deadlineStage() == null ? Stage.DONE : c.deadlineStage();
            if (due.isPresent() && today.isAfter(due.get()) && !reached(iv, needed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reached(Intervention iv, Stage needed) {
        return iv.done() || iv.furthestOnLifecycle().compareTo(needed) >= 0;
    }

    /** Whether a "done" event is dated no later than the due date (kept on time); empty when either is unknown. */
    public static Optional<Boolean> doneOnTime(Intervention iv, List<Commitment> commitments) {
        Optional<LocalDate> due = dueDate(commitments);
        Optional<LocalDate> done = iv.events().stream().filter(e -> e.stage() == Stage.DONE)
                .map(ProgressEvent::date).map(FuzzyDate::lastDay).flatMap(Optional::stream).findFirst();
        if (due.isEmpty() || done.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!done.get().isAfter(due.get()));
    }
}
