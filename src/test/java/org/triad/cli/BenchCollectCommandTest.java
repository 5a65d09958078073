package org.triad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code triad bench collect} asks every triplet once, within the concurrency it is given. */
class BenchCollectCommandTest {
    @Test
    void everyTripletIsParsedOnceWithinTheConcurrency() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TriadCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int status = cli.execute("bench", "collect", "--triplets", "120", "--concurrency", "4",
                "--latency-ms", "5", "--runs", "2");

        assertEquals(0, status, err.toString());
        String printed = out.toString();
        assertTrue(printed.startsWith("collect: 120 triplets per run, concurrency 4, endpoint "
                + "latency 5 ms; ideal 0.15 s"), printed);
        Matcher run = Pattern.compile("run \\d +[0-9.]+ s .* (\\d+) parsed, 0 failed, at most "
                + "(\\d+) in flight, 0 prompts asked twice").matcher(printed);
        int runs = 0;
        while (run.find()) {
            runs++;
            assertEquals(120, Integer.parseInt(run.group(1)), printed);
            assertTrue(Integer.parseInt(run.group(2)) <= 4, printed);
        }
        assertEquals(2, runs, printed);
        assertEquals(2, cli.execute("bench", "collect", "--concurrency", "0"));
    }
}
