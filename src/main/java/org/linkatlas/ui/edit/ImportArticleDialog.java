package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.linkatlas.edit.SourceImporter;
import org.linkatlas.i18n.Messages;

/**
 * File → Import article…: the article as pasted text or as a .txt, .html or .pdf file, with its title
 * (required), publisher, date as the article gives it, URL and the day it was retrieved (today unless changed).
 * OK is refused, with the reason shown and everything typed kept, while the title or the text is missing or the
 * retrieved day is not a date; reading the file happens afterwards on the store thread, and a file that cannot
 * be read brings the dialog back as it was, with the reason. JavaFX thread only.
 */
final class ImportArticleDialog {
    /** What to import: a file, or pasted text (exactly one of them), and what the user says about it. */
    record Request(Path file, String text, SourceImporter.Metadata metadata) {
    }

    private ImportArticleDialog() {
    }

    /** @param before what was asked last time (shown again after a failed import), or null; {@code problem} its failure */
    static Optional<Request> ask(Window owner, Messages m, Request before, String problem, LocalDate today) {
        Dialog<Request> d = DialogPlacement.overOwner(new Dialog<>());
        d.initOwner(owner);
        d.setTitle(m.get("import.title"));
        d.setHeaderText(m.get("import.header"));
        ToggleGroup how = new ToggleGroup();
        RadioButton pasted = new RadioButton(m.get("import.pasted"));
        pasted.setId("import-pasted");
        pasted.setToggleGroup(how);
        RadioButton fromFile = new RadioButton(m.get("import.file"));
        fromFile.setId("import-from-file");
        fromFile.setToggleGroup(how);
        TextArea text = FieldEditors.area("import-text");
        text.setPrefRowCount(8);
        text.setPrefColumnCount(50);
        text.setPromptText(m.get("import.text.prompt"));
        TextField file = FieldEditors.field("import-file-path", 40);
        file.setPromptText(m.get("import.file.prompt"));
        Button choose = new Button(m.get("import.choose"));
        choose.setId("import-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("import.filter"), "*.txt", "*.html", "*.htm", "*.pdf"));
            var chosen = chooser.showOpenDialog(d.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                file.setText(chosen.getAbsolutePath());
            }
        });
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        text.disableProperty().bind(pasted.selectedProperty().not());
        fileRow.disableProperty().bind(fromFile.selectedProperty().not());
        TextField title = FieldEditors.field("import-title", 40);
        TextField publisher = FieldEditors.field("import-publisher", 40);
        TextField date = FieldEditors.field("import-date", 20);
        date.setPromptText(m.get("progress.dateText.prompt"));
        TextField url = FieldEditors.field("import-url", 40);
        TextField retrieved = FieldEditors.field("import-retrieved", 12);
        retrieved.setText(today.toString());
        Label error = new Label(problem == null ? "" : problem);
        error.setId("import-error");
        error.getStyleClass().add("overdue");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        pasted.setSelected(true);
        if (before != null) {
            fromFile.setSelected(before.file() != null);
            text.setText(before.text() == null ? "" : before.text());
            file.setText(before.file() == null ? "" : before.file().toString());
            SourceImporter.Metadata md = before.metadata();
            title.setText(n(md.title()));
            publisher.setText(n(md.publisher()));
            date.setText(n(md.date()));
            url.setText(n(md.url()));
            retrieved.setText(md.retrieved() == null ? "" : md.retrieved().toString());
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        g.add(pasted, 0, row++, 2, 1);
        g.add(text, 0, row++, 2, 1);
        g.add(fromFile, 0, row++, 2, 1);
        g.add(fileRow, 0, row++, 2, 1);
        g.addRow(row++, new Label(m.get("import.titleField")), title);
        g.addRow(row++, new Label(m.get("import.publisher")), publisher);
        g.addRow(row++, new Label(m.get("import.date")), date);
        g.addRow(row++, new Label(m.get("import.url")), url);
        g.addRow(row++, new Label(m.get("import.retrieved")), retrieved);
        g.add(error, 0, row, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("import-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Request[] built = new Request[1];
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("import-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String why = null;
            LocalDate day = null;
            try {
                day = retrieved.getText().isBlank() ? null : LocalDate.parse(retrieved.getText().strip());
            } catch (DateTimeParseException bad) {
                why = m.get("import.error.retrieved", retrieved.getText().strip());
            }
            if (title.getText().isBlank()) {
                why = m.get("import.error.title");
            } else if (pasted.isSelected() && text.getText().isBlank()) {
                why = m.get("import.error.text");
            } else if (fromFile.isSelected() && file.getText().isBlank()) {
                why = m.get("import.error.file");
            }
            if (why != null) {
                error.setText(why);
                e.consume(); // the dialog stays open with everything typed
                return;
            }
            built[0] = new Request(fromFile.isSelected() ? Path.of(file.getText().strip()) : null,
                    pasted.isSelected() ? text.getText() : null,
                    new SourceImporter.Metadata(title.getText().strip(), publisher.getText(), date.getText(), url.getText(), day));
        });
        d.setResultConverter(b -> b == ButtonType.OK ? built[0] : null);
        return d.showAndWait();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }
}
