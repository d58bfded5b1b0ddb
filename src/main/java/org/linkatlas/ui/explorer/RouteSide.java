package org.linkatlas.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.linkatlas.i18n.Messages;
import org.linkatlas.map.LinkStyle;
import org.linkatlas.map.MapPane;
import org.linkatlas.map.RouteLayer;
import org.linkatlas.model.Source;
import org.linkatlas.report.PdfExport;
import org.linkatlas.report.RouteReport;
import org.linkatlas.ui.route.RoutePanel;
import org.linkatlas.ui.route.RouteService;
import org.linkatlas.ui.route.RouteViewModel;

/**
 * The explorer's route: the route panel in the right panel's Route tab, the route and the user's road
 * network drawn on the map as the route view model changes, and the File menu's route printing and PDF. JavaFX
 * thread only.
 */
final class RouteSide {
    private final RouteViewModel routes;
    private final MapPane map;
    private final Messages messages;
    private final TabPane side;
    private final ExplorerActions actions;
    private final Tab tab;
    private final RoutePanel panel;

    /**
     * @param mapInputs  what a printed map of the route is drawn from
     * @param openSource opens a quote's seed in the source viewer
     */
    RouteSide(RouteViewModel routes, MapPane map, Messages messages, TabPane side, Tab tab, ExplorerActions actions,
              Supplier<PdfExport.MapInputs> mapInputs, Consumer<Source> openSource, org.linkatlas.ui.Attachments attached) {
        this.tab = tab;
        this.routes = routes;
        this.map = map;
        this.messages = messages;
        this.side = side;
        this.actions = actions;
        this.panel = new RoutePanel(routes, messages, attached, new RoutePanel.Host() {
            @Override
            public java.nio.file.Path save(String title, String initialName, String filterName, String... patterns) {
                return actions.save(title, initialName, filterName, patterns);
            }

            @Override
            public PdfExport.MapInputs mapInputs() {
                return mapInputs.get();
            }

            @Override
            public void openSource(Source s) {
                openSource.accept(s);
            }

            @Override
            public void print(RouteReport report, boolean landscape) {
                actions.print(report, landscape, () -> panel.exportPdf());
            }
        });
        tab.setContent(panel.node());
        attached.listen(routes.reportProperty(), (old, r) -> showRoute(r, true));
        attached.listen(routes.preparedProperty(), (old, p) -> showNetwork(p));
        // a view rebuilt for another language shows what the route view model already holds
        showRoute(routes.reportProperty().get(), false);
        showNetwork(routes.preparedProperty().get());
    }

    /** Shows the route panel with the cursor in "From". */
    void show() {
        side.getSelectionModel().select(tab);
        Platform.runLater(panel::focusFrom);
    }

    void print() {
        if (routes.reportProperty().get() != null) {
            actions.print(routes.reportIn(routes.lang()), false, panel::exportPdf);
        } else {
            show();
        }
    }

    void exportPdf() {
        if (routes.reportProperty().get() != null) {
            panel.exportPdf();
        } else {
            show();
        }
    }

    /** A user's road network in use is drawn under the links and credited on the map; the bundled one is not. */
    private void showNetwork(RouteService.Prepared p) {
        if (p == null) {
            return; // being rebuilt: what is on the map stays until the new network is ready
        }
        String credit = routes.networkCredit(p);
        map.roadNetwork().show(credit != null ? p.network().roads() : List.of());
        map.setNetworkAttribution(credit != null ? messages.get("map.attribution.network", credit) : "");
    }

    /** The route on the map: today's course in blue, with the planned links in magenta (dashed), the ends as dots. */
    private void showRoute(RouteReport r, boolean fit) {
        List<RouteLayer.Course> courses = new ArrayList<>();
        List<org.locationtech.jts.geom.Coordinate> ends = new ArrayList<>();
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
        if (r != null) {
            if (r.withPlanned() != null && r.withPlanned().connected()) {
                courses.add(new RouteLayer.Course(r.withPlanned().line(), LinkStyle.ROUTE_WITH_PLANNED, true));
            }
            if (r.existing().connected()) {
                courses.add(new RouteLayer.Course(r.existing().line(), LinkStyle.ROUTE_EXISTING, false));
            }
            for (RouteLayer.Course c : courses) {
                box.expandToInclude(c.lonLat().getEnvelopeInternal());
                var cs = c.lonLat().getCoordinates();
                if (ends.isEmpty() && cs.length > 0 && r.kind() == RouteReport.Kind.ROUTE) {
                    ends.add(cs[0]);
                    ends.add(cs[cs.length - 1]);
                }
            }
        }
        map.route().show(courses, ends);
        if (fit && !box.isNull()) {
            map.fit(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), 13);
        }
    }
}
