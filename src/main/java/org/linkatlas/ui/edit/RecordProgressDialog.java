package org.linkatlas.ui.edit;

import org.linkatlas.ui.DialogPlacement;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.linkatlas.edit.Edits;
import org.linkatlas.explore.Lifecycle;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.DatePrecision;
import org.linkatlas.model.FuzzyDate;
import org.linkatlas.model.Intervention;
import org.linkatlas.model.Link;
import org.linkatlas.model.LocalText;
import org.linkatlas.model.ProgressEvent;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;
import org.linkatlas.model.Stage;

/**
 * "Record progress…" on a link: which of its interventions, the stage reached, the date as the source gives it
 * (its words, an ISO partial value, its precision), the evidence (a seed or an imported source and the verbatim
 * quote from it) and a note in both languages. OK is refused, with the reason shown in the dialog and nothing
 * typed lost, while a field is wrong (the quote not found verbatim in the chosen source, a date value that is
 * not YYYY, YYYY-MM or YYYY-MM-DD). The quote can be picked in the source viewer (words selected there).
 * JavaFX thread only.
 */
final class RecordProgressDialog {
    /** What the dialog gives: the intervention and the new event. */
    record Progress(String interventionId, ProgressEvent event) {
    }

    private RecordProgressDialog() {
    }

    static Optional<Progress> ask(Window owner, Catalogue c, Link link, Messages messages, FieldEditors.Sources sources) {
        Lifecycle life = new Lifecycle(c, messages);
        Dialog<Progress> d = DialogPlacement.overOwner(new Dialog<>());
        d.initOwner(owner);
        d.setTitle(messages.get("progress.title", link.nameVi()));
        d.setHeaderText(messages.get("progress.header", link.nameVi()));
        ComboBox<Intervention> intervention = combo("progress-intervention", link.interventions(), life::intervention);
        ComboBox<Stage> stage = combo("progress-stage", List.of(Stage.values()), s -> messages.get("stage." + Codes.of(s)));
        stage.setValue(Stage.DONE);
        TextField dateText = field("progress-date-text", messages.get("progress.dateText.prompt"));
        TextField dateValue = field("progress-date-value", "2024-08-25");
        ComboBox<DatePrecision> precision = combo("progress-precision", List.of(DatePrecision.values()),
                p -> messages.get("precision." + Codes.of(p)));
        precision.setValue(DatePrecision.DAY);
        ComboBox<Seed> source = combo("progress-source", c.seeds(), s -> sources.label(s.fileName()));
        TextArea quote = new TextArea();
        quote.setId("progress-quote");
        quote.setPrefRowCount(3);
        quote.setWrapText(true);
        quote.setPromptText(messages.get("progress.quote.prompt"));
        TextField noteVi = field("progress-note-vi", "");
        TextField noteEn = field("progress-note-en", "");
        Label error = new Label();
        error.setId("progress-error");
        error.getStyleClass().add("overdue");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty()); // no empty red badge
        error.managedProperty().bind(error.visibleProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        g.addRow(row++, new Label(messages.get("progress.intervention")), intervention);
        g.addRow(row++, new Label(messages.get("progress.stage")), stage);
        g.addRow(row++, new Label(messages.get("progress.dateText")), dateText);
        g.addRow(row++, new Label(messages.get("progress.dateValue")), dateValue);
        g.addRow(row++, new Label(messages.get("progress.precision")), precision);
        Button pick = new Button(messages.get("form.pickQuote"));
        pick.setId("progress-pick");
        pick.disableProperty().bind(source.valueProperty().isNull());
        pick.setOnAction(e -> sources.pick(pick.getScene().getWindow(), source.getValue().fileName(), quote::setText));
        javafx.scene.layout.HBox sourceRow = new javafx.scene.layout.HBox(6, source, pick);
        javafx.scene.layout.HBox.setHgrow(source, javafx.scene.layout.Priority.ALWAYS);
        g.addRow(row++, new Label(messages.get("progress.source")), sourceRow);
        g.addRow(row++, new Label(messages.get("progress.quote")), quote);
        g.addRow(row++, new Label(messages.get("progress.noteVi")), noteVi);
        g.addRow(row++, new Label(messages.get("progress.noteEn")), noteEn);
        g.add(error, 0, row, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (!link.interventions().isEmpty()) {
            intervention.setValue(link.interventions().get(0));
        }
        Progress[] built = new Progress[1];
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("progress-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String problem = null;
            try {
                built[0] = build(c, intervention.getValue(), stage.getValue(), dateText.getText(), dateValue.getText(),
                        precision.getValue(), source.getValue(), quote.getText(), noteVi.getText(), noteEn.getText(), messages);
            } catch (IllegalArgumentException bad) {
                problem = bad.getMessage();
            }
            if (problem != null) {
                error.setText(problem);
                e.consume(); // the dialog stays open with everything typed
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? built[0] : null);
        return d.showAndWait();
    }

    /** @throws IllegalArgumentException with the message to show */
    static Progress build(Catalogue c, Intervention iv, Stage stage, String dateText, String dateValue,
                          DatePrecision precision, Seed seed, String quote, String noteVi, String noteEn, Messages messages) {
        if (iv == null) {
            throw new IllegalArgumentException(messages.get("progress.error.intervention"));
        }
        if (seed == null) {
            throw new IllegalArgumentException(messages.get("progress.error.source"));
        }
        String q = quote == null ? "" : Normalizer.normalize(quote.strip(), Normalizer.Form.NFC);
        if (q.isEmpty() || !Normalizer.normalize(seed.text(), Normalizer.Form.NFC).contains(q)) {
            throw new IllegalArgumentException(messages.get("progress.error.quote"));
        }
        String value = dateValue == null || dateValue.isBlank() ? null : dateValue.strip();
        String words = dateText == null || dateText.isBlank() ? null : dateText.strip();
        if (value == null && words == null) {
            throw new IllegalArgumentException(messages.get("progress.error.date"));
        }
        FuzzyDate date;
        try {
            date = new FuzzyDate(words == null ? value : words, value,
                    value == null ? DatePrecision.UNKNOWN : precision, null, null);
        } catch (RuntimeException bad) {
            throw new IllegalArgumentException(messages.get("progress.error.dateValue", value));
        }
        LocalText note = noteVi.isBlank() && noteEn.isBlank() ? null : LocalText.of(noteVi.strip(), noteEn.strip());
        return new Progress(iv.id(), new ProgressEvent(Edits.newEventId(c, iv.id()), date, stage,
                new Source(seed.fileName(), q), note));
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, java.util.function.Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(36);
        return f;
    }
}
