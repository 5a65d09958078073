package org.triad.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.triad.model.Item;
import org.triad.store.ItemPreview;

/**
 * New project…: page 1 picks the items (a table, a word list or a folder of images, with an
 * optional categories file) and previews them as the store reads them; page 2 names the
 * project file and creates it. A window of its own, so it also runs headless.
 */
final class NewProjectWizard {
    /** Rows the preview table shows. */
    static final int PREVIEW_ROWS = 20;

    private final NewProjectModel model;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Node itemsPage;
    private final Node filePage;

    /** @param onCreated gets the new project's file, after the wizard has closed */
    NewProjectWizard(Window owner, NewProjectModel model, Consumer<Path> onCreated) {
        this.model = model;
        itemsPage = itemsPage();
        filePage = filePage(onCreated);
        root.setId("newProjectWizard");
        root.getStyleClass().add("view");
        root.setCenter(itemsPage);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("New project");
        Scene scene = TriadApp.styled(new Scene(root, 900, 600));
        if (owner != null && owner.getScene() != null) {
            // the window's sheets, so that the wizard follows the theme (dark included)
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    /** The wizard's content, for tests and screenshots. */
    Parent root() {
        return root;
    }

    private Node itemsPage() {
        Label title = title("New project · 1 of 2: items");
        TextField source = pathField("newSource", model.sourceProperty(),
                "concepts.tsv, words.txt or a folder of images");
        Button file = new Button("File…");
        file.setId("newSourceFile");
        file.setOnAction(event -> chooseFile(source, "Item file"));
        Button folder = new Button("Folder…");
        folder.setId("newSourceFolder");
        folder.setOnAction(event -> chooseFolder(source));
        TextField categories = pathField("newCategories", model.categoriesProperty(),
                "optional: a 0/1 table with one row per item (categories27.tsv)");
        Button categoriesFile = new Button("File…");
        categoriesFile.setOnAction(event -> chooseFile(categories, "Categories file"));
        Button read = new Button("Read");
        read.setId("newRead");
        read.setDefaultButton(true);
        read.disableProperty().bind(model.busyProperty());
        read.setOnAction(event -> model.readSource());
        source.setOnAction(event -> model.readSource());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Items"), source, file, folder);
        form.addRow(1, new Label("Categories"), categories, categoriesFile, read);
        GridPane.setHgrow(source, Priority.ALWAYS);
        Button next = new Button("Next ›");
        next.setId("newNext");
        next.disableProperty().bind(model.previewProperty().isNull());
        next.setOnAction(event -> root.setCenter(filePage));
        VBox page = new VBox(12, title, form, summary(), errorLabel(), previewTable());
        VBox.setVgrow(page.getChildren().get(4), Priority.ALWAYS);
        return withButtons(page, cancel(), next);
    }

    private Node summary() {
        Label format = new Label();
        format.setId("newFormat");
        format.textProperty().bind(Bindings.createStringBinding(() -> describe(
                model.previewProperty().get()), model.previewProperty()));
        // the error below says what went wrong; the hint to press Read would only distract
        format.visibleProperty().bind(model.errorProperty().isEmpty());
        format.managedProperty().bind(format.visibleProperty());
        Label used = new Label();
        used.setId("newColumns");
        used.setWrapText(true);
        Label ignored = new Label();
        ignored.setId("newIgnored");
        ignored.setWrapText(true);
        ignored.getStyleClass().add("muted");
        model.previewProperty().addListener((o, old, now) -> {
            List<ItemPreview.Column> columns = now == null ? List.of()
                    : now.layout().columns();
            used.setText(columns(columns, false));
            ignored.setText(columns(columns, true));
        });
        for (Label label : new Label[] {used, ignored}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
        }
        return new VBox(4, format, used, ignored);
    }

    /** "Word → label · uniqueID → id", or "Ignored (2): Bigram, Rank". */
    static String columns(List<ItemPreview.Column> columns, boolean ignored) {
        List<String> names = columns.stream()
                .filter(c -> (c.role() == ItemPreview.Role.IGNORED) == ignored)
                .map(c -> ignored ? c.header() : c.header() + " → "
                        + c.role().name().toLowerCase(Locale.ROOT))
                .toList();
        if (names.isEmpty()) {
            return "";
        }
        return ignored ? "Ignored (" + names.size() + "): " + String.join(", ", names)
                : "Columns: " + String.join("  ·  ", names);
    }

    static String describe(ItemPreview preview) {
        if (preview == null) {
            return "Choose a source and press Read to see what it holds.";
        }
        String count = String.format(Locale.ROOT, "%,d items", preview.items().size());
        String ignored = preview.ignoredFiles() == 0 ? "" : " · " + preview.ignoredFiles()
                + (preview.ignoredFiles() == 1 ? " file that is not an image ignored"
                        : " files that are not images ignored");
        return preview.layout().format().description() + " · " + count + ignored;
    }

    private Label errorLabel() {
        Label error = new Label();
        error.setId("newError");
        error.getStyleClass().add("wizard-error");
        error.setWrapText(true);
        // The whole message shows on as many lines as it needs, and again on hover.
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        FullText.tooltip(error);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private TableView<Item> previewTable() {
        TableView<Item> table = new TableView<>();
        table.setId("newPreview");
        table.setPlaceholder(new Label("No items read yet"));
        table.getColumns().add(column("id", Item::id, 140));
        table.getColumns().add(column("label", Item::label, 140));
        table.getColumns().add(column("definition", Item::definition, 330));
        table.getColumns().add(column("image", Item::image, 130));
        table.getColumns().add(column("categories", item -> String.join(", ",
                item.categories()), 120));
        model.previewProperty().addListener((o, old, now) -> table.getItems().setAll(
                now == null ? List.of() : now.firstItems(PREVIEW_ROWS)));
        return table;
    }

    private static TableColumn<Item, String> column(String name,
            Function<Item, String> value, double width) {
        TableColumn<Item, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(
                cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private Node filePage(Consumer<Path> onCreated) {
        Label title = title("New project · 2 of 2: project file");
        TextField target = pathField("newTarget", model.targetProperty(),
                "where to save the project, e.g. ~/projects/words.triad");
        Button choose = new Button("Choose…");
        choose.setOnAction(event -> chooseTarget(target));
        HBox row = new HBox(8, new Label("Project file"), target, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(target, Priority.ALWAYS);
        Label hint = new Label("The project is one SQLite file. Image paths are stored relative"
                + " to its folder, so a project made from a folder of images must be saved in"
                + " that folder's parent folder (or higher) and moves together with it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label summary = new Label();
        summary.textProperty().bind(Bindings.createStringBinding(() -> describe(
                model.previewProperty().get()), model.previewProperty()));
        Button back = new Button("‹ Back");
        back.setOnAction(event -> root.setCenter(itemsPage));
        Button create = new Button("Create and open");
        create.setId("newCreate");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.canCreate().not());
        create.setOnAction(event -> model.create(file -> {
            stage.close();
            onCreated.accept(file);
        }));
        VBox page = new VBox(12, title, summary, row, hint, errorLabel());
        return withButtons(page, cancel(), back, create);
    }

    private Button cancel() {
        Button cancel = new Button("Cancel");
        cancel.setId("newCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        return cancel;
    }

    private static Node withButtons(Node page, Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().add(buttons[0]);
        bar.getChildren().add(spacer);
        for (int i = 1; i < buttons.length; i++) {
            bar.getChildren().add(buttons[i]);
        }
        bar.setPadding(new Insets(12, 0, 0, 0));
        BorderPane pane = new BorderPane(page);
        pane.setBottom(bar);
        return pane;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("view-title");
        return title;
    }

    private static TextField pathField(String id, StringProperty value,
            String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void chooseFile(TextField field, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Tables and lists", "*.tsv", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            field.setText(chosen.getPath());
            model.readSource();
        }
    }

    private void chooseFolder(TextField field) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder of images");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            field.setText(chosen.getPath());
            model.readSource();
        }
    }

    private void chooseTarget(TextField field) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the new project as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Triad project",
                "*" + NewProjectModel.EXTENSION));
        if (!field.getText().isBlank()) {
            Path current = Path.of(field.getText()).toAbsolutePath();
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            field.setText(chosen.getPath());
        }
    }
}
