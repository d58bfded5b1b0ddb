package org.linkatlas.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkatlas.testing.Fixtures;

/** A broken catalogue file fails the build with file, record and field named, and the old store stays. */
class MalformedCatalogueTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path data;
    Path seeds;
    Path store;
    byte[] storeBefore;
    Path file;

    @BeforeEach
    void copyTheRealCatalogueAndBuildIt() throws IOException {
        data = Fixtures.copyTree(Fixtures.dataDir(), dir.resolve("data"));
        seeds = Fixtures.copyTree(Fixtures.seedsDir(), dir.resolve("seeds"));
        store = dir.resolve("out").resolve("link-atlas.sqlite");
        new StoreBuilder().build(data, seeds, store);
        storeBefore = Files.readAllBytes(store);
        try (Stream<Path> files = Files.list(data.resolve("catalogue"))) {
            file = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{ \"seed\": ,"));
        var e = assertThrows(CatalogueException.class, this::build);
        assertTrue(e.getMessage().startsWith("data/catalogue/" + file.getFileName()), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertStoreUnchanged();
    }

    @Test
    void aBadKindNamesFileRecordAndField() throws IOException {
        String id = editFirstLink(link -> link.put("kind", "brige"));
        var e = assertThrows(CatalogueException.class, this::build);
        assertEquals("data/catalogue/" + file.getFileName(), e.file());
        assertEquals("links[0] (" + id + ")", e.record());
        assertEquals("kind", e.field());
        assertTrue(e.getMessage().contains("'brige' is not one of"), e.getMessage());
        assertStoreUnchanged();
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanDropped() throws IOException {
        editFirstLink(link -> link.put("lenght_km", 12.5));
        var e = assertThrows(CatalogueException.class, this::build);
        assertEquals("lenght_km", e.field());
        assertTrue(e.getMessage().contains("unknown field"), e.getMessage());
        assertStoreUnchanged();
    }

    @Test
    void aNegativeLengthIsRefusedWithItsFileRecordAndFieldNotAsAConstraintOfTheStore() throws IOException {
        editFirstLink(link -> link.put("length_km", -5));
        var e = assertThrows(CatalogueException.class, this::build);
        assertEquals("length_km", e.field());
        assertTrue(e.getMessage().contains("must be greater than 0, got -5"), e.getMessage());
        assertTrue(e.getMessage().contains(".json"), "names the file: " + e.getMessage());
        assertStoreUnchanged();
    }

    @Test
    void aLinkWithoutGeometryMayNotClaimAnAccuracy() throws IOException {
        // no geometry means "location unknown"; an accuracy then says something the record does not know
        editFirstLink(link -> link.remove("geometry"));
        var e = assertThrows(CatalogueException.class, this::build);
        assertEquals("accuracy", e.field());
        assertStoreUnchanged();
    }

    @Test
    void aMisquotedSourceFailsValidationAndNamesTheRecord() throws IOException {
        String id = editFirstLink(link -> ((ObjectNode) link.withArray("sources").get(0)).put("quote", "câu này không có trong bài"));
        var e = assertThrows(CatalogueValidationException.class, this::build);
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("link " + id + ": quote not found verbatim")),
                e.getMessage());
        assertStoreUnchanged();
    }

    @Test
    void aDanglingReferenceFailsValidation() throws IOException {
        String id = editFirstLink(link -> link.putArray("agreements").add("no-such-agreement"));
        var e = assertThrows(CatalogueValidationException.class, this::build);
        assertTrue(e.problems().contains("link " + id + ": agreement 'no-such-agreement' is unknown"), e.getMessage());
        assertStoreUnchanged();
    }

    @Test
    void aMalformedProvinceTableIsNamed() throws IOException {
        Files.writeString(data.resolve("parties.csv"), "id,name_vi,name_en,kind,province\nx,X,X,planet,\n");
        var e = assertThrows(CatalogueException.class, this::build);
        assertTrue(e.getMessage().startsWith("data/parties.csv: line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("kind"), e.getMessage());
        assertStoreUnchanged();
    }

    private void build() {
        new StoreBuilder().build(data, seeds, store);
    }

    private void assertStoreUnchanged() throws IOException {
        assertEquals(-1, java.util.Arrays.mismatch(storeBefore, Files.readAllBytes(store)), "the previous store is intact");
        try (Stream<Path> left = Files.list(store.getParent())) {
            assertEquals(1, left.count(), "no temporary files are left behind");
        }
    }

    private String editFirstLink(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode link = (ObjectNode) ((ArrayNode) root.get("links")).get(0);
        edit.accept(link);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return link.get("id").asText();
    }

}
