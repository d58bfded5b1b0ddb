package org.linkatlas.ui.geometry;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.linkatlas.edit.geometry.GeometryMethod;
import org.linkatlas.i18n.Messages;

/**
 * The geometry tools' bar in the status line: how the geometry was obtained and ± km (both bound to the
 * {@link GeometryTool}'s accuracy fields, both ways), the length as drawn, and the hint for the tool in use or
 * why the last edit was refused, in the window's language. Split out of {@link GeometryControls}, which puts
 * it into the window. JavaFX thread only.
 */
final class AccuracyBar {
    private final GeometryTool tool;
    private final Messages m;
    private final Label status = new Label();

    AccuracyBar(GeometryTool tool, Messages m) {
        this.tool = tool;
        this.m = m;
    }

    /** The bar, shown while a tool is in use. */
    HBox node() {
        ComboBox<GeometryMethod> method = new ComboBox<>();
        method.setId("geometry-method");
        method.getItems().addAll(GeometryMethod.values());
        method.setPromptText(m.get("geometry.method.prompt"));
        NewLinkDialog.cells(method, g -> m.get("geometry.method." + g.code()));
        method.valueProperty().bindBidirectional(tool.methodProperty());
        TextField km = new TextField();
        km.setId("geometry-uncertainty");
        km.setPrefColumnCount(4);
        km.setPromptText(m.get("geometry.uncertainty.prompt"));
        km.textProperty().addListener((o, a, b) -> tool.uncertaintyKmProperty().set(number(b)));
        tool.uncertaintyKmProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(number(km.getText()))) {
                km.setText(new java.math.BigDecimal(b).stripTrailingZeros().toPlainString());
            }
        });
        Label length = new Label();
        length.setId("geometry-length");
        length.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("geometry.length", String.format(m.locale(), "%.2f", tool.lengthKmProperty().get())),
                tool.lengthKmProperty()));
        status.setId("geometry-status");
        status.getStyleClass().add("form-error");
        Runnable say = () -> status.setText(problemText(tool.problemProperty().get()));
        tool.problemProperty().addListener((o, a, b) -> say.run());
        tool.modeProperty().addListener((o, a, b) -> say.run());
        HBox bar = new HBox(6, new Label(m.get("geometry.method")), method, new Label("±"), km, new Label("km"), length, status);
        bar.getChildren().forEach(n -> {
            if (n != status && n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE); // the status line may cut the hint, never these
            }
        });
        km.setMinWidth(60);
        method.setPrefWidth(220);
        status.setMinWidth(0);
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        bar.setId("geometry-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.visibleProperty().bind(tool.modeProperty().isNotEqualTo(GeometryTool.Mode.NONE));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** A number typed with a point or a comma; null when blank, NaN when not a number. */
    static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String problemText(String p) {
        if (p == null) {
            return tool.modeProperty().get() == GeometryTool.Mode.DRAW ? m.get("geometry.hint.draw")
                    : tool.modeProperty().get() == GeometryTool.Mode.VERTEX ? m.get("geometry.hint.vertices") : "";
        }
        return switch (p) {
            case "accuracy" -> m.get("geometry.error.accuracy");
            case "line" -> m.get("geometry.error.line");
            case "point" -> m.get("geometry.error.point");
            case "select" -> m.get("geometry.error.select");
            default -> m.get("geometry.error.refused", p);
        };
    }
}
