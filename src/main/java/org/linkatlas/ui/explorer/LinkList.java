package org.linkatlas.ui.explorer;

import org.linkatlas.i18n.NameOrder;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.linkatlas.i18n.Messages;
import org.linkatlas.model.Codes;
import org.linkatlas.model.Link;

/**
 * The sortable list of the links the filter lets through, in step with the selection on the map. A row
 * chosen here (click or keyboard) is selected and brought into view on the map. JavaFX thread only.
 */
final class LinkList {
    private final TableView<Link> table = new TableView<>();
    private final Messages messages;

    /** @param reveal brings a link chosen in the list into view on the map */
    LinkList(ExplorerViewModel vm, Messages messages, Consumer<Link> reveal, org.linkatlas.ui.Attachments attached) {
        this.messages = messages;
        table.setId("links");
        SortedList<Link> sorted = new SortedList<>(vm.visibleLinks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("overview.noLinks")));
        table.setTooltip(new Tooltip(messages.get("tooltip.links")));
        table.getColumns().add(column("links.name", 220, Link::nameVi));
        table.getColumns().add(column("links.status", 120, l -> messages.get("status." + Codes.of(l.status()))));
        table.getColumns().add(column("links.kind", 100, l -> messages.get("kind." + Codes.of(l.kind()))));
        table.getColumns().add(column("links.provinces", 180, l -> String.join(", ", l.provinces())));
        table.getColumns().add(column("links.accuracy", 110, l -> l.located() ? messages.get("accuracy." + Codes.of(l.accuracy())) : messages.get("lifecycle.locationUnknown")));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, l) -> {
            if (l != null && l != vm.selectedLinkProperty().get()) {
                vm.selectedLinkProperty().set(l);
                reveal.accept(l);
            }
        });
        attached.listen(vm.selectedLinkProperty(), (old, l) -> {
            if (l == null) {
                table.getSelectionModel().clearSelection();
            } else if (l != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(l);
                table.scrollTo(l);
            }
        });
    }

    TableView<Link> node() {
        return table;
    }

    private TableColumn<Link, String> column(String key, double width, java.util.function.Function<Link, String> value) {
        TableColumn<Link, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // a click on the header sorts as the list is sorted, word by word: names in Vietnamese, labels in the
        // window's language (the table's own comparator would use the system's collator)
        c.setComparator(key.equals("links.name") || key.equals("links.provinces") ? NameOrder.vietnamese()
                : NameOrder.of(messages.locale()));
        return c;
    }
}
