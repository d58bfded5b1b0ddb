package org.linkatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs GDAL's real {@code ogrinfo -ro -al -so FILE} and reads its summary back: per layer the geometry type,
 * feature count and fields. Tests that need it are skipped, saying so, only where GDAL is not installed.
 */
public final class Ogrinfo {
    /** One layer as ogrinfo describes it. */
    public record Layer(String name, String geometry, long features, Map<String, String> fields) {
    }

    /** What ogrinfo printed: its layers, and what it said on stderr (warnings, errors). */
    public record Summary(Map<String, Layer> layers, String stderr) {
    }

    private static final Pattern FIELD = Pattern.compile("^(\\w+): ([\\w()]+) \\(");

    private Ogrinfo() {
    }

    public static Summary summary(Path file) throws IOException, InterruptedException {
        Assumptions.assumeTrue(available(), "ogrinfo (GDAL) is not installed: apt-get install gdal-bin to run this test");
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "ogrinfo failed: " + out + err);
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (String block : out.split("\nLayer name: ")) {
            if (block.startsWith("INFO:")) {
                continue;
            }
            List<String> lines = block.lines().toList();
            String name = lines.get(0).strip();
            String geometry = null;
            long count = -1;
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : lines) {
                if (line.startsWith("Geometry: ")) {
                    geometry = line.substring("Geometry: ".length()).strip();
                } else if (line.startsWith("Feature Count: ")) {
                    count = Long.parseLong(line.substring("Feature Count: ".length()).strip());
                } else {
                    Matcher m = FIELD.matcher(line);
                    if (m.find() && !line.startsWith("Layer") && !line.startsWith("Geometry")) {
                        fields.put(m.group(1), m.group(2));
                    }
                }
            }
            layers.put(name, new Layer(name, geometry, count, fields));
        }
        return new Summary(layers, err);
    }

    public static boolean available() {
        try {
            Process p = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** GDAL's own GeoPackage validator (python3-gdal's samples), or null when it is not installed. */
    public static Path validator() {
        for (String p : new String[] {"/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
            "/usr/share/doc/python3-gdal/examples/validate_gpkg.py"}) {
            if (Files.isRegularFile(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }
}
