package org.linkatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.linkatlas.catalogue.CatalogueException;
import org.linkatlas.catalogue.CatalogueValidationException;
import org.linkatlas.catalogue.StoreBuilder;
import org.linkatlas.storage.StorageException;

/** {@code build-store}: catalogue files → store file, leaving the old store untouched on any error. */
final class BuildStoreCommand {
    private final CliText text;
    private final PrintStream out;
    private final PrintStream err;

    BuildStoreCommand(CliText text, PrintStream out, PrintStream err) {
        this.text = text;
        this.out = out;
        this.err = err;
    }

    int run(String[] argv) {
        Args args = new Args(argv, 1, Set.of("data", "seeds", "out")).noPositional();
        Path data = args.path("data", Path.of("data"));
        Path seeds = args.path("seeds", Path.of("seeds"));
        Path target = args.path("out", null);
        if (target == null) {
            throw new Args.UsageException("build.needsOut");
        }
        List<String> missing = new ArrayList<>();
        Args.missingFolder("data", data, text).ifPresent(missing::add);
        Args.missingFolder("seeds", seeds, text).ifPresent(missing::add);
        if (!missing.isEmpty()) {
            missing.forEach(m -> err.println("build-store: " + m));
            err.println("build-store: " + text.get("nothingWritten"));
            return 1;
        }
        boolean existed = Files.exists(target);
        try {
            var result = new StoreBuilder().build(data, seeds, target);
            var c = result.catalogue();
            out.println(text.get("build.built", target.toString(), c.agreements().size(), c.links().size(),
                    c.commitments().size(), c.places().size(), c.seeds().size()));
            return 0;
        } catch (CatalogueException | CatalogueValidationException | StorageException e) {
            // the validator's findings in the run's language; a file that cannot be read says so in English
            err.println("build-store: " + (e instanceof CatalogueValidationException v ? v.text(text.messages()) : e.getMessage()));
            err.println("build-store: " + text.get(existed ? "build.leftAsItWas" : "build.notCreated", target.toString()));
            return 1;
        }
    }
}
