package org.linkatlas.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.testing.Fixtures;

/** The source viewer's headings invent nothing: every title and date is found verbatim in its seed. */
class SeedHeadingsTest {
    @Test
    void everyHeadingIsQuotedFromItsSeed() throws Exception {
        int checked = 0;
        try (Stream<Path> seeds = Files.list(Fixtures.seedsDir())) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(seed);
                for (String value : SourceViewer.headingOf(seed.getFileName().toString())) {
                    if (value != null) {
                        assertTrue(QuoteMatcher.occursIn(value, text), seed.getFileName() + ": " + value);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 4, "headings checked: " + checked);
        assertNotNull(SourceViewer.headingOf("004_81bcde8abbdc91d4.txt")[0]);
    }
}
