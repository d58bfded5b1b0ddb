package org.linkatlas.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.linkatlas.model.QuoteAnchor;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.SourceDocument;

/**
 * Imported source documents and the anchors of the quotes taken from any source (V004). Same threading as its
 * {@link Database}.
 */
public final class SourceRepository {
    private final Database db;

    public SourceRepository(Database db) {
        this.db = db;
    }

    /** The columns a document is written with, in the order {@link #bind} sets them. */
    public static final String INSERT_COLUMNS = "id, title, publisher, date_text, url, retrieved, media_type, sha256, text, imported_at";
    /** The columns a document is read from, in the order {@link #read} reads them. */
    public static final String COLUMNS = "id, title, publisher, date_text, url, retrieved, media_type, sha256, text";

    /** Inserts a document unless one with the same id is there (the id follows from the text's hash). */
    public boolean insertIfAbsent(SourceDocument d) {
        return Sql.update(db, "store a source document", "INSERT OR IGNORE INTO source_document (" + INSERT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> bind(ps, d, Instant.now().toString())) == 1;
    }

    public List<SourceDocument> documents() {
        return Sql.query(db, "read source documents", "SELECT " + COLUMNS + " FROM source_document ORDER BY id",
                Sql.NO_PARAMETERS, SourceRepository::read);
    }

    /**
     * Sets a document's {@link #INSERT_COLUMNS} as parameters 1 to 10: the same on this store and on the office
     * server (storage/pg), whose table has the same columns.
     */
    public static void bind(PreparedStatement ps, SourceDocument d, String importedAt) throws SQLException {
        ps.setString(1, d.id());
        ps.setString(2, d.title());
        ps.setString(3, d.publisher());
        ps.setString(4, d.date());
        ps.setString(5, d.url());
        ps.setString(6, d.retrieved() == null ? null : d.retrieved().toString());
        ps.setString(7, d.mediaType());
        ps.setString(8, d.sha256());
        ps.setString(9, d.text());
        ps.setString(10, importedAt);
    }

    /** The document at the row {@code rs} stands at ({@link #COLUMNS}). */
    public static SourceDocument read(ResultSet rs) throws SQLException {
        String retrieved = rs.getString(6);
        return new SourceDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                retrieved == null ? null : LocalDate.parse(retrieved), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** Adds or replaces the anchor of one quote of one record. */
    public void putAnchor(QuoteAnchor a) {
        Sql.update(db, "store a quote anchor", """
                INSERT OR REPLACE INTO quote_anchor (record_type, record_id, source_id, exact, prefix, suffix, start_pos, end_pos, status, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                    ps.setString(1, a.ref().type());
                    ps.setString(2, a.ref().id());
                    ps.setString(3, a.sourceId());
                    ps.setString(4, a.exact());
                    ps.setString(5, a.prefix());
                    ps.setString(6, a.suffix());
                    ps.setInt(7, a.start());
                    ps.setInt(8, a.end());
                    ps.setString(9, a.status().name().toLowerCase(Locale.ROOT));
                    ps.setString(10, Instant.now().toString());
                });
    }

    public List<QuoteAnchor> anchors() {
        return Sql.query(db, "read quote anchors",
                "SELECT record_type, record_id, source_id, exact, prefix, suffix, start_pos, end_pos, status FROM quote_anchor"
                        + " ORDER BY record_type, record_id, source_id, exact",
                Sql.NO_PARAMETERS, rs -> new QuoteAnchor(new RecordRef(rs.getString(1), rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        QuoteAnchor.Status.valueOf(rs.getString(9).toUpperCase(Locale.ROOT))));
    }
}
