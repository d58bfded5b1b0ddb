package org.linkatlas.ui.sync;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.linkatlas.i18n.Messages;

/**
 * File → Shared store…: host, port, database, user, TLS mode and (only when ~/.pgpass has none) a password,
 * bound to a {@link SharedStoreViewModel}. Connect keeps the window open to show what the server said.
 * JavaFX thread only.
 */
public final class SharedStoreDialog {
    private static final java.util.List<String> SSL_MODES = java.util.List.of("prefer", "require", "verify-ca",
            "verify-full", "allow", "disable");

    private final Stage stage = new Stage();

    public SharedStoreDialog(Window owner, SharedStoreViewModel vm, Messages messages) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("shared.title"));
        TextField host = field("shared-host", vm.hostProperty());
        host.setPromptText("gis.office.lan");
        TextField port = field("shared-port", vm.portProperty());
        port.setPrefColumnCount(6);
        TextField database = field("shared-database", vm.databaseProperty());
        TextField user = field("shared-user", vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("shared-password");
        password.setPromptText(messages.get("shared.passwordPrompt"));
        ChoiceBox<String> ssl = new ChoiceBox<>();
        ssl.setId("shared-sslmode");
        ssl.getItems().setAll(SSL_MODES);
        ssl.valueProperty().bindBidirectional(vm.sslModeProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(messages.get("shared.host")), host);
        grid.addRow(1, new Label(messages.get("shared.port")), port);
        grid.addRow(2, new Label(messages.get("shared.database")), database);
        grid.addRow(3, new Label(messages.get("shared.user")), user);
        grid.addRow(4, new Label(messages.get("shared.password")), password);
        grid.addRow(5, new Label(messages.get("shared.sslmode")), ssl);

        Label intro = wrapped(messages.get("shared.intro"));
        Label result = wrapped("");
        result.setId("shared-result");
        result.textProperty().bind(vm.resultProperty());

        Button connect = new Button(messages.get("shared.connect"));
        connect.setId("shared-connect");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(vm.stateProperty().isEqualTo(SharedStoreViewModel.State.CONNECTING)
                .or(host.textProperty().isEmpty()).or(user.textProperty().isEmpty()));
        connect.setOnAction(e -> {
            vm.connect(password.getText().toCharArray());
            password.clear();
        });
        Button disconnect = new Button(messages.get("shared.disconnect"));
        disconnect.setId("shared-disconnect");
        disconnect.disableProperty().bind(vm.stateProperty().isNotEqualTo(SharedStoreViewModel.State.CONNECTED));
        disconnect.setOnAction(e -> vm.disconnect());
        Button close = new Button(messages.get("shared.close"));
        close.setId("shared-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, disconnect, connect, close);

        VBox root = new VBox(12, intro, grid, result, buttons);
        root.setId("shared-store-dialog");
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        stage.setScene(new Scene(root));
        vm.passwordWantedProperty().addListener((o, was, wanted) -> {
            if (wanted) {
                password.requestFocus();
            }
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text keeps its lines instead of an ellipsis
        return l;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
