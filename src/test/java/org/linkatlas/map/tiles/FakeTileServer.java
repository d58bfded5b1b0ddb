package org.linkatlas.map.tiles;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A local tile server on 127.0.0.1 that counts requests and keeps their headers; what it answers is up to the test
 * ({@link #respond}). Handlers run on a pool, so requests can overlap.
 */
final class FakeTileServer implements AutoCloseable {
    private static final Pattern PATH = Pattern.compile("/(\\d+)/(\\d+)/(\\d+)\\.png");

    static {
        // Without it each response waits ~40 ms for a delayed ACK (Nagle): headers and body are two writes.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    interface Responder {
        void respond(HttpExchange ex, int z, long x, long y) throws IOException;
    }

    final AtomicInteger requests = new AtomicInteger();
    final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();
    volatile Responder responder = (ex, z, x, y) -> sendPng(ex, z, x, y, "Cache-Control", "max-age=86400");
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();

    FakeTileServer() throws IOException {
        this(0);
    }

    FakeTileServer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String template() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    Headers lastRequest() {
        return requestHeaders.get(requestHeaders.size() - 1);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            requestHeaders.add(ex.getRequestHeaders());
            Matcher m = PATH.matcher(ex.getRequestURI().getPath());
            if (!m.matches()) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            responder.respond(ex, Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
        }
    }

    /** A 200 with the tile's PNG and the given header name/value pairs. */
    static void sendPng(HttpExchange ex, int z, long x, long y, String... headers) throws IOException {
        byte[] body = png(z, x, y);
        ex.getResponseHeaders().set("Content-Type", "image/png");
        for (int i = 0; i < headers.length; i += 2) {
            ex.getResponseHeaders().set(headers[i], headers[i + 1]);
        }
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static void sendStatus(HttpExchange ex, int status, String... headers) throws IOException {
        for (int i = 0; i < headers.length; i += 2) {
            ex.getResponseHeaders().set(headers[i], headers[i + 1]);
        }
        ex.sendResponseHeaders(status, -1);
    }

    /** Each tile one colour of its own, so a test can tell which tile it got. */
    static int colour(int z, long x, long y) {
        return new Color((int) (x * 37 % 256), (int) (y * 53 % 256), z * 11 % 256).getRGB();
    }

    static byte[] png(int z, long x, long y) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < 256; py++) {
            for (int px = 0; px < 256; px++) {
                img.setRGB(px, py, colour(z, x, y));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
