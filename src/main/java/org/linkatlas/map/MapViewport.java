package org.linkatlas.map;

/**
 * Where the map shows the world: {@code worldPx} is the world's size in pixels (256·2^zoom), and a world
 * point (x, y in 0..1) appears at screen {@code x·worldPx + offsetX}. Pure value; any thread.
 */
public record MapViewport(double worldPx, double offsetX, double offsetY, double width, double height) {

    public double zoom() {
        return Math.log(worldPx / 256.0) / Math.log(2);
    }

    public double screenX(double worldX) {
        return worldX * worldPx + offsetX;
    }

    public double screenY(double worldY) {
        return worldY * worldPx + offsetY;
    }

    public double worldX(double screenX) {
        return (screenX - offsetX) / worldPx;
    }

    public double worldY(double screenY) {
        return (screenY - offsetY) / worldPx;
    }
}
