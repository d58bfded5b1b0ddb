package org.linkatlas.ui.route;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.linkatlas.i18n.Messages;
import org.linkatlas.route.PlaceResolver;

/**
 * The two ends of a route: the text typed in From and To, the place chosen for each (from the suggestions or
 * resolved from the text the way the command line does), and, when a text matches several places, the
 * choices offered for one of them. Split out of {@link RouteViewModel}, which finds the route once both ends
 * are known. Pure work on the catalogue's places, no I/O. JavaFX thread only.
 */
final class RouteEnds {
    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    private final ObjectProperty<PlaceResolver.End> from = new SimpleObjectProperty<>();
    private final ObjectProperty<PlaceResolver.End> to = new SimpleObjectProperty<>();
    private final ObservableList<PlaceResolver.End> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper choicesFor = new ReadOnlyStringWrapper(""); // "from" or "to"

    StringProperty fromTextProperty() {
        return fromText;
    }

    StringProperty toTextProperty() {
        return toText;
    }

    ObjectProperty<PlaceResolver.End> fromProperty() {
        return from;
    }

    ObjectProperty<PlaceResolver.End> toProperty() {
        return to;
    }

    ObservableList<PlaceResolver.End> choices() {
        return choices;
    }

    ReadOnlyStringProperty choicesForProperty() {
        return choicesFor.getReadOnlyProperty();
    }

    void clearChoices() {
        choices.clear();
        choicesFor.set("");
    }

    /** One of the choices clicked: that end is set (text and place) and the choices go. */
    void choose(PlaceResolver.End e) {
        if ("from".equals(choicesFor.get())) {
            from.set(e);
            fromText.set(e.name());
        } else {
            to.set(e);
            toText.set(e.name());
        }
        clearChoices();
    }

    void swap() {
        String t = fromText.get();
        PlaceResolver.End e = from.get();
        fromText.set(toText.get());
        from.set(to.get());
        toText.set(t);
        to.set(e);
    }

    /**
     * Resolves both ends among {@code places}; when both are found they are set (place and its name as the
     * text) and true is returned. Otherwise {@code say} is told why (an end empty or unknown, or which end to
     * choose, the choices then offered) and false is returned.
     */
    boolean resolve(PlaceResolver places, Messages messages, Consumer<String> say) {
        PlaceResolver.End a = resolve(places, fromText.get(), from.get(), messages.get("route.from"), "from", messages, say);
        PlaceResolver.End b = a == null ? null
                : resolve(places, toText.get(), to.get(), messages.get("route.to"), "to", messages, say);
        if (a == null || b == null) {
            return false;
        }
        from.set(a);
        fromText.set(a.name());
        to.set(b);
        toText.set(b.name());
        return true;
    }

    /** Resolves typed text the way the command line does, when no suggestion was chosen. */
    private PlaceResolver.End resolve(PlaceResolver places, String text, PlaceResolver.End chosen, String which,
            String end, Messages messages, Consumer<String> say) {
        if (text == null || text.isBlank()) {
            say.accept(messages.get(end.equals("from") ? "route.startEmpty" : "route.endEmpty"));
            return null;
        }
        if (chosen != null && chosen.name().equals(text)) {
            return chosen;
        }
        PlaceResolver.Resolution r = places.resolve(text);
        if (r.found()) {
            return r.end();
        }
        if (r.ambiguous()) {
            say.accept(messages.get("route.choose", which, text));
            choices.setAll(r.candidates());
            choicesFor.set(end);
            return null;
        }
        String names = r.candidates().stream().map(PlaceResolver.End::name).reduce((x, y) -> x + "; " + y).orElse("–");
        say.accept(messages.get("route.unknown", which, RouteViewModel.elide(text), names));
        return null;
    }
}
