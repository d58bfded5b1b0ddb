package org.linkatlas.map.tiles;

import java.util.List;
import java.util.Objects;

/**
 * The chain of tile sources in use, first choice first; the plain source always ends it. Gluon Maps keeps
 * one retriever for the whole JVM, so switching sources happens here. Any thread (volatile snapshot).
 */
public final class TileSources {
    private static volatile List<TileSource> chain = List.of(new PlainTileSource());

    private TileSources() {
    }

    public static void use(List<TileSource> sources) {
        Objects.requireNonNull(sources);
        chain = java.util.stream.Stream.concat(sources.stream(), java.util.stream.Stream.of(new PlainTileSource())).toList();
    }

    public static List<TileSource> chain() {
        return chain;
    }

    /** The attribution of the first source with one (the one that serves tiles unless it fails). */
    public static String attribution() {
        return chain.stream().map(TileSource::attribution).filter(a -> !a.isBlank()).findFirst().orElse("");
    }
}
