package org.linkatlas.map.tiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** The last resort: a plain land-coloured tile with a faint edge, so a missing tile never shows as a hole. Any thread. */
public final class PlainTileSource implements TileSource {
    static final Color LAND = new Color(0xF2, 0xEF, 0xE9);

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public String attribution() {
        return "";
    }

    @Override
    public BufferedImage tile(int zoom, long x, long y, int sizePx) {
        BufferedImage img = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(LAND);
            g.fillRect(0, 0, sizePx, sizePx);
            g.setColor(new Color(0xE4, 0xE0, 0xD8));
            g.drawRect(0, 0, sizePx - 1, sizePx - 1);
        } finally {
            g.dispose();
        }
        return img;
    }
}
