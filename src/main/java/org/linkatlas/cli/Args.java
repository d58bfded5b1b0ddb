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
                    throw new UsageException("unknown option " + a);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException(a + " needs a value");
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

    /** Bad command-line use: exit code 2 and a usage line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
