package org.linkatlas.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size and place: from the settings at start (never larger than the screen, never below a
 * minimum, maximized on a first start on a small screen), and saved to them whenever they change; the map
 * view is saved when the user has moved it (a mouse button, a wheel or a key let go). JavaFX thread.
 */
public final class WindowPlacement {
    /** Smaller than this the map and both panels no longer fit; a remembered size below it is ignored. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    private static final double DEFAULT_WIDTH = 1400;
    private static final double DEFAULT_HEIGHT = 900;
    private final Stage stage;
    private final Settings settings;
    private final Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    private final double width;
    private final double height;

    public WindowPlacement(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
        // a remembered size below the minimum (JavaFX 21 under openbox opened at ~198x175 px and kept it) is
        // not a size anyone chose: start at the default instead
        double w = settings.number("window.width", DEFAULT_WIDTH);
        double h = settings.number("window.height", DEFAULT_HEIGHT);
        if (w < MIN_WIDTH || h < MIN_HEIGHT) {
            w = DEFAULT_WIDTH;
            h = DEFAULT_HEIGHT;
        }
        // never larger than the screen (a small laptop, or a window remembered on a screen since unplugged)
        width = Math.min(w, screen.getWidth());
        height = Math.min(h, screen.getHeight());
    }

    /** The scene's size to start with: the panels' shares are fixed at the first layout. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Sizes and places the stage as remembered; before it is shown. */
    public void apply() {
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setWidth(width);
        stage.setHeight(height);
        if (settings.text("window.x", null) != null) {
            stage.setX(Math.max(screen.getMinX(), Math.min(settings.number("window.x", 0), screen.getMaxX() - 100)));
            stage.setY(Math.max(screen.getMinY(), Math.min(settings.number("window.y", 0), screen.getMaxY() - 100)));
        }
        // a first start on a screen no bigger than the default size (1400×900 itself): the window manager's frame
        // would push the status bar off the screen, so take the whole screen the way the window manager does it
        boolean fills = settings.text("window.width", null) == null
                && (DEFAULT_WIDTH > screen.getWidth() - 20 || DEFAULT_HEIGHT > screen.getHeight() - 40);
        stage.setMaximized(fills || Boolean.parseBoolean(settings.text("window.maximized", "false")));
    }

    /**
     * Settings are saved as they change, not only on a clean quit: the window's size and place when they
     * change, the map view ({@code rememberMap}) when the user has moved it. After the stage is shown.
     */
    public void rememberAsItChanges(Runnable rememberMap) {
        InvalidationListener window = o -> remember();
        stage.xProperty().addListener(window);
        stage.yProperty().addListener(window);
        stage.widthProperty().addListener(window);
        stage.heightProperty().addListener(window);
        stage.maximizedProperty().addListener(window);
        EventHandler<Event> map = e -> Platform.runLater(rememberMap);
        stage.getScene().addEventFilter(MouseEvent.MOUSE_RELEASED, map);
        stage.getScene().addEventFilter(ScrollEvent.SCROLL, map);
        stage.getScene().addEventFilter(KeyEvent.KEY_RELEASED, map);
    }

    /** Saves the window's size and place now (a maximized or minimized window keeps its normal size). */
    public void remember() {
        settings.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
    }
}
