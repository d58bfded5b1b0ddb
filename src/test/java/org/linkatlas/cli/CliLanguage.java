package org.linkatlas.cli;

import java.util.Arrays;

/**
 * For the command tests that read what a command prints: the run in one language, whatever the machine's
 * locale and the user's window say (decision 0018). A test that names {@code --lang} itself keeps its own.
 */
public final class CliLanguage {
    private CliLanguage() {
    }

    public static String[] in(String lang, String... args) {
        if (Arrays.asList(args).contains(Main.LANG)) {
            return args;
        }
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = Main.LANG;
        all[args.length + 1] = lang;
        return all;
    }
}
