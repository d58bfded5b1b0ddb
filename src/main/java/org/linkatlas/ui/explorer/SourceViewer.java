package org.linkatlas.ui.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkatlas.catalogue.QuoteMatcher;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Seed;
import org.linkatlas.model.Source;

/**
 * A window showing a seed article whole under a heading (its title, publisher and date as far as the saved
 * text gives them), with the quoted words highlighted and the first scrolled into view. Esc closes it. While a
 * record is edited it also opens for picking a quote ({@link #pickQuote}): the text can then be selected and the
 * selected words used as the quote. JavaFX thread only.
 */
public final class SourceViewer {
    private static final Properties HEADINGS = headings();

    private SourceViewer() {
    }

    /** @param quotes sources from {@code seed}; every one found in the text is highlighted */
    static Stage show(Window owner, Seed seed, List<Source> quotes, Messages messages) {
        String text = seed.text();
        List<int[]> found = new ArrayList<>();
        for (Source s : quotes) {
            int[] at = QuoteMatcher.locate(s.quote(), text);
            if (at != null && found.stream().noneMatch(f -> f[0] < at[1] && at[0] < f[1])) {
                found.add(at);
            }
        }
        found.sort(Comparator.comparingInt(a -> a[0]));
        TextFlow flow = new TextFlow();
        flow.setId("source-text");
        flow.setLineSpacing(3);
        int from = 0;
        for (int i = 0; i < found.size(); i++) {
            int[] at = found.get(i);
            Text quote = new Text(text.substring(at[0], at[1]));
            quote.getStyleClass().add("source-quote");
            if (i == 0) {
                quote.setId("source-quote");
            }
            flow.getChildren().addAll(new Text(text.substring(from, at[0])), quote);
            from = at[1];
        }
        flow.getChildren().add(new Text(text.substring(from)));
        flow.setPrefWidth(640);
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(12));
        BorderPane root = new BorderPane(scroll);
        root.setTop(heading(seed, messages));
        Stage stage = window(owner, root, HEADINGS.getProperty(seed.fileName() + ".title"), seed, messages);
        stage.show();
        if (!found.isEmpty()) {
            scroll.setVvalue(Math.max(0, Math.min(1, (double) found.get(0)[0] / Math.max(1, text.length()) - 0.05)));
        }
        return stage;
    }

    /**
     * The article with its text selectable; "Use the selected words as the quote" gives the selection (exactly as
     * it stands in the text) to {@code use} and closes the window.
     */
    public static Stage pickQuote(Window owner, Seed seed, org.linkatlas.model.SourceDocument imported, Messages messages,
                                  java.util.function.Consumer<String> use) {
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(seed.text());
        text.setId("source-pick-text");
        text.setEditable(false);
        text.setWrapText(true);
        javafx.scene.control.Button ok = new javafx.scene.control.Button(messages.get("source.useSelection"));
        ok.setId("source-use-selection");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(text.selectedTextProperty().isEmpty());
        Label hint = new Label(messages.get("source.selectHint"));
        hint.setWrapText(true);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, hint, ok);
        javafx.scene.layout.HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        bar.setPadding(new Insets(8, 12, 10, 12));
        BorderPane root = new BorderPane(text, imported == null ? heading(seed, messages) : heading(imported, messages), null, bar, null);
        BorderPane.setMargin(text, new Insets(0, 12, 0, 12));
        Stage stage = window(owner, root, imported != null ? imported.title() : HEADINGS.getProperty(seed.fileName() + ".title"),
                seed, messages);
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL); // above the form it was opened from
        ok.setOnAction(e -> {
            use.accept(text.getSelectedText());
            stage.close();
        });
        stage.show();
        return stage;
    }

    /**
     * The viewer's window, not shown yet: titled by the article (or its file name), sized, styled as its owner,
     * closed by Esc.
     */
    private static Stage window(Window owner, BorderPane root, String title, Seed seed, Messages messages) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("source.title", title != null ? title : seed.fileName()));
        Scene scene = new Scene(root, 720, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        return stage;
    }

    /** An imported article's heading: what the user said about it when importing. */
    private static VBox heading(org.linkatlas.model.SourceDocument d, Messages messages) {
        Label t = new Label(d.title());
        t.setId("source-heading-title");
        t.getStyleClass().add("source-heading-title");
        t.setWrapText(true);
        Label publisher = new Label(messages.get("source.publisher", d.publisher() != null ? d.publisher() : messages.get("source.noPublisher")));
        publisher.setId("source-heading-publisher");
        Label when = new Label(d.date() != null ? messages.get("source.date", d.date()) : messages.get("source.noDate"));
        when.setId("source-heading-date");
        VBox box = new VBox(3, t, publisher, when);
        if (d.url() != null) {
            Label url = new Label(d.url());
            url.getStyleClass().add("source");
            box.getChildren().add(url);
        }
        box.setId("source-heading");
        box.getStyleClass().add("source-heading");
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private static VBox heading(Seed seed, Messages messages) {
        String title = HEADINGS.getProperty(seed.fileName() + ".title");
        String date = HEADINGS.getProperty(seed.fileName() + ".date");
        Label t = new Label(title != null ? title : messages.get("source.noTitle"));
        t.setId("source-heading-title");
        t.getStyleClass().add(title != null ? "source-heading-title" : "source-heading-missing");
        t.setWrapText(true);
        Label publisher = new Label(messages.get("source.publisher", messages.get("source.noPublisher")));
        publisher.setId("source-heading-publisher");
        Label when = new Label(date != null ? messages.get("source.date", date) : messages.get("source.noDate"));
        when.setId("source-heading-date");
        Label file = new Label(messages.get("source.file", seed.fileName()));
        file.getStyleClass().add("source");
        Label esc = new Label(messages.get("source.escCloses"));
        esc.getStyleClass().add("source");
        VBox box = new VBox(3, t, publisher, when, file, esc);
        box.setId("source-heading");
        box.getStyleClass().add("source-heading");
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private static Properties headings() {
        Properties p = new Properties();
        try (InputStream in = SourceViewer.class.getResourceAsStream("seed-headings.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // without headings the viewer still shows the article, under its file name
        }
        return p;
    }

    /** The heading values for a seed (title, date), for tests; null where the text has none. */
    static String[] headingOf(String seedFile) {
        return new String[] {HEADINGS.getProperty(seedFile + ".title"), HEADINGS.getProperty(seedFile + ".date")};
    }
}
