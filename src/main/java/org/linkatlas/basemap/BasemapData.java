package org.linkatlas.basemap;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The basemap layers that could be read, and the problems with those that could not. Loading never stops at a
 * bad file: the map draws what it has, and {@link #problems()} says what is missing and why. Immutable; any
 * thread.
 */
public final class BasemapData {
    private static final System.Logger LOG = System.getLogger(BasemapData.class.getName());
    private final Map<BasemapLayer, List<BasemapFeature>> layers;
    private final List<BasemapDataException> problems;

    public BasemapData(Map<BasemapLayer, List<BasemapFeature>> layers, List<BasemapDataException> problems) {
        this.layers = Map.copyOf(layers);
        this.problems = List.copyOf(problems);
    }

    /** Reads every {@link BasemapLayer} file in {@code dir}; file I/O, so not on the JavaFX thread. */
    public static BasemapData load(Path dir) {
        Map<BasemapLayer, List<BasemapFeature>> layers = new EnumMap<>(BasemapLayer.class);
        List<BasemapDataException> problems = new ArrayList<>();
        for (BasemapLayer layer : BasemapLayer.values()) {
            try {
                layers.put(layer, GeoJsonFeatureReader.read(dir.resolve(layer.fileName())));
            } catch (BasemapDataException e) {
                LOG.log(Level.WARNING, "basemap layer {0} left out: {1}", layer, e.getMessage());
                problems.add(e);
            }
        }
        withBaseRoads(dir, layers);
        return new BasemapData(layers, problems);
    }

    /**
     * The base road network routes run on ({@code network/base_roads.geojson} beside the basemap folder) is
     * drawn in place of the schematic file's roads, so the map shows the roads a route may use; the railways
     * stay. Without that file the schematic roads are drawn as before.
     */
    private static void withBaseRoads(Path dir, Map<BasemapLayer, List<BasemapFeature>> layers) {
        Path parent = dir.toAbsolutePath().getParent();
        Path file = parent == null ? null : parent.resolve("network").resolve("base_roads.geojson");
        if (file == null || !java.nio.file.Files.isRegularFile(file) || !layers.containsKey(BasemapLayer.ROUTES)) {
            return;
        }
        try {
            List<BasemapFeature> routes = new ArrayList<>();
            for (BasemapFeature f : layers.get(BasemapLayer.ROUTES)) {
                if (f.text("class") != null && f.text("class").contains("rail")) {
                    routes.add(f);
                }
            }
            routes.addAll(GeoJsonFeatureReader.read(file));
            layers.put(BasemapLayer.ROUTES, List.copyOf(routes));
        } catch (BasemapDataException e) {
            LOG.log(Level.WARNING, "base road network not drawn: {0}", e.getMessage());
        }
    }

    /** The features of a layer; empty when its file could not be read. */
    public List<BasemapFeature> layer(BasemapLayer layer) {
        return layers.getOrDefault(layer, List.of());
    }

    public boolean has(BasemapLayer layer) {
        return layers.containsKey(layer);
    }

    public List<BasemapDataException> problems() {
        return problems;
    }
}
