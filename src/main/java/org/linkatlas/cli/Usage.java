package org.linkatlas.cli;

import java.util.Optional;

/**
 * The usage text made from {@link Main#COMMANDS}, in the run's language (the syntax of the arguments is the same
 * in both), and the command a typo most likely meant. Pure; any thread.
 */
final class Usage {
    private static final int COLUMN = 28;

    private Usage() {
    }

    /** The whole usage. */
    static String of(CliText text) {
        StringBuilder b = new StringBuilder(text.get("usage.head", Main.PROGRAM)).append('\n');
        b.append(String.format("  %-" + COLUMN + "s %s%n", text.get("usage.noCommand"), text.get("usage.window")));
        for (Main.Command c : Main.COMMANDS) {
            entry(b, line(c), text.get(c.summaryKey()));
        }
        entry(b, Main.LANG + " vi|en", text.get("usage.langOption"));
        entry(b, "-h, --help", text.get("usage.help"));
        entry(b, "--version", text.get("usage.version"));
        b.append(text.get("usage.exitCodes"));
        return b.toString();
    }

    /** One command's usage line. */
    static String of(Main.Command c, CliText text) {
        return text.get("usage.command", Main.PROGRAM, line(c) + " [" + Main.LANG + " vi|en]");
    }

    private static void entry(StringBuilder b, String head, String summary) {
        if (head.length() <= COLUMN) {
            b.append(String.format("  %-" + COLUMN + "s ", head));
        } else {
            b.append("  ").append(head).append('\n').append(" ".repeat(COLUMN + 3));
        }
        b.append(wrap(summary, COLUMN + 3, 110)).append('\n');
    }

    private static String line(Main.Command c) {
        return c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments();
    }

    private static String wrap(String text, int indent, int width) {
        StringBuilder b = new StringBuilder();
        int column = indent;
        for (String word : text.split(" ")) {
            if (column > indent && column + 1 + word.length() > width) {
                b.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (column > indent) {
                b.append(' ');
                column++;
            }
            b.append(word);
            column += word.length();
        }
        return b.toString();
    }

    /** The command a typo most likely meant: within two edits, or one for short names; none when unclear. */
    static Optional<String> nearest(String typed) {
        String t = typed.replaceFirst("^-+", "");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Main.Command c : Main.COMMANDS) {
            int d = distance(t, c.name().replaceFirst("^-+", ""));
            if (d < bestDistance) {
                best = c.name();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        int allowed = t.length() <= 4 ? 1 : 2;
        return best != null && !tie && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit ("sumamry"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
