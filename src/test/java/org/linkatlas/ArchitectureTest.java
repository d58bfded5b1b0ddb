package org.linkatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: SQL only in storage, no JavaFX below the UI, Gluon only in map. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/linkatlas");

    private static List<String> violations(String importPrefix, String... allowedPackages) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                boolean allowed = false;
                for (String pkg : allowedPackages) {
                    allowed |= pkg.isEmpty() ? !rel.contains("/") : rel.startsWith(pkg + "/");
                }
                if (allowed) {
                    continue;
                }
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import " + importPrefix) || line.startsWith("import static " + importPrefix)) {
                        out.add(rel + ": " + line);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void sqlStaysInStorage() throws Exception {
        assertEquals(List.of(), violations("java.sql", "storage"));
    }

    @Test
    void javafxStaysInTheUi() throws Exception {
        assertEquals(List.of(), violations("javafx", "ui", "map", ""));
    }

    @Test
    void gluonStaysInTheMapPackage() throws Exception {
        assertEquals(List.of(), violations("com.gluonhq", "map"));
    }
}
