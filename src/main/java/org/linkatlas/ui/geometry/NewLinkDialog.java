package org.linkatlas.ui.geometry;

import org.linkatlas.ui.DialogPlacement;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.PhysicalState;

/**
 * "Draw new link…": the few fields a new link needs before it is drawn (names, kind, physical state, the
 * agreement it stands in); the kind says whether a point or a line is drawn. A missing name or agreement keeps
 * the dialog open with the reason and what was typed. JavaFX thread only.
 */
final class NewLinkDialog {
    record NewLink(String nameVi, String nameEn, LinkKind kind, PhysicalState state, String agreementId) {
    }

    private NewLinkDialog() {
    }

    static Optional<NewLink> ask(Window owner, Catalogue c, Messages m) {
        Dialog<ButtonType> d = DialogPlacement.overOwner(new Dialog<>());
        d.initOwner(owner);
        d.setTitle(m.get("geometry.new.title"));
        d.getDialogPane().setId("geometry-new-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        TextField vi = new TextField();
        vi.setId("geometry-new-name-vi");
        TextField en = new TextField();
        en.setId("geometry-new-name-en");
        ComboBox<LinkKind> kind = new ComboBox<>();
        kind.setId("geometry-new-kind");
        kind.getItems().addAll(List.of(LinkKind.values()).stream().filter(k -> k != LinkKind.SERVICE).toList());
        kind.setValue(LinkKind.ROAD);
        cells(kind, k -> m.get("kind." + Codes.of(k)));
        ComboBox<PhysicalState> state = new ComboBox<>();
        state.setId("geometry-new-state");
        state.getItems().addAll(PhysicalState.values());
        state.setValue(PhysicalState.EXISTING);
        cells(state, s -> m.get("state." + Codes.of(s)));
        ComboBox<Agreement> agreement = new ComboBox<>();
        agreement.setId("geometry-new-agreement");
        agreement.getItems().addAll(c.agreements());
        String lang = m.locale().getLanguage();
        cells(agreement, a -> "vi".equals(lang) || a.titleEn() == null ? a.titleVi() : a.titleEn());
        agreement.setMaxWidth(420);
        Label error = new Label();
        error.setId("geometry-new-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(m.get("geometry.new.nameVi")), vi);
        g.addRow(1, new Label(m.get("geometry.new.nameEn")), en);
        g.addRow(2, new Label(m.get("geometry.new.kind")), kind);
        g.addRow(3, new Label(m.get("geometry.new.state")), state);
        g.addRow(4, new Label(m.get("geometry.new.agreement")), agreement);
        g.add(error, 0, 5, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = vi.getText().isBlank() ? m.get("geometry.new.error.name")
                    : agreement.getValue() == null ? m.get("geometry.new.error.agreement") : null;
            if (problem != null) {
                error.setText(problem);
                e.consume();
            }
        });
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new NewLink(vi.getText().strip(),
                en.getText().strip(), kind.getValue(), state.getValue(), agreement.getValue().id()));
    }

    static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        box.setCellFactory(v -> cell(text));
        box.setButtonCell(cell(text));
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
