package org.linkatlas.ui.explorer;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.linkatlas.map.LinkStyle;
import org.linkatlas.explore.LinkFilter;
import org.linkatlas.model.Agreement;
import org.linkatlas.model.Catalogue;
import org.linkatlas.model.Codes;
import org.linkatlas.model.LinkKind;
import org.linkatlas.model.LinkStatus;
import org.linkatlas.model.Province;
import org.linkatlas.i18n.Messages;

/**
 * Filters (kind, status, province by old or new name, agreement, year) writing into the view model's
 * filter, the live count, and the legend of colours and line styles. JavaFX thread only.
 */
final class FiltersPanel {
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2030;
    private final ExplorerViewModel vm;
    private final Messages messages;
    private final VBox box = new VBox(6);
    private final ComboBox<String> province = new ComboBox<>();
    private final ComboBox<Agreement> agreement = new ComboBox<>();
    private final java.util.Map<LinkStatus, CheckBox> statusBoxes = new java.util.EnumMap<>(LinkStatus.class);
    private final java.util.Map<LinkKind, CheckBox> kindBoxes = new java.util.EnumMap<>(LinkKind.class);
    private final CheckBox byYear = new CheckBox();
    private final Slider year = new Slider(FIRST_YEAR, LAST_YEAR, 2025);
    private final Label yearLabel = new Label();
    private final boolean english;
    /** True while the widgets are being set from the filter: their listeners must not write it back. */
    private boolean syncing;

    /** @param attached where listeners on the window-long view model are noted, to be taken off with the view */
    FiltersPanel(ExplorerViewModel vm, Messages messages, org.linkatlas.ui.Attachments attached) {
        this.vm = vm;
        this.messages = messages;
        this.english = !"vi".equals(messages.locale().getLanguage()); // the English bundle is the root one: its locale is ""
        box.setId("filters");
        box.setPadding(new Insets(10));
        build();
        attached.listen(vm.catalogueProperty(), (old, c) -> fillChoices(c));
        fillChoices(vm.catalogueProperty().get()); // none yet (or a damaged store): the 'all' entries alone
        // the widgets show the filter in force, whoever set it: a view rebuilt for another language, a search
        // that cleared a filter hiding its result, Reset filters
        attached.listen(vm.filterProperty(), (old, f) -> sync(f));
        sync(vm.filterProperty().get());
    }

    /** Sets every widget from the filter without writing back to it. */
    private void sync(LinkFilter f) {
        syncing = true;
        try {
            statusBoxes.forEach((s, cb) -> cb.setSelected(f.statuses().contains(s)));
            kindBoxes.forEach((k, cb) -> cb.setSelected(f.kinds().contains(k)));
            if (!province.getItems().isEmpty()) {
                int i = f.province() == null ? 0 : province.getItems().indexOf(f.province());
                province.getSelectionModel().select(Math.max(0, i));
            }
            if (!agreement.getItems().isEmpty()) {
                Agreement chosen = agreement.getItems().stream().filter(a -> a.id().equals(f.agreement()))
                        .findFirst().orElse(agreement.getItems().get(0));
                agreement.getSelectionModel().select(chosen);
            }
            byYear.setSelected(f.year() != null);
            if (f.year() != null) {
                year.setValue(f.year());
            }
            showYear();
        } finally {
            syncing = false;
        }
    }

    private void showYear() {
        yearLabel.setText(byYear.isSelected() ? messages.get("filters.yearValue", String.valueOf(Math.round(year.getValue())))
                : messages.get("filters.allYears"));
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(220);
        return scroll;
    }

    private void build() {
        Label count = new Label();
        count.setId("count");
        count.getStyleClass().add("count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("filters.count", vm.countTextProperty().get()), vm.countTextProperty()));
        box.getChildren().add(count);

        box.getChildren().add(section("filters.status"));
        for (LinkStatus s : LinkStatus.values()) {
            CheckBox cb = new CheckBox(messages.get("status." + Codes.of(s)));
            cb.setId("status-" + Codes.of(s));
            cb.setGraphic(swatch(LinkStyle.color(s)));
            cb.setWrapText(true);
            cb.setTooltip(new Tooltip(messages.get("tooltip.statusFilter")));
            cb.selectedProperty().addListener((o, old, on) -> {
                if (!syncing) {
                    vm.filterProperty().set(vm.filterProperty().get().withStatuses(
                            toggle(vm.filterProperty().get().statuses(), s, on, LinkStatus.class)));
                }
            });
            statusBoxes.put(s, cb);
            box.getChildren().add(cb);
        }
        box.getChildren().add(section("filters.kind"));
        FlowPane kinds = new FlowPane(8, 4);
        kinds.setMinWidth(0); // its computed minimum is its widest box's full width, which widened the whole panel
        for (LinkKind k : LinkKind.values()) {
            CheckBox cb = new CheckBox(messages.get("kind." + Codes.of(k)));
            cb.setId("kind-" + Codes.of(k));
            // a long name ("Tuyến vận tải, tuyến du lịch") wraps inside the panel instead of widening it
            cb.setWrapText(true);
            cb.maxWidthProperty().bind(kinds.widthProperty());
            cb.setTooltip(new Tooltip(messages.get("tooltip.kindFilter")));
            cb.selectedProperty().addListener((o, old, on) -> {
                if (!syncing) {
                    vm.filterProperty().set(vm.filterProperty().get().withKinds(
                            toggle(vm.filterProperty().get().kinds(), k, on, LinkKind.class)));
                }
            });
            kindBoxes.put(k, cb);
            kinds.getChildren().add(cb);
        }
        box.getChildren().add(kinds);

        box.getChildren().add(section("filters.province"));
        province.setId("province-filter");
        province.setMaxWidth(Double.MAX_VALUE);
        province.setTooltip(new Tooltip(messages.get("tooltip.provinceFilter")));
        province.setOnAction(e -> {
            if (!syncing) {
                vm.filterProperty().set(vm.filterProperty().get().withProvince(
                        province.getSelectionModel().getSelectedIndex() <= 0 ? null : province.getValue()));
            }
        });
        box.getChildren().add(province);

        box.getChildren().add(section("filters.agreement"));
        agreement.setId("agreement-filter");
        agreement.setMaxWidth(Double.MAX_VALUE);
        agreement.setCellFactory(l -> new AgreementCell(english));
        agreement.setButtonCell(new AgreementCell(english));
        agreement.setTooltip(new Tooltip(messages.get("tooltip.agreementFilter")));
        agreement.setOnAction(e -> {
            Agreement a = agreement.getValue();
            if (syncing) {
                return;
            }
            vm.filterProperty().set(vm.filterProperty().get().withAgreement(a == null || a.id().isEmpty() ? null : a.id()));
        });
        box.getChildren().add(agreement);

        box.getChildren().add(section("filters.year"));
        byYear.setText(messages.get("filters.byYear"));
        byYear.setWrapText(true);
        byYear.setTooltip(new Tooltip(messages.get("tooltip.yearFilter")));
        byYear.setId("year-enabled");
        year.setId("year-slider");
        year.setTooltip(new Tooltip(messages.get("tooltip.yearFilter")));
        year.setMajorTickUnit(2);
        year.setMinorTickCount(1);
        year.setSnapToTicks(true);
        year.setShowTickLabels(true);
        year.setLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return String.valueOf(Math.round(v)); // not "2,019"
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        });
        year.setShowTickMarks(true);
        year.disableProperty().bind(byYear.selectedProperty().not());
        yearLabel.setId("year-label");
        yearLabel.setWrapText(true); // in Vietnamese the year comes last: cut, it was invisible
        Runnable applyYear = () -> {
            showYear();
            if (!syncing) {
                int y = (int) Math.round(year.getValue());
                vm.filterProperty().set(vm.filterProperty().get().withYear(byYear.isSelected() ? y : null));
            }
        };
        byYear.selectedProperty().addListener((o, a, b) -> applyYear.run());
        year.valueProperty().addListener((o, a, b) -> applyYear.run());
        Button reset = new Button(messages.get("filters.reset"));
        reset.setId("reset-filters");
        reset.setTooltip(new Tooltip(messages.get("tooltip.resetFilters")));
        reset.setOnAction(e -> vm.resetFilters());
        box.getChildren().addAll(byYear, year, yearLabel, reset);

        box.getChildren().add(section("legend.title"));
        box.getChildren().add(legend());
    }

    private Node legend() {
        VBox legend = new VBox(3);
        legend.setId("legend");
        legend.getChildren().add(small(messages.get("legend.colours")));
        legend.getChildren().add(small(messages.get("legend.lines")));
        legend.getChildren().add(small(messages.get("legend.points")));
        legend.getChildren().add(small(messages.get("legend.accuracy")));
        return legend;
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("legend-text");
        return l;
    }

    /** The choices of {@code c}; with no catalogue (not read yet, or none: a damaged store) only 'all', disabled. */
    private void fillChoices(Catalogue c) {
        // sorted as the window's language sorts, word by word: Hà Nội, Hải Dương, Hòa Bình in Vietnamese
        Set<String> names = new TreeSet<>(org.linkatlas.i18n.NameOrder.of(
                english ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("vi")));
        for (Province p : c == null ? java.util.List.<Province>of() : c.provinces()) {
            names.add(p.name());
            names.add(p.successor());
        }
        province.getItems().setAll(messages.get("filters.allProvinces"));
        province.getItems().addAll(names);
        String all = messages.get("filters.allAgreements");
        agreement.getItems().setAll(new Agreement("", null, null, all, all, null, null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
        agreement.getItems().addAll(c == null ? java.util.List.of() : c.agreements());
        province.setDisable(c == null); // nothing to choose from
        agreement.setDisable(c == null);
        sync(vm.filterProperty().get());
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.setWrapText(true); // "Province (at signing or since 2025)" was cut at the panel's edge
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Rectangle swatch(Color c) {
        Rectangle r = new Rectangle(18, 5, c);
        return r;
    }

    private static <E extends Enum<E>> Set<E> toggle(Set<E> set, E value, boolean on, Class<E> type) {
        EnumSet<E> out = set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
        if (on) {
            out.add(value);
        } else {
            out.remove(value);
        }
        return out;
    }

    /** Shows an agreement by its title, cut to fit. */
    private static final class AgreementCell extends ListCell<Agreement> {
        private final boolean english;

        AgreementCell(boolean english) {
            this.english = english;
        }

        @Override
        protected void updateItem(Agreement a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : english && a.titleEn() != null ? a.titleEn() : a.titleVi());
        }
    }

}
