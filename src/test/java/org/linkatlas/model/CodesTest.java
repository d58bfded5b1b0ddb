package org.linkatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {
    @Test
    void codesAreLowerCaseNamesAndParseBack() {
        assertEquals("under_construction", Codes.of(LinkStatus.UNDER_CONSTRUCTION));
        for (LinkKind k : LinkKind.values()) {
            assertEquals(k, Codes.parse(LinkKind.class, Codes.of(k)));
        }
    }

    @Test
    void anUnknownCodeNamesTheAllowedOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Codes.parse(LinkKind.class, "brige"));
        assertTrue(e.getMessage().contains("'brige'"), e.getMessage());
        assertTrue(e.getMessage().contains("bridge"), e.getMessage());
    }
}
