package org.linkatlas.storage.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerAddressTest {
    @Test
    void readsHostPortDatabaseUserAndSslMode() {
        ServerAddress a = ServerAddress.parse("postgresql://gis.office.lan:5433/atlas?user=lan&sslmode=require");
        assertEquals(new ServerAddress("gis.office.lan", 5433, "atlas", "lan", "require"), a);
        assertEquals("jdbc:postgresql://gis.office.lan:5433/atlas", a.jdbcUrl());
        assertEquals("postgresql://gis.office.lan:5433/atlas?user=lan&sslmode=require", a.toString());
    }

    @Test
    void defaultsArePort5432AndSslModePrefer() {
        ServerAddress a = ServerAddress.parse("postgres://hoa@10.0.0.5/ban_quy_hoach");
        assertEquals(new ServerAddress("10.0.0.5", 5432, "ban_quy_hoach", "hoa", "prefer"), a);
        assertEquals("postgresql://10.0.0.5:5432/ban_quy_hoach?user=hoa", a.toString());
    }

    @Test
    void ipv6HostsKeepTheirBrackets() {
        ServerAddress a = ServerAddress.parse("postgresql://[::1]:6543/atlas?user=lan");
        assertEquals("::1", a.host());
        assertEquals("jdbc:postgresql://[::1]:6543/atlas", a.jdbcUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://lan:secret@host/atlas | password",
        "postgresql://host/atlas?user=lan&password=x | password",
        "postgresql://host/atlas | no user",
        "postgresql://host/?user=lan | no database",
        "postgresql://host:54x/atlas?user=lan | not a number",
        "postgresql://host/atlas?user=lan&sslmode=maybe | sslmode",
        "postgresql://host/atlas?user=lan&colour=red | unknown parameter",
        "/home/lan/store.sqlite | not a server address",
    })
    void badAddressesAreRefusedWithTheReason(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse(text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
