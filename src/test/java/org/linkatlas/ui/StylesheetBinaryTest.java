package org.linkatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The window's stylesheet reaches JavaFX as app.bss, compiled from app.css by the build (pom.xml, execution
 * css-binary): JavaFX loads a .bss beside a .css in its place. Both must say the same, rule by rule.
 */
class StylesheetBinaryTest {
    @Test
    void theCompiledStylesheetIsTheTextOne() throws Exception {
        URL css = getClass().getResource("/org/linkatlas/ui/app.css");
        URL bss = getClass().getResource("/org/linkatlas/ui/app.bss");
        assertNotNull(css);
        assertNotNull(bss, "app.bss is made by the build's process-classes phase");
        List<String> text = rules(new CssParser().parse(css));
        List<String> binary = rules(Stylesheet.loadBinary(bss));
        assertFalse(text.isEmpty());
        assertEquals(text, binary, "app.bss is stale: run the build");
    }

    private static List<String> rules(Stylesheet s) {
        return s.getRules().stream().map(StylesheetBinaryTest::describe).toList();
    }

    /** A rule's selectors and each declaration's property, value and importance. */
    private static String describe(Rule r) {
        StringBuilder b = new StringBuilder(r.getSelectors().toString()).append(" {");
        r.getDeclarations().forEach(d -> b.append(' ').append(d.getProperty()).append('=')
                .append(d.getParsedValue()).append(d.isImportant() ? " !important" : "").append(';'));
        return b.append(" }").toString();
    }
}
