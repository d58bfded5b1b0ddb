package org.linkatlas.testing;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkatlas.App;
import org.linkatlas.storage.UserStore;

/**
 * A child JVM for tests of stores another account owns ({@link UnreadableFiles}): prints what opening the user's
 * store found, or starts the real window and prints the store dialog it shows (its id, header and text) and the
 * status bar, then exits. {@code store BUNDLED HOME} or {@code window BUNDLED HOME DIALOG_ID} (the window's
 * language from the home's settings). Main thread; the window's own on the JavaFX thread.
 */
public final class StoreChild {
    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path bundled = Path.of(args[1]);
        Path home = Path.of(args[2]);
        if (args[0].equals("store")) {
            UserStore.Outcome o = new UserStore(bundled, home).open();
            if (o instanceof UserStore.Ready ready) {
                try (var db = ready.database()) { // what a window would show: writable or why not, and a name
                    System.out.println("ready " + (ready.readOnly() == null ? "writable" : ready.readOnly().reason()) + " "
                            + new org.linkatlas.storage.LinkRepository(db).findAll().get(0).nameEn());
                }
            } else {
                System.out.println(o);
            }
            System.exit(0);
        }
        System.setProperty("linkatlas.bundledStore", bundled.toString());
        System.setProperty("linkatlas.home", home.toString());
        String id = args[3];
        CompletableFuture<String> seen = new CompletableFuture<>();
        // looked for at every frame, on the JavaFX thread, until the dialog and the status bar are both there
        Platform.startup(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                String s = dialog(id);
                if (s != null) {
                    stop();
                    seen.complete(s);
                }
            }
        }.start());
        App app = new App();
        app.init(); // as the launcher thread does
        Platform.runLater(() -> {
            try {
                app.start(new Stage());
            } catch (RuntimeException e) {
                seen.completeExceptionally(e);
            }
        });
        try {
            System.out.println(seen.get(60, TimeUnit.SECONDS));
            System.exit(0);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("no dialog " + id + " within 60 s");
            System.exit(1);
        }
    }

    /** The dialog {@code id}'s header and text and the main window's status bar, once both are shown; else null. */
    private static String dialog(String id) {
        String status = null;
        String shown = null;
        for (Window w : Window.getWindows()) {
            if (w.getScene() == null) {
                continue;
            }
            Node pane = w.getScene().lookup("#" + id);
            if (pane instanceof DialogPane d) {
                shown = "dialog " + id + "\nheader: " + d.getHeaderText() + "\ntext: " + d.getContentText()
                        + "\nbuttons: " + d.getButtonTypes().stream().map(javafx.scene.control.ButtonType::getText).toList();
            }
            if (w.getScene().lookup("#status") instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                status = l.getText();
            }
        }
        return shown == null || status == null ? null : shown + "\nstatus: " + status;
    }

}
