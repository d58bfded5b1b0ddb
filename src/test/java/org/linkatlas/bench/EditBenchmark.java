package org.linkatlas.bench;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.edit.EditSession;
import org.linkatlas.edit.EditStore;
import org.linkatlas.edit.Edits;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.ChangeOp;
import org.linkatlas.model.Changeset;
import org.linkatlas.model.FieldChange;
import org.linkatlas.model.Link;
import org.linkatlas.model.RecordChange;
import org.linkatlas.model.RecordRef;
import org.linkatlas.storage.CatalogueStore;
import org.linkatlas.storage.ChangesetRepository;
import org.linkatlas.storage.Database;

/**
 * Edit-session timings on a store of the real catalogue plus 50,000 links (copies of a real one): save of one
 * changed record (validate + diff + one transaction), save of 1,000 changed records, undo of one step, and the
 * replay of the log when the store opens. Baselines from the same run: appending a ready-made one-record
 * changeset (the bare write) and copying the 50,000-link list once (the floor of any snapshot change).
 * Prints medians; asserts nothing. Run: {@code ./mvnw -q test-compile exec:exec@bench-edit}.
 */
public final class EditBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("link-atlas-edit-bench");
        Path file = dir.resolve("bench.sqlite");
        Catalogue real = new CatalogueReader().read(Path.of("data"), Path.of("seeds"));
        Link template = real.links().stream().filter(l -> !l.agreementIds().isEmpty()).findFirst().orElseThrow();
        List<Link> links = new ArrayList<>(real.links());
        for (int i = 0; i < 50_000; i++) {
            Link t = template;
            links.add(new Link("bench-" + i, t.nameVi() + " " + i, t.nameEn(), t.kind(), t.roadClass(), t.state(), t.stateNote(),
                    t.placeIds(), t.provinces(), t.lengthKm(), t.costBillionVnd(), t.figuresNote(), t.target(), t.agreementIds(),
                    t.geometry(), t.accuracy(), t.accuracyKm(), t.coordSourceText(), t.sources(), t.uncertaintyTexts(),
                    List.of()));
        }
        Catalogue big = new Catalogue(real.seeds(), real.provinces(), real.parties(), real.places(), real.agreements(), links,
                real.commitments(), real.results());
        long t0 = System.nanoTime();
        try (Database db = Database.open(file)) {
            List<String[]> info = new ArrayList<>();
            info.add(new String[] {"built_at", Instant.now().toString()});
            new CatalogueStore(db).write(big, info);
        }
        System.out.printf("store: %,d links written in %.1f s%n", links.size(), (System.nanoTime() - t0) / 1e9);

        try (Database db = Database.open(file)) {
            EditStore store = new EditStore(db, Clock.systemUTC());
            Catalogue start = store.load().catalogue();
            EditSession session = new EditSession(start);

            double[] one = new double[31];
            for (int run = 0; run < one.length; run++) {
                RecordRef ref = new RecordRef("link", "bench-" + run);
                session.execute(Edits.changeField(session.current(), ref, "nameEn", TextNode.valueOf("one " + run)));
                long s = System.nanoTime();
                ok(store.save(session, "bench", "one", true));
                one[run] = ms(s);
            }
            double[] thousand = new double[7];
            for (int run = 0; run < thousand.length; run++) {
                for (int i = 0; i < 1000; i++) {
                    RecordRef ref = new RecordRef("link", "bench-" + (1000 + run * 1000 + i));
                    session.execute(Edits.changeField(session.current(), ref, "stateNote", org.linkatlas.edit.FieldJson.local(org.linkatlas.model.LocalText.english("k " + run))));
                }
                long s = System.nanoTime();
                ok(store.save(session, "bench", "thousand", true));
                thousand[run] = ms(s);
            }
            double[] undo = new double[1001];
            for (int i = 0; i < undo.length; i++) {
                long s = System.nanoTime();
                session.undo();
                undo[i] = ms(s);
                session.redo();
            }
            ChangesetRepository log = new ChangesetRepository(db);
            double[] bare = new double[31];
            for (int run = 0; run < bare.length; run++) {
                Changeset cs = new Changeset(UUID.randomUUID().toString(), "bench", Instant.now(), "bare", null,
                        List.of(new RecordChange(new RecordRef("link", "bench-49999"), ChangeOp.MODIFY,
                                List.of(new FieldChange("figuresNote", "null", "null")))));
                long s = System.nanoTime();
                log.append(cs);
                bare[run] = ms(s);
            }
            double[] copy = new double[101];
            for (int i = 0; i < copy.length; i++) {
                long s = System.nanoTime();
                List<Link> c = List.copyOf(new ArrayList<>(session.current().links()));
                copy[i] = ms(s);
                if (c.isEmpty()) {
                    throw new AssertionError();
                }
            }
            long s = System.nanoTime();
            EditStore.Loaded reopened = new EditStore(db, Clock.systemUTC()).load();
            double load = ms(s);

            System.out.printf("save of 1 changed record:     median %7.2f ms (target <= 30)   bare append %.2f ms, ratio %.1f%n",
                    median(one), median(bare), median(one) / median(bare));
            System.out.printf("save of 1,000 changed records: median %7.1f ms (target <= 1000)%n", median(thousand));
            System.out.printf("undo of one step:              median %7.3f ms (target <= 5)    list copy %.3f ms, ratio %.1f%n",
                    median(undo), median(copy), median(undo) / median(copy));
            System.out.printf("open: read %,d links and replay %d changesets: %.0f ms%n", reopened.catalogue().links().size(),
                    log.count(), load);
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static void ok(EditStore.SaveResult r) {
        if (!(r instanceof EditStore.Saved)) {
            throw new IllegalStateException("save did not go through: " + r);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
