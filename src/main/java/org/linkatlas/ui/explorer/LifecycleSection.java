package org.linkatlas.ui.explorer;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;
import org.linkatlas.model.Result;
import org.linkatlas.model.Source;

/**
 * The part of the details panel that tells a link's progress: its events in date order (date, what, stage
 * reached, note, verbatim quote, source) and the results the articles report for it. JavaFX thread only.
 */
final class LifecycleSection {
    private LifecycleSection() {
    }

    static void add(VBox box, Link l, Lifecycle life, Messages messages, Function<Source, Node> sourceLink) {
        var events = life.events(l);
        if (!events.isEmpty()) {
            Label title = label(messages.get("details.events.title", events.size()), "section-title");
            title.setId("events-title");
            box.getChildren().add(title);
            for (Lifecycle.EventLine e : events) {
                Label head = label(e.date() + " · " + e.intervention() + " — " + e.stage(), "event");
                head.getStyleClass().add("event-line");
                box.getChildren().add(head);
                if (e.note() != null) {
                    box.getChildren().add(label(e.note(), "event-note"));
                }
                box.getChildren().add(label("“" + e.source().quote() + "”", "quote"));
                box.getChildren().add(sourceLink.apply(e.source()));
            }
        }
        var results = life.results(l);
        if (!results.isEmpty()) {
            Label title = label(messages.get("details.results.title", results.size()), "section-title");
            title.setId("results-title");
            box.getChildren().add(title);
            for (Result r : results) {
                Label what = label(life.parties(r) + ": " + life.text(r.text()), "result");
                what.getStyleClass().add("result-text");
                box.getChildren().add(what);
                r.uncertainties().forEach(u -> box.getChildren().add(label("? " + life.text(u), "uncertainty")));
                box.getChildren().add(label("“" + r.source().quote() + "”", "quote"));
                box.getChildren().add(sourceLink.apply(r.source()));
            }
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
