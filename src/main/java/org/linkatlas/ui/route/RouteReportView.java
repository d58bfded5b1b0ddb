package org.linkatlas.ui.route;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Source;
import org.linkatlas.report.ReportFormat;
import org.linkatlas.report.ReportText;
import org.linkatlas.report.RouteReport;

/**
 * The route panel's results: a route's or corridor's report as the user reads it, the title with the
 * outputs row under it, the two variants side by side (distance, time, detour, which one is listed), the
 * distance saved, the notes, and each segment with its agreements, commitments (overdue flagged) and quotes
 * whose source opens on a click. Split out of {@link RoutePanel}, which builds the inputs and the outputs row
 * and calls {@link #show} whenever the report changes; the nodes are rebuilt from the report each time.
 * JavaFX thread only.
 */
final class RouteReportView {
    private final RouteViewModel vm;
    private final Messages messages;
    private final org.linkatlas.explore.DateWords dates;
    private final Consumer<Source> openSource;
    private final Supplier<Node> outputs;
    private final VBox results = new VBox(8);

    /** @param outputs makes the print / PDF / GeoJSON / CSV row put under each report's title */
    RouteReportView(RouteViewModel vm, Messages messages, Consumer<Source> openSource, Supplier<Node> outputs) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new org.linkatlas.explore.DateWords(messages);
        this.openSource = openSource;
        this.outputs = outputs;
    }

    Node node() {
        return results;
    }

    static Label styled(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    private Label section(String key) {
        return styled(messages.get(key), "section-title");
    }

    /** Shows {@code r}, or the help when there is no route. */
    void show(RouteReport r) {
        results.getChildren().clear();
        if (r == null) {
            results.getChildren().add(styled(messages.get("route.help"), "details-subtitle"));
            return;
        }
        ReportFormat f = new ReportFormat(r.lang());
        Label head = styled(messages.get(r.kind() == RouteReport.Kind.CORRIDOR ? "report.title.corridor" : "report.title.route",
                r.from(), r.to()), "section-title");
        head.setId("route-summary-title");
        results.getChildren().add(head);
        results.getChildren().add(outputs.get()); // under the title: exports and print never scroll out of reach
        if (r.kind() == RouteReport.Kind.ROUTE) {
            ToggleGroup group = new ToggleGroup();
            HBox cards = new HBox(8, card("route-existing", "report.existing", r.existing(), f, group, false),
                    card("route-with-planned", "report.withPlanned", r.withPlanned(), f, group, true));
            results.getChildren().add(cards);
            String saved = r.existing().connected() && r.withPlanned().connected()
                    ? messages.get("report.savedTime", f.km(r.savedKm()), Math.round(r.savedMinutes()))
                    : !r.existing().connected() && r.withPlanned().connected() ? messages.get("report.onlyPlanned") : "";
            if (!saved.isEmpty()) {
                Label s = styled(saved, "route-saved");
                s.setId("route-saved");
                results.getChildren().add(s);
            }
            if (!r.plannedLinks().isEmpty()) {
                Label which = styled(messages.get("report.plannedLinks", String.join(", ", r.plannedLinks())), "route-saved");
                which.setId("route-planned-links");
                results.getChildren().add(which);
            }
        } else {
            results.getChildren().add(card("route-existing", "report.corridor", r.existing(), f, null, false));
        }
        for (String note : r.notes()) {
            results.getChildren().add(styled("• " + note, "uncertainty"));
        }
        results.getChildren().add(styled(messages.get("report.lengths"), "source"));
        if (!r.segments().isEmpty()) {
            results.getChildren().add(section(r.kind() == RouteReport.Kind.CORRIDOR ? "report.segments.corridor"
                    : r.plannedListed() ? "report.segments.planned" : "report.segments.existing"));
        }
        for (RouteReport.Segment s : r.segments()) {
            results.getChildren().add(segment(s, f));
        }
    }

    private VBox card(String id, String titleKey, RouteReport.Total t, ReportFormat f, ToggleGroup group, boolean planned) {
        VBox card = new VBox(4);
        card.setId(id);
        card.getStyleClass().addAll("variant-card", planned ? "variant-planned" : "variant-existing");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setPrefWidth(10); // the two cards share the width equally, whatever their text
        RouteReport shown = vm.reportProperty().get();
        Label km = new Label(t.connected() ? f.km(t.km()) : shown != null && shown.kind() == RouteReport.Kind.ROUTE
                ? messages.get("report.notConnectedOn", ReportText.networkName(messages, shown))
                : messages.get("report.notConnected"));
        km.setId(id + "-km");
        km.getStyleClass().add(t.connected() ? "variant-km" : "variant-none");
        km.setWrapText(true);
        card.getChildren().addAll(styled(messages.get(titleKey), "agreement-title"), km);
        if (t.connected()) {
            card.getChildren().add(new Label(messages.get("route.segmentsCount", t.segments())));
            if (!Double.isNaN(t.minutes()) && t.minutes() > 0) {
                Label time = new Label(messages.get("report.time", Math.round(t.minutes())));
                time.setId(id + "-minutes");
                time.setWrapText(true);
                card.getChildren().add(time);
            }
            if (!Double.isNaN(t.detourRatio())) {
                card.getChildren().add(styled(messages.get("report.detour",
                        String.format(messages.locale(), "%.2f", t.detourRatio()), f.km(t.straightKm())), "source"));
            }
            if (t.approximate()) {
                card.getChildren().add(styled(messages.get("route.approximate"), "uncertainty"));
            }
            if (t.startGapKm() + t.endGapKm() > 0.05) {
                card.getChildren().add(styled(messages.get("report.total.gaps", f.km(t.startGapKm()), f.km(t.endGapKm())), "source"));
            }
        }
        if (group != null) {
            RadioButton list = new RadioButton(messages.get("route.list"));
            list.setWrapText(true);
            list.setId(id + "-list");
            list.setToggleGroup(group);
            list.setDisable(!t.connected());
            list.setSelected(vm.reportProperty().get() != null && vm.reportProperty().get().plannedListed() == planned);
            list.setOnAction(e -> vm.listPlannedProperty().set(planned));
            card.getChildren().add(list);
        }
        return card;
    }

    private Node segment(RouteReport.Segment s, ReportFormat f) {
        VBox v = new VBox(3);
        v.getStyleClass().add("route-segment");
        v.setPadding(new Insets(6, 0, 6, 0));
        Label name = styled(s.number() + ". " + s.name() + " — " + (s.approximate() ? "≈ " : "") + f.km(s.km()), "agreement-title");
        name.getStyleClass().add("route-segment-name");
        v.getChildren().add(name);
        v.getChildren().add(styled(s.kind() + " · " + s.status() + " · " + s.accuracy() + " (±" + f.km(s.accuracyKm()) + ")"
                + (s.approximate() ? " · " + messages.get("report.geometryApproximate") : ""), "details-subtitle"));
        if (s.context()) {
            v.getChildren().add(styled(messages.get("report.context.base"), "uncertainty"));
        }
        if (!s.provinces().isEmpty()) {
            v.getChildren().add(styled(messages.get("sheets.col.provinces") + ": " + String.join("; ", s.provinces()), "details-subtitle"));
        }
        if (s.costBillionVnd() != null) {
            v.getChildren().add(styled(messages.get("report.cost") + ": " + messages.get("report.billionVnd", f.cost(s.costBillionVnd())), "details-subtitle"));
        }
        for (RouteReport.AgreementRef a : s.agreements()) {
            v.getChildren().add(styled(messages.get("report.agreement") + ": " + a.title(), "source"));
        }
        for (RouteReport.CommitmentRow c : s.commitments()) {
            Label action = styled(c.action() + (c.actors().isEmpty() ? "" : " (" + c.actors() + ")"), "commitment-action");
            v.getChildren().add(action);
            if (c.deadline() != null) {
                HBox due = new HBox(6, new Label(messages.get("report.deadline") + ": " + c.deadline()
                        + (c.due() == null ? "" : " " + messages.get("report.pdf.due", dates.day(c.due())))));
                if (c.overdue()) {
                    Label overdue = new Label(messages.get("report.overdue"));
                    overdue.getStyleClass().addAll("overdue", "route-overdue");
                    due.getChildren().add(overdue);
                }
                v.getChildren().add(due);
            }
            if (c.source() != null) {
                v.getChildren().add(quote(c.source()));
            }
        }
        for (Source src : s.sources()) {
            v.getChildren().add(quote(src));
        }
        return v;
    }

    private Node quote(Source src) {
        Label q = styled("“" + src.quote() + "”", "quote");
        q.getStyleClass().add("route-quote");
        Button open = new Button(src.seed());
        open.getStyleClass().add("source-button");
        open.setOnAction(e -> openSource.accept(src));
        return new VBox(1, q, open);
    }
}
