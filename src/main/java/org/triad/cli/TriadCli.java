package org.triad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import org.triad.training.RunManifest;

/** Entry point of the {@code triad} command line: headless runs of Triad's core jobs. */
@Command(name = "triad", mixinStandardHelpOptions = true,
        versionProvider = TriadCli.Version.class,
        description = "Odd-one-out similarity research: train and evaluate SPoSE embeddings, "
                + "build and compare RSMs, benchmark, headless.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, RsmCommand.class,
            CompareCommand.class, BenchCommand.class, CollectCommand.class, AgreeCommand.class,
            VectorsCommand.class,
            HelpCommand.class})
public final class TriadCli implements Runnable {

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new TriadCli()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"triad " + RunManifest.appVersion()};
        }
    }
}
