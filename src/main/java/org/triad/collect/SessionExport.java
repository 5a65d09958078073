package org.triad.collect;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.triad.model.ItemSet;
import org.triad.store.AnnotationSessionInfo;
import org.triad.store.AnnotationTrial;
import org.triad.store.AtomicFiles;

/**
 * Writes a session's trials as SPoSE triplets or as CSV with every recorded field; each file
 * is written whole or not at all (see {@link AtomicFiles}).
 */
public final class SessionExport {
    /** The CSV header; docs/FORMATS.md describes the columns. */
    public static final String CSV_HEADER =
            "annotator,session,trial,time,left,middle,right,chosen,response_ms,skipped";

    private SessionExport() {
    }

    /**
     * SPoSE text: one {@code kept kept odd} line per choice (0-based item indices, in trial
     * order); skips are left out, as the format has no place for them.
     *
     * @return the number of lines written
     */
    public static int writeSpose(List<AnnotationTrial> trials, Path file) throws IOException {
        int[] lines = {0};
        AtomicFiles.write(file, part -> {
            try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                for (AnnotationTrial trial : trials) {
                    if (!trial.skipped()) {
                        var judgement = trial.toJudgement("");
                        out.write(judgement.keptA() + " " + judgement.keptB() + " "
                                + trial.odd() + "\n");
                        lines[0]++;
                    }
                }
            }
        });
        return lines[0];
    }

    /**
     * CSV with a header ({@link #CSV_HEADER}): one row per trial, skips included, items as
     * ids.
     */
    public static void writeCsv(AnnotationSessionInfo session, List<AnnotationTrial> trials,
            ItemSet items, Path file) throws IOException {
        AtomicFiles.write(file, part -> {
            try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                out.write(CSV_HEADER + "\n");
                for (AnnotationTrial trial : trials) {
                    out.write(csvRow(session, trial, items) + "\n");
                }
            }
        });
    }

    private static String csvRow(AnnotationSessionInfo session, AnnotationTrial trial,
            ItemSet items) {
        String chosen = trial.skipped() ? "" : items.get(trial.odd()).id();
        List<String> fields = List.of(session.spec().annotator(),
                Long.toString(session.id()), Integer.toString(trial.trial()),
                trial.time().toString(), items.get(trial.shown().a()).id(),
                items.get(trial.shown().b()).id(), items.get(trial.shown().c()).id(),
                chosen, trial.responseMillis() < 0 ? "" : Long.toString(trial.responseMillis()),
                trial.skipped() ? "1" : "0");
        return String.join(",", fields.stream().map(SessionExport::quoted).toList());
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line end (RFC 4180). */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
