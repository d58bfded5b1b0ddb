package org.linkatlas.storage;

import java.util.List;
import java.util.Optional;
import org.linkatlas.model.Codes;
import org.linkatlas.model.PartyKind;
import org.linkatlas.model.Party;
import org.linkatlas.model.Province;
import org.linkatlas.model.Seed;

/** Seeds, provinces and parties: the small reference tables. Same threading as its {@link Database}. */
public final class ReferenceRepository {
    private final Database db;

    public ReferenceRepository(Database db) {
        this.db = db;
    }

    public void insertSeed(Seed seed) {
        update("insert seed " + seed.fileName(), "INSERT INTO seed (file_name, sha256, text) VALUES (?, ?, ?)",
                ps -> {
                    ps.setString(1, seed.fileName());
                    ps.setString(2, seed.sha256());
                    ps.setString(3, seed.text());
                });
    }

    public List<Seed> seeds() {
        return query("read seeds", "SELECT file_name, sha256, text FROM seed ORDER BY file_name", Sql.NO_PARAMETERS,
                rs -> new Seed(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Seed> seed(String fileName) {
        return query("read seed " + fileName, "SELECT file_name, sha256, text FROM seed WHERE file_name = ?",
                ps -> ps.setString(1, fileName), rs -> new Seed(rs.getString(1), rs.getString(2), rs.getString(3)))
                .stream().findFirst();
    }

    public void insertProvince(Province p) {
        update("insert province " + p.name(), "INSERT INTO province (name, name_en, successor, note) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, p.name());
                    ps.setString(2, p.nameEn());
                    ps.setString(3, p.successor());
                    ps.setString(4, p.note());
                });
    }

    public List<Province> provinces() {
        return query("read provinces", "SELECT name, name_en, successor, note FROM province ORDER BY name", Sql.NO_PARAMETERS,
                rs -> new Province(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    public void insertParty(Party p) {
        update("insert party " + p.id(), "INSERT INTO party (id, name_vi, name_en, kind, province) VALUES (?, ?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, p.id());
                    ps.setString(2, p.nameVi());
                    ps.setString(3, p.nameEn());
                    ps.setString(4, Codes.of(p.kind()));
                    ps.setString(5, p.province());
                });
    }

    public List<Party> parties() {
        return query("read parties", "SELECT id, name_vi, name_en, kind, province FROM party ORDER BY id", Sql.NO_PARAMETERS,
                rs -> new Party(rs.getString(1), rs.getString(2), rs.getString(3),
                        Codes.parse(PartyKind.class, rs.getString(4)), rs.getString(5)));
    }

    private void update(String what, String sql, Sql.Binder binder) {
        Sql.update(db, what, sql, binder);
    }

    private <T> List<T> query(String what, String sql, Sql.Binder binder, Sql.RowMapper<T> mapper) {
        return Sql.query(db, what, sql, binder, mapper);
    }
}
