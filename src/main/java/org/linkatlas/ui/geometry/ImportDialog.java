package org.linkatlas.ui.geometry;

import org.linkatlas.ui.DialogPlacement;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.linkatlas.edit.geometry.FileFeature;
import org.linkatlas.edit.geometry.GeometryAccuracy;
import org.linkatlas.edit.geometry.GeometryMethod;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Link;

/**
 * Geometry from a file: the feature to take (layer, number, name, type, length) and how it was obtained with its
 * uncertainty, both required; a missing or impossible figure keeps the dialog open with the reason. JavaFX
 * thread only.
 */
final class ImportDialog {
    record Choice(FileFeature feature, GeometryAccuracy accuracy) {
    }

    private ImportDialog() {
    }

    static Optional<Choice> ask(Window owner, Link l, List<FileFeature> features, GeometryMethod method, Double km, Messages m) {
        Dialog<ButtonType> d = DialogPlacement.overOwner(new Dialog<>());
        d.initOwner(owner);
        d.setTitle(m.get("geometry.import.title"));
        d.setHeaderText(m.get("geometry.import.choose", l.nameVi()));
        d.getDialogPane().setId("geometry-import-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<FileFeature> feature = new ComboBox<>();
        feature.setId("geometry-import-feature");
        feature.getItems().addAll(features);
        feature.setValue(features.get(0));
        NewLinkDialog.cells(feature, FileFeature::describe);
        ComboBox<GeometryMethod> how = new ComboBox<>();
        how.setId("geometry-import-method");
        how.getItems().addAll(GeometryMethod.values());
        how.setValue(method);
        how.setPromptText(m.get("geometry.method.prompt"));
        NewLinkDialog.cells(how, g -> m.get("geometry.method." + g.code()));
        TextField uncertainty = new TextField(km == null ? "" : new java.math.BigDecimal(km).stripTrailingZeros().toPlainString());
        uncertainty.setId("geometry-import-uncertainty");
        uncertainty.setPromptText(m.get("geometry.uncertainty.prompt"));
        Label error = new Label();
        error.setId("geometry-import-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(m.get("geometry.import.feature")), feature);
        g.addRow(1, new Label(m.get("geometry.method")), how);
        g.addRow(2, new Label(m.get("geometry.uncertainty")), uncertainty);
        g.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        GeometryAccuracy[] accuracy = new GeometryAccuracy[1];
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                accuracy[0] = new GeometryAccuracy(how.getValue(),
                        Double.parseDouble(uncertainty.getText().strip().replace(',', '.')));
            } catch (IllegalArgumentException ex) { // NumberFormatException too
                error.setText(m.get("geometry.error.accuracy"));
                e.consume();
            }
        });
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Choice(feature.getValue(), accuracy[0]));
    }
}
