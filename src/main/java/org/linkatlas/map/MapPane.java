package org.linkatlas.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.linkatlas.model.Link;

/**
 * The map: a Gluon {@link MapView} with the {@link LinksLayer}, zoom buttons, and the basemap attribution,
 * always visible in the corner. Hover highlights and a click selects the nearest link within a few pixels.
 * JavaFX thread only.
 */
public final class MapPane extends StackPane {
    public static final double PICK_TOLERANCE_PX = 6;
    private final MapView mapView = new MapView();
    private final RoadNetworkLayer roadNetwork = new RoadNetworkLayer();
    private final LinksLayer links = new LinksLayer();
    private final RouteLayer route = new RouteLayer();
    private final EditLayer edit = new EditLayer();
    private MapTool tool;
    private final Label attribution = new Label();
    private String basemapAttribution = "";
    private String networkAttribution = "";
    private Consumer<Link> onLinkClicked = l -> { };
    private Consumer<Link> onLinkHovered = l -> { };
    private java.util.function.Function<Link, String> describe = Link::nameVi;
    // made when first needed, not with the map: a tooltip is a popup window of its own, and the first one costs
    // milliseconds of class set-up the first frame does not need
    private Tooltip linkTip;
    private final Button zoomIn = new Button("+");
    private final Button zoomOut = new Button("−");
    private Link tipFor;

    public MapPane() {
        mapView.setId("map");
        mapView.setMinSize(0, 0);
        mapView.setPrefSize(600, 400);
        setMinSize(0, 0);
        mapView.addLayer(roadNetwork); // under the links
        mapView.addLayer(links);
        mapView.addLayer(route);
        mapView.addLayer(edit);
        toolEvents();
        attribution.setId("attribution");
        attribution.getStyleClass().add("attribution");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        attribution.setWrapText(true); // never cut: the sources must stay readable on a narrow map
        attribution.maxWidthProperty().bind(widthProperty().subtract(60));
        attribution.setMaxHeight(Label.USE_PREF_SIZE);
        Button in = zoomIn;
        Button out = zoomOut;
        in.setId("zoom-in");
        out.setId("zoom-out");
        in.setOnAction(e -> zoomBy(1));
        out.setOnAction(e -> zoomBy(-1));
        in.getStyleClass().add("zoom-button");
        out.getStyleClass().add("zoom-button");
        VBox zoom = new VBox(4, in, out);
        zoom.setPickOnBounds(false);
        zoom.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_LEFT);
        StackPane.setMargin(zoom, new Insets(10));
        getChildren().addAll(mapView, zoom, attribution);
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Link l = links.linkAt(e.getX(), e.getY(), PICK_TOLERANCE_PX);
            onLinkHovered.accept(l);
            tooltipFor(l);
        });
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltipFor(null));
        // the keyboard: arrows pan, + and - zoom, when the map has the focus (Ctrl+M, F6, or a click)
        setFocusTraversable(true);
        getStyleClass().add("map-pane");
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            double step = 100;
            switch (e.getCode()) {
                case LEFT -> panBy(-step, 0);
                case RIGHT -> panBy(step, 0);
                case UP -> panBy(0, -step);
                case DOWN -> panBy(0, step);
                case PLUS, ADD, EQUALS -> zoomBy(1);
                case MINUS, SUBTRACT -> zoomBy(-1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                onLinkClicked.accept(links.linkAt(e.getX(), e.getY(), PICK_TOLERANCE_PX));
            }
        });
    }

    /** An editing tool's events come first: what it uses neither pans the map nor selects a link. */
    private void toolEvents() {
        mapView.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> toMapTool(e, t -> t.pressed(pointer(e))));
        mapView.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> toMapTool(e, t -> t.dragged(pointer(e))));
        mapView.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> toMapTool(e, t -> t.released(pointer(e))));
        mapView.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> toMapTool(e, t -> t.clicked(pointer(e))));
        mapView.addEventFilter(MouseEvent.MOUSE_MOVED, e -> toMapTool(e, t -> {
            t.moved(pointer(e));
            return false;
        }));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (tool != null && tool.key(e.getCode())) {
                e.consume();
            }
        });
    }

    private void toMapTool(MouseEvent e, java.util.function.Predicate<MapTool> handle) {
        if (tool != null && links.viewport() != null && e.getButton() != javafx.scene.input.MouseButton.SECONDARY
                && handle.test(tool)) {
            e.consume();
            requestFocus();
        }
    }

    private MapPointer pointer(MouseEvent e) {
        MapViewport v = links.viewport();
        javafx.geometry.Point2D p = mapView.sceneToLocal(e.getSceneX(), e.getSceneY());
        return new MapPointer(p.getX(), p.getY(), org.linkatlas.geo.WebMercator.lon(v.worldX(p.getX())),
                org.linkatlas.geo.WebMercator.lat(v.worldY(p.getY())), v.worldPx(), e.getClickCount(), e.isShiftDown());
    }

    /** The editing tool that takes the mouse and keys first, or {@code null} for none (the map pans and picks). */
    public void setTool(MapTool tool) {
        this.tool = tool;
    }

    public MapTool tool() {
        return tool;
    }

    /** The editing overlay (the tool's drawing, vertices, snap target). */
    public EditLayer edit() {
        return edit;
    }

    /** Where the map shows the world now (null before the first frame). */
    public MapViewport viewport() {
        return links.viewport();
    }

    /** The map takes the space it is given; its overlays (a wrapped attribution) must not size it. */
    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    public LinksLayer links() {
        return links;
    }

    /** The route drawn over the links. */
    public RouteLayer route() {
        return route;
    }

    public MapView mapView() {
        return mapView;
    }

    /** A user's road network drawn under the links (empty while the bundled network is in use). */
    public RoadNetworkLayer roadNetwork() {
        return roadNetwork;
    }

    public void setAttribution(String text) {
        basemapAttribution = text == null ? "" : text;
        attribution.setText(basemapAttribution + (networkAttribution.isBlank() ? "" : " · " + networkAttribution));
    }

    /** The credit of the road network drawn over the basemap, after the basemap's; blank for none. */
    public void setNetworkAttribution(String text) {
        networkAttribution = text == null ? "" : text;
        setAttribution(basemapAttribution);
    }

    public void setOnLinkClicked(Consumer<Link> c) {
        this.onLinkClicked = c;
    }

    public void setOnLinkHovered(Consumer<Link> c) {
        this.onLinkHovered = c;
    }

    /** What the tooltip over a link says (name, kind, stage), in the window's language. */
    public void setLinkDescription(java.util.function.Function<Link, String> describe) {
        this.describe = describe;
    }

    /** The zoom buttons' tooltips, in the window's language. */
    public void setZoomTips(String in, String out) {
        zoomIn.setTooltip(new Tooltip(in));
        zoomOut.setTooltip(new Tooltip(out));
    }

    /** The tooltip shown over the link under the mouse; null until the mouse first rests on a link. */
    public Tooltip linkTooltip() {
        return linkTip;
    }

    private void tooltipFor(Link l) {
        if (l == tipFor) {
            return;
        }
        tipFor = l;
        if (l == null) {
            if (linkTip != null) {
                Tooltip.uninstall(mapView, linkTip);
                linkTip.hide();
            }
        } else {
            if (linkTip == null) { // made here, on the JavaFX thread, at the first hover
                linkTip = new Tooltip();
                linkTip.setId("link-tooltip");
                linkTip.setShowDelay(javafx.util.Duration.millis(300));
            }
            linkTip.setText(describe.apply(l));
            Tooltip.install(mapView, linkTip);
        }
    }

    /** Moves the view by screen pixels. */
    public void panBy(double dx, double dy) {
        MapViewport v = links.viewport();
        if (v == null) {
            return;
        }
        double x = v.worldX(v.width() / 2 + dx);
        double y = v.worldY(v.height() / 2 + dy);
        mapView.setCenter(org.linkatlas.geo.WebMercator.lat(y), org.linkatlas.geo.WebMercator.lon(x));
        moved();
    }

    /**
     * Brings a lon/lat box into view: nothing moves when it is already whole on screen; otherwise the map
     * centres on it, zooming out only as far as needed to show it.
     */
    public void reveal(double minLon, double minLat, double maxLon, double maxLat) {
        MapViewport v = links.viewport();
        if (v != null) {
            double x0 = v.screenX(org.linkatlas.geo.WebMercator.x(minLon));
            double x1 = v.screenX(org.linkatlas.geo.WebMercator.x(maxLon));
            double y0 = v.screenY(org.linkatlas.geo.WebMercator.y(maxLat));
            double y1 = v.screenY(org.linkatlas.geo.WebMercator.y(minLat));
            if (x0 >= 0 && y0 >= 0 && x1 <= v.width() && y1 <= v.height()) {
                return;
            }
        }
        fit(minLon, minLat, maxLon, maxLat, Math.max(6, Math.floor(zoom())));
    }

    public void show(double lat, double lon, double zoom) {
        mapView.setZoom(zoom);
        mapView.setCenter(lat, lon);
        moved();
    }

    /**
     * Shows a lon/lat box whole, with a margin, zooming no further in than {@code maxZoom} (a bridge is a
     * few hundred metres long: zoom 13 keeps its surroundings in view).
     */
    public void fit(double minLon, double minLat, double maxLon, double maxLat, double maxZoom) {
        double w = Math.max(200, getWidth() - 80);
        double h = Math.max(150, getHeight() - 80);
        double dx = Math.max(1e-9, org.linkatlas.geo.WebMercator.x(maxLon) - org.linkatlas.geo.WebMercator.x(minLon));
        double dy = Math.max(1e-9, org.linkatlas.geo.WebMercator.y(minLat) - org.linkatlas.geo.WebMercator.y(maxLat));
        double zoom = Math.floor(Math.min(Math.log(w / (dx * 256)), Math.log(h / (dy * 256))) / Math.log(2));
        zoom = Math.max(6, Math.min(maxZoom, zoom));
        double lon = (minLon + maxLon) / 2;
        double lat = org.linkatlas.geo.WebMercator.lat((org.linkatlas.geo.WebMercator.y(minLat) + org.linkatlas.geo.WebMercator.y(maxLat)) / 2);
        mapView.setZoom(zoom);
        mapView.flyTo(0, new MapPoint(lat, lon), 0.6);
        moved();
    }

    /** Marks both layers dirty after the map moved without a layout pass. */
    private void moved() {
        links.markDirtyFromOutside();
        route.markDirtyFromOutside();
        roadNetwork.markDirtyFromOutside();
        edit.markDirtyFromOutside();
    }

    public void zoomBy(double delta) {
        mapView.setZoom(Math.max(2, Math.min(18, Math.round(zoom()) + delta)));
        moved();
    }

    public double zoom() {
        double z = links.currentZoom();
        return z > 0 ? z : mapView.getZoom();
    }

    /** The centre of the map as {lat, lon}. */
    public double[] center() {
        MapPoint c = mapView.getCenter();
        return new double[] {c.getLatitude(), c.getLongitude()};
    }
}
