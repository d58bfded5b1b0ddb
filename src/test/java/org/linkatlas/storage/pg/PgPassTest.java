package org.linkatlas.storage.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {
    @TempDir
    Path dir;

    private final ServerAddress office = ServerAddress.parse("postgresql://gis.office.lan:5433/atlas?user=lan");

    private Path file(String text, String permissions) throws Exception {
        Path f = dir.resolve("pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(permissions));
        return f;
    }

    @Test
    void firstMatchingLineWinsWithWildcards() throws Exception {
        Path f = file("""
                # office server
                other.lan:5433:atlas:lan:wrong
                gis.office.lan:5432:atlas:lan:wrong-port
                gis.office.lan:5433:*:lan:right
                *:*:*:*:fallback
                """, "rw-------");
        assertEquals(Optional.of("right"), PgPass.lookup(f, office).password());
        assertEquals(Optional.of("fallback"), PgPass.lookup(f, office.withUser("hoa")).password());
    }

    @Test
    void escapedColonsAndBackslashesAreUnescapedAndThePasswordKeepsItsColons() throws Exception {
        Path f = file("gis.office.lan:5433:atlas:lan:p\\:a\\\\ss:word\n", "rw-------");
        assertEquals(Optional.of("p:a\\ss:word"), PgPass.lookup(f, office).password());
        assertEquals(List.of("a:b", "*", "db", "u", "x:y"), PgPass.fields("a\\:b:*:db:u:x:y"));
    }

    @Test
    void aFileOthersMayReadIsIgnoredWithAWarningAsLibpqDoes() throws Exception {
        Path f = file("*:*:*:*:secret\n", "rw-r--r--");
        PgPass.Result r = PgPass.lookup(f, office);
        assertEquals(Optional.empty(), r.password());
        assertTrue(r.warning().orElseThrow().contains("chmod 600"), r.warning().toString());
    }

    @Test
    void noFileOrNoMatchingLineGivesNoPassword() throws Exception {
        assertEquals(PgPass.Result.none(), PgPass.lookup(dir.resolve("missing"), office));
        Path f = file("elsewhere:5432:atlas:lan:x\nshort:line\n", "rw-------");
        assertEquals(PgPass.Result.none(), PgPass.lookup(f, office));
    }
}
