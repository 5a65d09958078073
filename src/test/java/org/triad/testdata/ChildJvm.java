package org.triad.testdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running a test-classpath main, read line by line, for crash tests: the test
 * waits (bounded) for a progress line and then kills the child with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux). Use in try-with-resources so that the child
 * never outlives a failed test.
 */
public final class ChildJvm implements AutoCloseable {
    /** Longest wait for one line; a healthy child prints far more often. */
    private static final long LINE_TIMEOUT_S = 60;
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::pump, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with this JVM's class path, a small heap and quiet logging. */
    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dtriad.log.level=WARN",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new ChildJvm(builder.start());
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; the end marker below says so.
        }
        lines.add(END);
    }

    /**
     * The next line the child prints.
     *
     * @throws IllegalStateException when the child ends or is silent for a minute
     */
    public String nextLine() throws InterruptedException {
        String line = lines.poll(LINE_TIMEOUT_S, TimeUnit.SECONDS);
        if (line == null || END.equals(line)) {
            throw new IllegalStateException("the child " + (line == null ? "was silent for "
                    + LINE_TIMEOUT_S + " s" : "ended") + " after " + seen);
        }
        seen.add(line);
        return line;
    }

    /** Kills the child with SIGKILL and waits (bounded) until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(LINE_TIMEOUT_S, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not die");
        }
    }

    /** Every line read so far, in order. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
