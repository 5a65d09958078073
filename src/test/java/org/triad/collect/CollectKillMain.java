package org.triad.collect;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.triad.model.CancellationToken;

/** A collection run in its own JVM, for the kill test: args base URL, log file. */
public final class CollectKillMain {
    private CollectKillMain() {
    }

    /** Runs until done or killed. */
    public static void main(String[] args) throws Exception {
        ModelEndpoint endpoint = new ModelEndpoint(URI.create(args[0]), "fake", "", 0, 5,
                Duration.ofSeconds(5));
        try (JsonlCollectionLog log = new JsonlCollectionLog(Path.of(args[1]))) {
            new ModelCollector(endpoint, PromptTemplate.DEFAULT,
                    ModelCollectorTest.settings(4, 0, 2)).run(CollectKillTest.tasks(),
                    ModelCollectorTest.ITEMS, log, p -> { }, CancellationToken.none());
        }
    }
}
