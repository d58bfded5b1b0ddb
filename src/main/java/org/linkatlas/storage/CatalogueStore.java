package org.linkatlas.storage;

import java.util.List;
import org.linkatlas.model.Catalogue;

/**
 * Writes a whole catalogue into an empty store in one transaction, and reads it back. Same threading as its
 * {@link Database}.
 */
public final class CatalogueStore {
    private final Database db;
    private final ReferenceRepository references;
    private final PlaceRepository places;
    private final AgreementRepository agreements;
    private final LinkRepository links;
    private final CommitmentRepository commitments;
    private final InterventionRepository interventions;
    private final ResultRepository results;

    public CatalogueStore(Database db) {
        this.db = db;
        this.references = new ReferenceRepository(db);
        this.places = new PlaceRepository(db);
        this.agreements = new AgreementRepository(db);
        this.links = new LinkRepository(db);
        this.commitments = new CommitmentRepository(db);
        this.interventions = new InterventionRepository(db);
        this.results = new ResultRepository(db);
    }

    /** Writes everything, with build facts in {@code store_info}; all or nothing. */
    public void write(Catalogue c, List<String[]> info) {
        db.inTransaction(() -> {
            c.seeds().forEach(references::insertSeed);
            c.provinces().forEach(references::insertProvince);
            c.parties().forEach(references::insertParty);
            c.places().forEach(places::insert);
            c.agreements().forEach(agreements::insert);
            c.links().forEach(links::insert);
            c.commitments().forEach(commitments::insert);
            for (var link : c.links()) {
                for (int i = 0; i < link.interventions().size(); i++) {
                    interventions.insert(link.interventions().get(i), i);
                }
            }
            c.results().forEach(results::insert);
            for (String[] kv : info) {
                Sql.update(db, "write store info", "INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)",
                        ps -> {
                            ps.setString(1, kv[0]);
                            ps.setString(2, kv[1]);
                        });
            }
            return null;
        });
    }

    public Catalogue read() {
        return new Catalogue(references.seeds(), references.provinces(), references.parties(), places.findAll(),
                agreements.findAll(), links.findAll(), commitments.findAll(), results.findAll());
    }

    public java.util.Optional<String> info(String key) {
        return Sql.query(db, "read store info", "SELECT value FROM store_info WHERE key = ?",
                ps -> ps.setString(1, key), rs -> rs.getString(1)).stream().findFirst();
    }

    public ReferenceRepository references() {
        return references;
    }

    public PlaceRepository places() {
        return places;
    }

    public AgreementRepository agreements() {
        return agreements;
    }

    public LinkRepository links() {
        return links;
    }

    public CommitmentRepository commitments() {
        return commitments;
    }

    public ResultRepository results() {
        return results;
    }
}
