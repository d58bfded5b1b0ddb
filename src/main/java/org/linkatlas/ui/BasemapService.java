package org.linkatlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.linkatlas.map.tiles.MbtilesTileSource;
import org.linkatlas.map.tiles.OsmTileSource;
import org.linkatlas.map.tiles.RenderedTileCache;
import org.linkatlas.map.tiles.TileSource;
import org.linkatlas.map.tiles.TileSources;
import org.linkatlas.storage.StorageException;

/**
 * Which basemap serves tiles: the bundled offline map (default, and the fallback for any tile the others
 * cannot give), a user's MBTiles file, or OpenStreetMap online when the user turns it on. Switching puts a new
 * chain into {@link TileSources}; opening a file runs off the JavaFX thread. JavaFX thread for the setters;
 * the returned futures complete on a background thread.
 */
public final class BasemapService {
    /** The choices the Basemap menu offers. */
    public enum Kind {
        OFFLINE, OPENSTREETMAP, MBTILES
    }

    private final RenderedTileCache offline;
    private final java.util.function.Supplier<TileSource> onlineSource;
    private volatile TileSource online;
    private volatile boolean onlineMade;
    private Kind kind = Kind.OFFLINE;
    private MbtilesTileSource mbtiles;

    /** @param online the OpenStreetMap source, only asked for tiles while it is chosen */
    public BasemapService(RenderedTileCache offline, TileSource online) {
        this(offline, () -> online);
    }

    /**
     * @param online makes the OpenStreetMap source when it is first needed (its HTTP client costs start-up time
     *     that the first frame need not wait for)
     */
    public BasemapService(RenderedTileCache offline, java.util.function.Supplier<TileSource> online) {
        this.offline = offline;
        this.onlineSource = online;
        apply();
    }

    public Kind kind() {
        return kind;
    }

    public TileSource online() {
        if (!onlineMade) {
            synchronized (this) {
                if (!onlineMade) {
                    online = onlineSource.get();
                    onlineMade = true;
                }
            }
        }
        return online;
    }

    public RenderedTileCache offline() {
        return offline;
    }

    public void useOffline() {
        kind = Kind.OFFLINE;
        apply();
    }

    public void useOpenStreetMap() {
        kind = Kind.OPENSTREETMAP;
        apply();
    }

    /**
     * Opens the file in the background; on success it becomes the basemap.
     *
     * @return completes with null, or with the reason the file cannot be used (nothing changes then)
     */
    public CompletableFuture<String> useMbtiles(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                MbtilesTileSource opened = MbtilesTileSource.open(file);
                synchronized (this) {
                    if (mbtiles != null) {
                        mbtiles.close();
                    }
                    mbtiles = opened;
                    kind = Kind.MBTILES;
                    apply();
                }
                return null;
            } catch (StorageException e) {
                return e.getMessage();
            } catch (Exception e) {
                return file + ": " + e;
            }
        });
    }

    /** True when OpenStreetMap is chosen but its last request found no network (the offline map fills in). */
    public boolean onlineButOffline() {
        return kind == Kind.OPENSTREETMAP && online() instanceof OsmTileSource osm && osm.offline();
    }

    /** Bytes both tile caches hold. File I/O: off the JavaFX thread. */
    public long cacheBytes() {
        return offline.sizeBytes() + (online() instanceof OsmTileSource osm ? osm.cacheSizeBytes() : 0);
    }

    /** Empties both tile caches. File I/O: off the JavaFX thread. */
    public void clearCaches() throws java.io.IOException {
        offline.clear();
        if (online() instanceof OsmTileSource osm) {
            osm.clearCache();
        }
    }

    public synchronized String mbtilesName() {
        return mbtiles == null ? null : "MBTiles: " + mbtiles.file().name() + " (" + mbtiles.file().file().getFileName() + ")";
    }

    private synchronized void apply() {
        List<TileSource> chain = new ArrayList<>();
        if (kind == Kind.OPENSTREETMAP && online() != null) {
            chain.add(online());
        } else if (kind == Kind.MBTILES && mbtiles != null) {
            chain.add(mbtiles);
        }
        chain.add(offline);
        TileSources.use(chain);
    }

    /** The attribution of every source that may be on screen: the chosen one, the offline fallback and the link data. */
    public synchronized String attribution() {
        List<String> parts = new ArrayList<>();
        for (TileSource s : TileSources.chain()) {
            if (!s.attribution().isBlank() && !parts.contains(s.attribution())) {
                parts.add(s.attribution());
            }
        }
        // the links drawn over the basemap carry OpenStreetMap geometry too (railways, ferry landings, airports)
        return org.linkatlas.catalogue.LinkDataAttribution.with(String.join(" · ", parts));
    }
}
