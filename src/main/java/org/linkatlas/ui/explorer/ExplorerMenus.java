package org.linkatlas.ui.explorer;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.linkatlas.i18n.Messages;
import org.linkatlas.ui.BasemapService;

/**
 * The menu bar of the explorer, one method per menu so a menu grows without touching the others.
 * JavaFX thread only.
 */
final class ExplorerMenus {
    private final ExplorerView view;
    private final ExplorerActions actions;
    private final Messages messages;

    ExplorerMenus(ExplorerView view, ExplorerActions actions, Messages messages) {
        this.view = view;
        this.actions = actions;
        this.messages = messages;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), view(), basemap(), language());
        bar.setId("menubar");
        bar.setMinWidth(MenuBar.USE_PREF_SIZE); // the overview beside it gives way, not the menu titles
        return bar;
    }

    /** Puts {@code menu} in the place of the menu of its id in {@code bar}, else right after {@code file}. */
    static void put(MenuBar bar, Menu file, Menu menu) {
        var menus = bar.getMenus();
        for (int i = 0; i < menus.size(); i++) {
            if (menu.getId() != null && menu.getId().equals(menus.get(i).getId())) {
                menus.set(i, menu);
                return;
            }
        }
        menus.add(menus.indexOf(file) + 1, menu);
    }

    /**
     * A disabled menu of {@code title} that keeps the place of a feature's menu until the feature puts its own
     * there (decision 0019: the features' controls come after the first frame).
     */
    static Menu placeholder(String id, String title) {
        Menu m = new Menu(title);
        m.setId(id);
        m.setDisable(true);
        return m;
    }

    Menu file() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        MenuItem printRoute = item("menu.printRoute", shortcut(KeyCode.P), view::printRoute);
        MenuItem pdfRoute = item("menu.exportRoutePdf", null, view::exportRoutePdf);
        pdfRoute.setId("menu-export-route-pdf");
        file.getItems().addAll(new SeparatorMenuItem(), printRoute, pdfRoute, new SeparatorMenuItem(),
                item("menu.quit", shortcut(KeyCode.Q), actions::quit));
        // print and export what is shown: "Export shown links…" writes GeoJSON too, so it is the only links export
        file.getItems().addAll(0, view.outputs().menuItems());
        return file;
    }

    Menu view() {
        Menu menu = new Menu(messages.get("menu.view"));
        menu.setId("menu-view");
        CheckMenuItem left = new CheckMenuItem(messages.get("menu.leftPanel"));
        left.setId("menu-left-panel");
        left.setAccelerator(shortcut(KeyCode.DIGIT1));
        left.selectedProperty().bindBidirectional(view.panels().leftShownProperty());
        CheckMenuItem right = new CheckMenuItem(messages.get("menu.rightPanel"));
        right.setId("menu-right-panel");
        right.setAccelerator(shortcut(KeyCode.DIGIT2));
        right.selectedProperty().bindBidirectional(view.panels().rightShownProperty());
        MenuItem reset = item("menu.resetFilters", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), view::resetFilters);
        reset.setId("menu-reset-filters");
        menu.getItems().addAll(
                item("menu.find", shortcut(KeyCode.F), view::focusSearch),
                item("menu.route", shortcut(KeyCode.R), view::showRoutePanel),
                item("menu.focusList", shortcut(KeyCode.L), view::focusList),
                item("menu.focusMap", shortcut(KeyCode.M), view::focusMap),
                item("menu.nextPanel", new KeyCodeCombination(KeyCode.F6), () -> view.cyclePanels(1)),
                item("menu.previousPanel", new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN),
                        () -> view.cyclePanels(-1)),
                new SeparatorMenuItem(), left, right, new SeparatorMenuItem(),
                reset,
                item("menu.zoomIn", shortcut(KeyCode.EQUALS), () -> view.map().zoomBy(1)),
                item("menu.zoomOut", shortcut(KeyCode.MINUS), () -> view.map().zoomBy(-1)),
                item("menu.clearSelection", new KeyCodeCombination(KeyCode.ESCAPE), view::clearSelection),
                item("menu.region", shortcut(KeyCode.DIGIT0), view::showRegion));
        return menu;
    }

    Menu basemap() {
        Menu basemap = new Menu(messages.get("menu.basemap"));
        basemap.setId("menu-basemap");
        ToggleGroup group = new ToggleGroup();
        for (var kind : BasemapService.Kind.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("basemap." + kind.name().toLowerCase(Locale.ROOT)));
            item.setId("basemap-" + kind.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(kind == actions.basemap());
            item.setOnAction(e -> actions.useBasemap(kind));
            basemap.getItems().add(item);
        }
        MenuItem clear = item("menu.clearCache", null, actions::clearTileCache);
        clear.setId("clear-cache");
        basemap.getItems().addAll(new SeparatorMenuItem(), clear);
        basemap.setOnShowing(e -> actions.tileCacheBytes().thenAccept(bytes -> Platform.runLater(() ->
                clear.setText(messages.get("menu.clearCacheSize", view.format().number(bytes / 1048576.0))))));
        return basemap;
    }

    /** English and Tiếng Việt, the one in use ticked; each named in its own language. */
    Menu language() {
        Menu language = new Menu(messages.get("menu.language"));
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem en = new RadioMenuItem(messages.get("menu.english"));
        en.setId("language-en");
        RadioMenuItem vi = new RadioMenuItem(messages.get("menu.vietnamese"));
        vi.setId("language-vi");
        boolean inVietnamese = "vi".equals(messages.locale().getLanguage());
        for (RadioMenuItem i : new RadioMenuItem[] {en, vi}) {
            i.setToggleGroup(group);
        }
        en.setSelected(!inVietnamese);
        vi.setSelected(inVietnamese);
        en.setOnAction(e -> switchTo(Locale.ENGLISH, !inVietnamese));
        vi.setOnAction(e -> switchTo(Locale.forLanguageTag("vi"), inVietnamese));
        language.getItems().addAll(en, vi);
        return language;
    }

    private void switchTo(Locale locale, boolean already) {
        if (!already) {
            actions.switchLanguage(locale);
        }
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem(messages.get(key));
        if (accelerator != null) {
            i.setAccelerator(accelerator);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
