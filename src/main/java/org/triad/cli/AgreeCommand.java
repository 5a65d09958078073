package org.triad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.triad.analysis.SourceAgreement;
import org.triad.model.ItemSet;
import org.triad.model.JudgementSet;
import org.triad.store.ImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code triad agree}: how often two sources choose the same odd one out on shared triplets. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = "Agreement of two sources (triplet files, e.g. people and a model) on the "
                + "triplets both answered; chance is 33.3 %%.")
final class AgreeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIRST", description = "Triplet file (i j k, k odd).")
    private Path first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "Triplet file (i j k, k odd).")
    private Path second;

    @Option(names = "--items", paramLabel = "FILE",
            description = "Item file. Default: the bundled THINGS concepts.")
    private Path itemFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ItemSet items = CliInputs.readItems(itemFile);
            JudgementSet a = CliInputs.readJudgements(first.toString(), List.of(first),
                    items.size());
            JudgementSet b = CliInputs.readJudgements(second.toString(), List.of(second),
                    items.size());
            SourceAgreement agreement = SourceAgreement.between(a, b);
            out.printf("%s (%d judgements) vs %s (%d judgements)%n", first, a.size(), second,
                    b.size());
            if (agreement.sharedTriplets() == 0) {
                out.println("no triplet is in both files, so there is no agreement to measure");
                return 1;
            }
            out.printf("agreement %.1f %% on %d shared triplets (%d of %d answer pairs agree; "
                    + "chance 33.3 %%)%n", 100 * agreement.share(), agreement.sharedTriplets(),
                    agreement.sameChoices(), agreement.answerPairs());
            return 0;
        } catch (ImportException e) {
            spec.commandLine().getErr().println("triad agree: " + e.getMessage());
            return 2;
        }
    }
}
