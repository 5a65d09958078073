package org.triad.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, as {@code triad} does, with its output captured. */
final class CliRun {
    private CliRun() {
    }

    /** Runs {@code args}; what it prints goes to {@code out} and {@code err}. */
    static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = TriadCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
