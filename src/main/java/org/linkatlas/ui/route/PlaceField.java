package org.linkatlas.ui.route;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.linkatlas.i18n.Messages;
import org.linkatlas.route.PlaceResolver;

/**
 * A route end typed with suggestions as you type (places first, then links; diacritics ignored): Down or a
 * click chooses one, Enter takes the first and then asks for the route. Bound both ways to the view
 * model's text and chosen end. JavaFX thread only.
 */
final class PlaceField {
    private final TextField field = new TextField();
    private final ContextMenu menu = new ContextMenu();
    private final Function<String, List<PlaceResolver.End>> suggest;
    private final ObjectProperty<PlaceResolver.End> chosen;
    private final Messages messages;
    private List<PlaceResolver.End> shown = List.of();
    private boolean choosing;

    PlaceField(String id, StringProperty text, ObjectProperty<PlaceResolver.End> chosen,
               Function<String, List<PlaceResolver.End>> suggest, Runnable onEnter, Messages messages) {
        this.suggest = suggest;
        this.chosen = chosen;
        this.messages = messages;
        field.setId(id);
        menu.setId(id + "-suggestions");
        field.textProperty().bindBidirectional(text);
        field.textProperty().addListener((o, old, t) -> {
            if (!choosing && field.isFocused()) {
                update(t);
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (menu.isShowing() && !shown.isEmpty() && (chosen.get() == null || !chosen.get().name().equals(field.getText()))) {
                    choose(shown.get(0));
                }
                menu.hide();
                onEnter.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                menu.hide();
            }
        });
        field.focusedProperty().addListener((o, old, f) -> {
            if (!f) {
                menu.hide();
            }
        });
    }

    TextField node() {
        return field;
    }

    private void update(String text) {
        shown = suggest.apply(text);
        menu.getItems().clear();
        if (shown.isEmpty()) {
            menu.hide();
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            PlaceResolver.End e = shown.get(i);
            Label label = new Label(e.name() + "  ·  " + messages.get(e.link() ? "route.end.link" : "route.end.place"));
            label.setId(field.getId() + "-suggestion-" + i);
            label.setMaxWidth(460);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(a -> choose(e));
            menu.getItems().add(item);
        }
        if (!menu.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            menu.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void choose(PlaceResolver.End e) {
        choosing = true;
        try {
            field.setText(e.name());
            chosen.set(e);
            field.positionCaret(field.getText().length());
        } finally {
            choosing = false;
        }
        menu.hide();
    }
}
