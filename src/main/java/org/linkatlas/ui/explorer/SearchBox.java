package org.linkatlas.ui.explorer;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.linkatlas.search.SearchHit;
import org.linkatlas.i18n.Messages;

/**
 * The search field (Ctrl+F): results appear under it as you type; Enter takes the first, a click any.
 * JavaFX thread only.
 */
final class SearchBox {
    private final TextField field = new TextField();
    private final ContextMenu results = new ContextMenu();
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final Consumer<SearchHit> onChoose;
    private List<SearchHit> hits = List.of();

    SearchBox(ExplorerViewModel vm, Messages messages, Consumer<SearchHit> onChoose) {
        this.vm = vm;
        this.messages = messages;
        this.onChoose = onChoose;
        field.setId("search");
        field.setPromptText(messages.get("search.prompt"));
        field.setPrefColumnCount(28);
        results.setId("search-results");
        field.textProperty().addListener((o, old, text) -> update(text));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !hits.isEmpty()) {
                choose(hits.get(0));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                results.hide();
            }
        });
    }

    TextField field() {
        return field;
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void update(String text) {
        hits = vm.search(text);
        results.getItems().clear();
        if (hits.isEmpty()) {
            if (!text.isBlank()) {
                results.getItems().add(new CustomMenuItem(new Label(messages.get("search.none")), false));
                showResults();
            } else {
                results.hide();
            }
            return;
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            Label label = new Label(h.label() + "  ·  " + messages.get("search.type." + h.type().name().toLowerCase(java.util.Locale.ROOT)));
            label.setId("search-result-" + i);
            label.setMaxWidth(520);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> choose(h));
            results.getItems().add(item);
        }
        showResults();
    }

    private void showResults() {
        if (!results.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            results.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void choose(SearchHit h) {
        results.hide();
        onChoose.accept(h);
    }
}
