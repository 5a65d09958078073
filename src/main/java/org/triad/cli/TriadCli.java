package org.triad.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import org.triad.store.IoReasons;
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
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // One line, as for every other error; the heap is set by TRIAD_JAVA_OPTS.
            System.err.println("triad: ran out of memory (Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB); ask for less, or"
                    + " give it more, e.g. TRIAD_JAVA_OPTS=-Xmx16g");
            return 1;
        }
    }

    /** The command line with Triad's error handling: one line per error, no stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new TriadCli())
                .registerConverter(Path.class, TriadCli::path)
                .setExecutionExceptionHandler(TriadCli::failed)
                .setParameterExceptionHandler(TriadCli::misused);
    }

    /** A bad option or argument: the reason and where the options are listed, not all of them. */
    private static int misused(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, command.getErr());
        command.getErr().println("Run '" + name + " --help' for the options.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * An error no command caught: its message (and its causes'), not a stack trace, which
     * {@code TRIAD_DEBUG=1} prints too.
     */
    private static int failed(Exception e, CommandLine command, ParseResult parsed) {
        StringBuilder message = new StringBuilder(command.getCommandSpec().qualifiedName());
        message.append(": ").append(IoReasons.describe(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(" (").append(IoReasons.describe(cause)).append(')');
            }
        }
        command.getErr().println(message);
        if (System.getenv("TRIAD_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return e instanceof IllegalArgumentException ? 2 : 1;
    }

    /** A file argument; an empty one is refused here rather than read as the current folder. */
    private static Path path(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("an empty file name");
        }
        return Path.of(value);
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
