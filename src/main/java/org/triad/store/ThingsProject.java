package org.triad.store;

import java.nio.file.Path;
import org.triad.model.ProgressListener;

/** Builds the bundled THINGS project from {@code datasets/things}, or opens it if it exists. */
public final class ThingsProject {
    private ThingsProject() {
    }

    /**
     * Opens {@code projectFile}; when it does not exist yet, builds it from the bundled data
     * (items, categories, human judgements, du2171, reference embeddings, vectors).
     */
    public static ProjectStore openOrCreate(Path datasetsDir, Path projectFile,
            ProgressListener listener) throws StoreException, ImportException {
        throw new UnsupportedOperationException("stub");
    }

    /** The default project file in the user's data folder. */
    public static Path defaultProjectFile() {
        throw new UnsupportedOperationException("stub");
    }

    /** The bundled datasets folder: property triad.datasets, else ./datasets. */
    public static Path defaultDatasetsDir() {
        throw new UnsupportedOperationException("stub");
    }
}
