package org.linkatlas.edit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of an HTML page: scripts, styles and comments dropped, block elements turned into line
 * breaks, other tags removed, character references decoded. Good enough for a news article saved from a
 * browser; not a full HTML parser. Pure; any thread.
 */
final class HtmlText {
    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|noscript|head)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)<\\s*(br|/p|p|/div|div|/h[1-6]|h[1-6]|/li|li|/tr|tr|/blockquote)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", "\u00A0", "ndash", "–", "mdash", "—", "hellip", "…");

    private HtmlText() {
    }

    static String toText(String html) {
        String s = DROP.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = decode(s);
        s = s.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n");
        return s.strip();
    }

    private static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
            } else {
                r = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
