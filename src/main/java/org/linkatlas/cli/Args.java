package org.linkatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The options ({@code --name value}) and positional arguments of one command. Any thread. */
final class Args {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Args(String[] args, int from, Set<String> known) {
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (!known.contains(name)) {
                    throw new UsageException("usage.unknownOption", a);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("usage.needsValue", a);
                }
                options.put(name, args[++i]);
            } else {
                positional.add(a);
            }
        }
    }

    Path path(String option, Path fallback) {
        String v = options.get(option);
        return v == null ? fallback : Path.of(v);
    }

    String option(String name) {
        return options.get(name);
    }

    List<String> positional() {
        return positional;
    }

    /** Refuses words the command does not take ("check store.sqlite" instead of "check --store store.sqlite"). */
    Args noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageException("usage.unexpected", positional.size(), String.join(" ", positional));
        }
        return this;
    }

    /**
     * The problem with writing {@code file}, when the folder it goes in does not exist: an output is never
     * written into folders made up on the way (a typo would quietly create a tree somewhere).
     */
    static java.util.Optional<String> missingOutputFolder(Path file, CliText text) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || java.nio.file.Files.isDirectory(folder)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(text.get(java.nio.file.Files.exists(folder) ? "folder.outputNotAFolder"
                : "folder.outputMissing", file.toString(), folder.toString()));
    }

    /** A folder the user named that must exist, named as given and in full when it does not. */
    static java.util.Optional<String> missingFolder(String option, Path dir, CliText text) {
        if (java.nio.file.Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        Path full = dir.toAbsolutePath().normalize();
        String named = full.toString().equals(dir.toString()) ? dir.toString() : dir + " (" + full + ")";
        return java.util.Optional.of(text.get(java.nio.file.Files.exists(dir) ? "folder.givenNotAFolder"
                : "folder.givenMissing", option, named));
    }

    /**
     * Bad command-line use: exit code 2 and a usage line. What is wrong is the message {@code cli.<key>} with its
     * arguments, shown by {@link Main} in the run's language.
     */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Object[] args;

        UsageException(String key, Object... args) {
            super(key);
            this.args = args.clone();
        }

        String key() {
            return getMessage();
        }

        /** The message in {@code text}'s language. */
        String text(CliText text) {
            return text.get(key(), args);
        }
    }
}
