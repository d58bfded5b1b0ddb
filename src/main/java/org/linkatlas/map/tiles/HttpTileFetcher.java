package org.linkatlas.map.tiles;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One conditional GET of one tile, with our User-Agent, timeouts, and never more than {@link #MAX_CONCURRENT}
 * requests in flight (the OSM policy's limit for a single client). It only classifies what happened; deciding to
 * cache, back off or fall back is {@link OsmTileSource}'s job. Thread-safe: called from the tile threads.
 */
final class HttpTileFetcher {
    static final int MAX_CONCURRENT = 2;

    enum Outcome {
        /** 200 with a body. */
        OK,
        /** 304: the cached copy is still current. */
        NOT_MODIFIED,
        /** 404 and other 4xx except the refusals below: this tile does not exist. */
        MISSING,
        /** 429, 403 or 5xx: the server refuses or struggles; wait before asking again. */
        REFUSED,
        /** Could not connect (no network, DNS failure, refused connection, connect timeout). */
        UNREACHABLE,
        /** Connected but the request failed or timed out. */
        FAILED,
        /** No request slot came free in time, or the caller no longer wanted to send once one did; nothing was sent. */
        BUSY
    }

    record Result(Outcome outcome, int status, byte[] body, HttpHeaders headers) {
        static Result of(Outcome outcome) {
            return new Result(outcome, 0, new byte[0], HttpHeaders.of(Map.of(), (a, b) -> true));
        }
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration requestTimeout;
    private final Semaphore slots = new Semaphore(MAX_CONCURRENT, true);

    HttpTileFetcher(String userAgent, Duration connectTimeout, Duration requestTimeout) {
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Sends one GET, conditional when an ETag or Last-Modified is given. Waits at most the request timeout for a
     * free slot, then sends only if {@code stillWanted} says so. Never throws for network or server trouble; only
     * for an interrupt.
     */
    Result fetch(URI uri, String etag, String lastModified, BooleanSupplier stillWanted) throws InterruptedException {
        if (!slots.tryAcquire(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Result.of(Outcome.BUSY);
        }
        try {
            if (!stillWanted.getAsBoolean()) {
                return Result.of(Outcome.BUSY);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(requestTimeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "image/png,image/*;q=0.8")
                    .GET();
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Result(classify(response.statusCode()), response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            return Result.of(unreachable(e) ? Outcome.UNREACHABLE : Outcome.FAILED);
        } finally {
            slots.release();
        }
    }

    /** Threads waiting for a request slot (for tests of the concurrency limit). */
    int waiting() {
        return slots.getQueueLength();
    }

    static Outcome classify(int status) {
        if (status == 200) {
            return Outcome.OK;
        } else if (status == 304) {
            return Outcome.NOT_MODIFIED;
        } else if (status == 429 || status == 403 || status >= 500) {
            return Outcome.REFUSED;
        } else {
            return Outcome.MISSING;
        }
    }

    private static boolean unreachable(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
