package org.linkatlas.storage;

import java.sql.SQLException;
import java.sql.Statement;

/** Test access to raw SQL (SQL stays in storage, tests included). */
public final class StoreProbe {
    private StoreProbe() {
    }

    /** Tries to delete the log; returns the error message (the triggers refuse it). */
    public static String deleteChangesets(Database db) {
        try (Statement s = db.connection().createStatement()) {
            s.executeUpdate("DELETE FROM changeset");
            return "deleted";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
