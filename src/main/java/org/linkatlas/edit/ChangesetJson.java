package org.linkatlas.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.Codes;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.model.SourceDocument;

/**
 * The exchange file of {@code export-changes} / {@code import-changes} (format in docs/changesets.md): changesets
 * with their per-field old and new values as JSON, and the imported sources they may quote. Reading rejects a
 * malformed file with a message naming the place, before anything is applied. File I/O: never the JavaFX thread.
 */
public final class ChangesetJson {
    public static final String FORMAT = "link-atlas-changes";
    public static final int VERSION = 1;

    /** The content of one exchange file. */
    public record ChangeFile(List<Changeset> changesets, List<SourceDocument> sources) {
        public ChangeFile {
            changesets = List.copyOf(changesets);
            sources = List.copyOf(sources);
        }
    }

    private ChangesetJson() {
    }

    public static void write(ChangeFile file, Path target) {
        ObjectNode root = FieldJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode sets = root.putArray("changesets");
        for (Changeset cs : file.changesets()) {
            ObjectNode o = sets.addObject();
            o.put("id", cs.id());
            o.put("author", cs.author());
            o.put("time", cs.time().toString());
            o.put("comment", cs.comment());
            o.put("reverts", cs.reverts());
            ArrayNode changes = o.putArray("changes");
            for (RecordChange rc : cs.changes()) {
                ObjectNode r = changes.addObject();
                r.put("type", rc.ref().type());
                r.put("id", rc.ref().id());
                r.put("op", Codes.of(rc.op()));
                ObjectNode fields = r.putObject("fields");
                for (FieldChange fc : rc.fields()) {
                    ObjectNode f = fields.putObject(fc.field());
                    f.set("old", FieldJson.parse(fc.oldJson()));
                    f.set("new", FieldJson.parse(fc.newJson()));
                }
            }
        }
        ArrayNode sources = root.putArray("sources");
        for (SourceDocument d : file.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", d.id());
            o.put("title", d.title());
            o.put("publisher", d.publisher());
            o.put("date", d.date());
            o.put("url", d.url());
            o.put("retrieved", d.retrieved() == null ? null : d.retrieved().toString());
            o.put("media_type", d.mediaType());
            o.put("sha256", d.sha256());
            o.put("text", d.text());
        }
        try {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".writing");
            FieldJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong and where */
    public static ChangeFile read(Path file) {
        JsonNode root;
        try {
            root = FieldJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not a JSON file: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file.getFileName() + " is not a Link Atlas changes file (format \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException(file.getFileName() + ": version " + root.path("version") + " is not understood (" + VERSION + ")");
        }
        List<Changeset> sets = new ArrayList<>();
        int i = 0;
        for (JsonNode o : root.path("changesets")) {
            String where = "changesets[" + i++ + "]";
            try {
                sets.add(changeset(o));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + ": " + where + ": " + e.getMessage(), e);
            }
        }
        List<SourceDocument> docs = new ArrayList<>();
        i = 0;
        for (JsonNode o : root.path("sources")) {
            String where = "sources[" + i++ + "]";
            try {
                docs.add(source(o));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + ": " + where + ": " + e.getMessage(), e);
            }
        }
        return new ChangeFile(sets, docs);
    }

    private static Changeset changeset(JsonNode o) {
        String id = required(o, "id");
        UUID.fromString(id); // rejects a malformed id
        List<RecordChange> changes = new ArrayList<>();
        for (JsonNode r : o.path("changes")) {
            RecordRef ref = new RecordRef(required(r, "type"), required(r, "id"));
            RecordTypes.named(ref.type());
            ChangeOp op = Codes.parse(ChangeOp.class, required(r, "op"));
            List<FieldChange> fields = new ArrayList<>();
            var it = r.path("fields").fields();
            while (it.hasNext()) {
                var e = it.next();
                fields.add(new FieldChange(e.getKey(), FieldJson.write(e.getValue().get("old")), FieldJson.write(e.getValue().get("new"))));
            }
            changes.add(new RecordChange(ref, op, fields));
        }
        String reverts = o.path("reverts").isTextual() ? o.get("reverts").asText() : null;
        return new Changeset(id, required(o, "author"), Instant.parse(required(o, "time")), o.path("comment").asText(""),
                reverts, changes);
    }

    private static SourceDocument source(JsonNode o) {
        String text = required(o, "text");
        String sha = SourceImporter.sha256(text);
        if (!sha.equals(required(o, "sha256").toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the text does not match its sha256");
        }
        String retrieved = o.path("retrieved").isTextual() ? o.get("retrieved").asText() : null;
        return new SourceDocument(required(o, "id"), required(o, "title"), text(o, "publisher"), text(o, "date"), text(o, "url"),
                retrieved == null ? null : LocalDate.parse(retrieved), required(o, "media_type"), sha, text);
    }

    private static String required(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return n.asText();
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? null : n.asText();
    }
}
