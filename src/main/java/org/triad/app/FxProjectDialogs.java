package org.triad.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks with the platform's file choosers and a confirmation alert. */
final class FxProjectDialogs implements ProjectDialogs {
    private static final FileChooser.ExtensionFilter PROJECTS = new FileChooser.ExtensionFilter(
            "Triad project", "*" + NewProjectModel.EXTENSION);
    private final Window owner;

    FxProjectDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open project");
        chooser.getExtensionFilters().addAll(PROJECTS,
                new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of the project as");
        chooser.getExtensionFilters().add(PROJECTS);
        chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        chooser.setInitialFileName(ProjectLocation.displayName(current) + "-copy"
                + NewProjectModel.EXTENSION);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseJudgementFile(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import judgements (SPoSE triplets: i j k, 0-based)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Triplet text files", "*.txt", "*.tsv",
                        "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle("Triad");
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        return dialog.showAndWait();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        alert.initOwner(owner);
        alert.setTitle("Triad");
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.YES,
                ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle("Triad");
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
