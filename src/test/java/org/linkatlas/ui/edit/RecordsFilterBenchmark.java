package org.linkatlas.ui.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.linkatlas.catalogue.CatalogueReader;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Link;

/**
 * Edit → Records… filtering on the real catalogue plus 50,000 links (copies of a real one, named apart): the
 * work each keystroke did before (every entry built again: fields, summary, folding) as the baseline, against
 * filtering the entries built once ({@link RecordEntries#matching}) for a one-letter, a word and a two-word query.
 * Medians of 15 runs after 5 warm-ups, and the ratio; asserts nothing.
 * Run: {@code ./mvnw -q test-compile exec:exec@bench-records}.
 */
public final class RecordsFilterBenchmark {
    public static void main(String[] args) throws Exception {
        Catalogue real = new CatalogueReader().read(Path.of("data"), Path.of("seeds"));
        Link t = real.links().stream().filter(l -> l.nameVi().startsWith("Cầu")).findFirst().orElse(real.links().get(0));
        List<Link> links = new ArrayList<>(real.links());
        for (int i = 0; i < 50_000; i++) {
            links.add(new Link("bench-" + i, t.nameVi() + " " + i, t.nameEn() + " " + i, t.kind(), t.roadClass(), t.state(),
                    t.stateNote(), t.placeIds(), t.provinces(), t.lengthKm(), t.costBillionVnd(), t.figuresNote(), t.target(),
                    t.agreementIds(), t.geometry(), t.accuracy(), t.accuracyKm(), t.coordSourceText(), t.sources(),
                    t.uncertaintyTexts(), List.of()));
        }
        Catalogue big = new Catalogue(real.seeds(), real.provinces(), real.parties(), real.places(), real.agreements(), links,
                real.commitments(), real.results());
        System.out.printf("catalogue: %,d links; template \"%s\"%n", links.size(), t.nameVi());
        double rebuild = median(() -> RecordEntries.of(big, "link").matching("c").size());
        System.out.printf("baseline, entries built again (each keystroke before): %8.2f ms%n", rebuild);
        RecordEntries built = RecordEntries.of(big, "link");
        for (String q : new String[] {"c", "cau", "quan toan 4999"}) {
            double ms = median(() -> built.matching(q).size());
            System.out.printf("filter the built entries, \"%s\" (%,d found): %8.2f ms  (%.0f× faster)%n", q,
                    built.matching(q).size(), ms, rebuild / ms);
        }
    }

    private static double median(java.util.function.IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += work.getAsInt();
        }
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            sink += work.getAsInt();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
