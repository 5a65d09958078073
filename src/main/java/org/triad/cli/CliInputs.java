package org.triad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.ItemSet;
import org.triad.model.Judgement;
import org.triad.model.JudgementSet;
import org.triad.store.ImportException;
import org.triad.store.ItemFileReader;
import org.triad.store.ThingsProject;
import org.triad.store.TripletFileReader;

/** Reading the item set and triplet files that several commands take. */
final class CliInputs {
    private CliInputs() {
    }

    /** The item file, or the bundled THINGS concepts when it is null. */
    static ItemSet readItems(Path itemFile) throws ImportException {
        if (itemFile != null) {
            return ItemFileReader.read(itemFile, null);
        }
        Path things = ThingsProject.defaultDatasetsDir().resolve("things");
        return ItemFileReader.read(things.resolve("concepts.tsv"),
                things.resolve("categories27.tsv"));
    }

    /** All judgements of the triplet files, in file order, as one set. */
    static JudgementSet readJudgements(String name, List<Path> files, int itemCount)
            throws ImportException {
        List<Judgement> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(TripletFileReader.read(file, itemCount, "file"));
        }
        return JudgementSet.of(name, itemCount, all);
    }
}
