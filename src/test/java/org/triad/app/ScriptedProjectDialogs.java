package org.triad.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the project questions from queues, and records the questions and notices. */
final class ScriptedProjectDialogs implements ProjectDialogs {
    final Deque<Path> toOpen = new ArrayDeque<>();
    final Deque<Path> copyTargets = new ArrayDeque<>();
    final Deque<Boolean> answers = new ArrayDeque<>();
    final Deque<Path> judgementFiles = new ArrayDeque<>();
    final Deque<String> texts = new ArrayDeque<>();
    final List<String> questions = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen(Path folder) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path current) {
        return Optional.ofNullable(copyTargets.poll());
    }

    @Override
    public Optional<Path> chooseJudgementFile(Path folder) {
        return Optional.ofNullable(judgementFiles.poll());
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        questions.add(title + ": " + message + " [" + initial + "]");
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public void inform(String title, String message) {
        notices.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(title + ": " + message);
        return answers.isEmpty() || answers.poll();
    }
}
