package org.triad.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the project questions from queues, and records the confirmations asked. */
final class ScriptedProjectDialogs implements ProjectDialogs {
    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> copyTargets = new ArrayDeque<>();
    final Deque<Boolean> answers = new ArrayDeque<>();
    final List<String> questions = new ArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path current) {
        return Optional.ofNullable(copyTargets.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title + ": " + message);
        return answers.isEmpty() || answers.poll();
    }
}
