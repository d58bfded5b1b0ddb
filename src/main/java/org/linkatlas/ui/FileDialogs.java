package org.linkatlas.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save a file. The window gets one from the App (the system's file chooser); tests
 * give their own, since no native dialog opens under a headless toolkit. JavaFX thread only.
 */
public interface FileDialogs {
    /** @return the chosen file, or {@code null} when the user cancelled */
    Path save(Window owner, String title, String initialName, String filterName, String... patterns);

    /** @return the file chosen to open, or {@code null} when the user cancelled (the system's chooser by default) */
    default Path open(Window owner, String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        File f = chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    /** The system's save dialog. */
    static FileDialogs system() {
        return (owner, title, initialName, filterName, patterns) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(initialName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
            File f = chooser.showSaveDialog(owner);
            return f == null ? null : f.toPath();
        };
    }
}
