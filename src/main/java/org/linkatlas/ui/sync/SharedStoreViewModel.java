package org.linkatlas.ui.sync;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.linkatlas.i18n.Messages;
import org.linkatlas.storage.UserStore;
import org.linkatlas.storage.pg.PgStore;
import org.linkatlas.storage.pg.ServerAddress;
import org.linkatlas.ui.Settings;

/**
 * State of the connection to the office's shared store: the address fields (remembered in settings, the
 * password never), what the connection found, and how many changesets others pushed since. The local store
 * stays the working copy whatever happens here; the status says when it is read-only, and which store that is. JavaFX thread only; the service's answers hop back to it.
 */
public final class SharedStoreViewModel {
    /** Where the connection stands. */
    public enum State { LOCAL, CONNECTING, CONNECTED, FAILED }

    private final SharedStoreService service;
    private final Settings settings;
    private Messages messages;
    private final StringProperty host = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty();
    private final StringProperty database = new SimpleStringProperty();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty sslMode = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOCAL);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper storeStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper passwordWanted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper othersPushed = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper editLock = new ReadOnlyStringWrapper();
    private final ObjectProperty<UserStore.ReadOnly> localReadOnly = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty localOpen = new javafx.beans.property.SimpleBooleanProperty(true);
    private ServerAddress connected;

    public SharedStoreViewModel(SharedStoreService service, Settings settings, Messages messages) {
        this.service = service;
        this.settings = settings;
        this.messages = messages;
        host.set(settings.text("shared.host", ""));
        port.set(settings.text("shared.port", Integer.toString(ServerAddress.DEFAULT_PORT)));
        database.set(settings.text("shared.database", "link_atlas"));
        user.set(settings.text("shared.user", System.getProperty("user.name", "")));
        sslMode.set(settings.text("shared.sslmode", ServerAddress.DEFAULT_SSL_MODE));
        localReadOnly.addListener((o, old, now) -> updateStatus());
        localOpen.addListener((o, old, now) -> updateStatus());
        updateStatus();
    }

    /** The window was rebuilt in another language. */
    public void setMessages(Messages messages) {
        this.messages = messages;
        updateStatus();
    }

    /**
     * Connects with what the fields say; {@code password} empty means ~/.pgpass. The password array is wiped.
     */
    public void connect(char[] password) {
        requireFxThread();
        ServerAddress address;
        try {
            int p = Integer.parseInt(port.get().strip());
            address = new ServerAddress(host.get().strip(), p, database.get().strip(), user.get().strip(), sslMode.get());
        } catch (NumberFormatException e) {
            java.util.Arrays.fill(password, '\0');
            fail(messages.get("shared.badPort", port.get()), false);
            return;
        } catch (IllegalArgumentException e) {
            java.util.Arrays.fill(password, '\0');
            fail(messages.get("shared.badAddress"), false);
            return;
        }
        settings.put("shared.host", address.host());
        settings.put("shared.port", address.port());
        settings.put("shared.database", address.database());
        settings.put("shared.user", address.user());
        settings.put("shared.sslmode", address.sslMode());
        state.set(State.CONNECTING);
        result.set(messages.get("shared.connecting", address.host(), address.database()));
        service.connect(address, password, seq -> Platform.runLater(() -> heard(seq)),
                        message -> Platform.runLater(() -> lost(message)))
                .thenAccept(o -> Platform.runLater(() -> handle(o)));
    }

    public void disconnect() {
        requireFxThread();
        service.disconnect();
        connected = null;
        state.set(State.LOCAL);
        canEdit.set(false);
        othersPushed.set(0);
        result.set("");
        updateStatus();
    }

    private void handle(SharedStoreService.Outcome o) {
        if (o instanceof SharedStoreService.Failed f) {
            fail(failure(f.reason(), f.message()), f.needsPassword());
            return;
        }
        SharedStoreService.Connected c = (SharedStoreService.Connected) o;
        if (c.schemaVersion() == 0) {
            service.disconnect();
            fail(messages.get("shared.noStore", c.address().database(), "init-server"), false);
            return;
        }
        connected = c.address();
        canEdit.set(c.canEdit());
        passwordWanted.set(false);
        othersPushed.set(0);
        state.set(State.CONNECTED);
        result.set(messages.get(c.canEdit() ? "shared.connectedEditor" : "shared.connectedViewer",
                c.address().host(), c.address().database(), c.address().user(), c.serverVersion(), c.postgisVersion()));
        updateStatus();
    }

    private void fail(String message, boolean needsPassword) {
        connected = null;
        state.set(State.FAILED);
        canEdit.set(false);
        passwordWanted.set(needsPassword);
        result.set(needsPassword ? message + "\n" + messages.get("shared.typePassword") : message);
        updateStatus();
    }

    private void heard(long unseen) {
        if (connected != null) {
            othersPushed.set(unseen);
            updateStatus();
        }
    }

    private void lost(PgStore.Reason reason) {
        if (connected != null) {
            ServerAddress a = connected;
            connected = null;
            state.set(State.FAILED);
            result.set(messages.get("shared.lost", a.host(), a.database()));
            updateStatus();
        }
    }

    /** The failure in the user's language; the server's own (English) words only when nothing better is known. */
    private String failure(PgStore.Reason reason, String serverWords) {
        String h = host.get().strip();
        String d = database.get().strip();
        String u = user.get().strip();
        return switch (reason) {
            case NOT_ALLOWED -> messages.get("shared.error.notAllowed", u);
            case PASSWORD -> messages.get("shared.error.password", u, h);
            case REFUSED -> messages.get("shared.error.refused", u, h);
            case NO_DATABASE -> messages.get("shared.error.noDatabase", d, h);
            case UNREACHABLE -> messages.get("shared.error.unreachable", h, port.get().strip());
            case ENDED -> messages.get("shared.error.ended", h);
            case OTHER -> messages.get("shared.error.other", serverWords);
        };
    }

    /** A sync of ours took in what others had pushed. */
    void synchronised() {
        othersPushed.set(0);
        updateStatus();
    }

    private void updateStatus() {
        editLock.set(connected != null && !canEdit.get()
                ? messages.get("sync.viewerNoEditing", connected.user(), connected.database()) : null);
        if (connected == null && !localOpen.get()) {
            storeStatus.set(messages.get("shared.status.none")); // damaged, unreadable: no "your own copy" then
        } else if (connected == null) {
            UserStore.ReadOnly readOnly = localReadOnly.get();
            // read-only: which store is shown (the user's copy or the bundled atlas) and why, as the banner says it
            storeStatus.set(messages.get(readOnly == null ? "shared.status.local"
                    : "shared.status.readOnly." + readOnly.reason().name()));
        } else {
            String s = messages.get(canEdit.get() ? "shared.status.editor" : "shared.status.viewer",
                    connected.host(), connected.database(), connected.user());
            if (othersPushed.get() > 0) {
                s += " — " + messages.get("shared.status.othersPushed", othersPushed.get());
            }
            storeStatus.set(s);
        }
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SharedStoreViewModel is used on the JavaFX thread only");
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the last attempt found, for the dialog. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Null while the local store can be written, else why not (the window sets it from what the store found). */
    public ObjectProperty<UserStore.ReadOnly> localReadOnlyProperty() {
        return localReadOnly;
    }

    /** Whether a local store is open (its catalogue read); false while none could be (a damaged file). */
    public javafx.beans.property.BooleanProperty localOpenProperty() {
        return localOpen;
    }

    /** Which store is in use, for the status bar. */
    public ReadOnlyStringProperty storeStatusProperty() {
        return storeStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty passwordWantedProperty() {
        return passwordWanted.getReadOnlyProperty();
    }

    /** Why editing is off (connected as a viewer), or null when the user may edit. */
    public ReadOnlyStringProperty editLockProperty() {
        return editLock.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty othersPushedProperty() {
        return othersPushed.getReadOnlyProperty();
    }

}
