package org.linkatlas.ui.overview;

import java.util.List;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;

/** One link with what stands behind it, as the details panel shows it. */
public record LinkDetails(Link link, List<String> provincesToday, double geodesicKm, List<Agreement> agreements,
                          List<Commitment> commitments) {
}
