package org.triad.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second Triad for {@link ProjectSafetyTest}: opens the project named by the argument, says
 * "open" on stdout, and closes it when a line arrives on stdin (or is killed holding it).
 */
public final class ProjectLockHolderMain {
    private ProjectLockHolderMain() {
    }

    /** @param args the project file */
    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]))) {
            System.out.println("open " + store.items().size());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    .readLine();
        }
        System.out.println("closed");
    }
}
