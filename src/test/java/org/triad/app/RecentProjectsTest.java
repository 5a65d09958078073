package org.triad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {
    @TempDir
    Path folder;

    @Test
    void keepsTheLastEightNewestFirstWithoutRepeats() {
        RecentProjects recent = new RecentProjects(null);
        IntStream.range(0, 10).forEach(i -> recent.add(folder.resolve(i + ".triad")));
        recent.add(folder.resolve("5.triad"));
        assertEquals(List.of("5", "9", "8", "7", "6", "4", "3", "2"), recent.files().stream()
                .map(ProjectLocation::displayName).toList());
        recent.remove(folder.resolve("9.triad"));
        assertEquals(7, recent.files().size());
    }

    @Test
    void survivesARestartInThePreferences() throws Exception {
        MemoryPreferences node = new MemoryPreferences();
        RecentProjects recent = new RecentProjects(node);
        Path a = Files.writeString(folder.resolve("a.triad"), "");
        Path b = folder.resolve("b.triad");
        recent.add(a);
        recent.add(b);
        RecentProjects again = new RecentProjects(node);
        assertEquals(List.of(b, a), again.files());
        assertEquals(Optional.of(a), again.lastExisting(), "b does not exist");
        assertEquals(Optional.empty(), new RecentProjects(null).lastExisting());
    }

    @Test
    void theStartOpensWhatIsNamedElseTheLastProjectElseThings() throws Exception {
        RecentProjects recent = new RecentProjects(null);
        assertEquals(Optional.empty(), ProjectLocation.atStart(List.of(), null, recent));
        Path last = Files.writeString(folder.resolve("last.triad"), "");
        recent.add(folder.resolve("gone.triad"));
        recent.add(last);
        recent.add(folder.resolve("gone-too.triad"));
        assertEquals(Optional.of(last), ProjectLocation.atStart(List.of(), "", recent));
        assertEquals(Optional.of(Path.of("named.triad")), ProjectLocation.atStart(
                List.of("named.triad"), null, recent));
        Files.delete(last);
        assertEquals(Optional.empty(), ProjectLocation.atStart(List.of(), null, recent),
                "THINGS when the last project is gone");
    }
}
