package org.linkatlas.edit;

import java.util.List;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Commitment;
import org.linkatlas.model.Link;
import org.linkatlas.model.Party;
import org.linkatlas.model.Place;

/**
 * The one place that rebuilds a {@link Catalogue} with one list replaced (so a new catalogue component touches
 * only this file). Pure; any thread.
 */
final class Snapshots {
    private Snapshots() {
    }

    static Catalogue withParties(Catalogue c, List<Party> v) {
        return new Catalogue(c.seeds(), c.provinces(), v, c.places(), c.agreements(), c.links(), c.commitments(), c.results());
    }

    static Catalogue withPlaces(Catalogue c, List<Place> v) {
        return new Catalogue(c.seeds(), c.provinces(), c.parties(), v, c.agreements(), c.links(), c.commitments(), c.results());
    }

    static Catalogue withAgreements(Catalogue c, List<Agreement> v) {
        return new Catalogue(c.seeds(), c.provinces(), c.parties(), c.places(), v, c.links(), c.commitments(), c.results());
    }

    static Catalogue withLinks(Catalogue c, List<Link> v) {
        return new Catalogue(c.seeds(), c.provinces(), c.parties(), c.places(), c.agreements(), v, c.commitments(), c.results());
    }

    static Catalogue withCommitments(Catalogue c, List<Commitment> v) {
        return new Catalogue(c.seeds(), c.provinces(), c.parties(), c.places(), c.agreements(), c.links(), v, c.results());
    }

    static Catalogue withResults(Catalogue c, List<org.linkatlas.model.Result> v) {
        return new Catalogue(c.seeds(), c.provinces(), c.parties(), c.places(), c.agreements(), c.links(), c.commitments(), v);
    }

    static Catalogue withSeeds(Catalogue c, List<org.linkatlas.model.Seed> v) {
        return new Catalogue(v, c.provinces(), c.parties(), c.places(), c.agreements(), c.links(), c.commitments(), c.results());
    }
}
