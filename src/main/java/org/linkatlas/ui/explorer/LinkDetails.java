package org.linkatlas.ui.explorer;

import java.time.LocalDate;
import java.util.List;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;

/** One link with what stands behind it, as the details panel shows it. */
public record LinkDetails(Link link, List<String> provincesToday, double geodesicKm, List<Agreement> agreements,
                          List<CommitmentRow> commitments) {

    /** A commitment with its actors by name and whether its deadline has passed with the link not done. */
    public record CommitmentRow(Commitment commitment, String actors, LocalDate dueDate, boolean overdue) {
    }
}
