package org.triad.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triad.model.Item;
import org.triad.model.ItemSet;

/**
 * Attaches the three items' images to a multimodal prompt. Images are JPEG, PNG, WebP or GIF,
 * recognised by their first bytes or else by their file extension; an image whose longest side
 * exceeds {@link #longestSide()} is scaled down and sent as JPEG (PNG when it has
 * transparency), so that requests stay small. WebP files are sent unchanged (the Java runtime
 * cannot decode them).
 *
 * <p>An item without a usable image refuses the whole run before anything is sent
 * ({@link #check}), unless {@link #wordFallback()} is set: such an item is then described in
 * words ("B. (no image) word: definition") in place of its image.
 */
public final class PromptImages {
    /** The longest side images are scaled down to by default, in pixels. */
    public static final int DEFAULT_LONGEST_SIDE = 512;
    private static final int LISTED = 10;

    private final ImageResolver resolver;
    private final int longestSide;
    private final boolean wordFallback;

    /**
     * @param resolver finds an item's image file
     * @param longestSide scale larger images down to this many pixels on their longest side;
     *     0 sends every image as it is
     * @param wordFallback describe an item without an image in words instead of refusing
     */
    public PromptImages(ImageResolver resolver, int longestSide, boolean wordFallback) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        if (longestSide < 0) {
            throw new IllegalArgumentException("longest side " + longestSide + " < 0");
        }
        this.longestSide = longestSide;
        this.wordFallback = wordFallback;
    }

    /** The longest side in pixels larger images are scaled to; 0: never scaled. */
    public int longestSide() {
        return longestSide;
    }

    /** Whether an item without an image is described in words instead of refusing the run. */
    public boolean wordFallback() {
        return wordFallback;
    }

    /**
     * Refuses a run whose triplets hold items without a usable image (no image named, a file
     * that is missing or unreadable, a path refused, an unknown file type), unless the word
     * fallback is on. Reads only the first bytes of each file.
     *
     * @param tasks the triplets about to be asked
     * @param items the item set their indices refer to
     * @throws MissingImagesException naming the items and why, when any lacks an image
     */
    public void check(Collection<CollectionTask> tasks, ItemSet items)
            throws MissingImagesException {
        if (wordFallback) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        java.util.Set<Integer> checked = new java.util.HashSet<>();
        for (CollectionTask task : tasks) {
            for (int index : new int[] {task.shown().a(), task.shown().b(), task.shown().c()}) {
                Item item = items.get(index);
                if (checked.add(index)) {
                    problem(item).ifPresent(why -> problems.put(item.id(), "'" + item.id()
                            + "' (" + item.label() + "): " + why));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw missing(problems);
        }
    }

    /**
     * The prompt for three items: the rendered template, then per item its letter and its
     * image, or its words when it has none and the fallback is on.
     *
     * @param shown the three items in presentation order
     * @throws IOException when an image cannot be read, naming the item and the file
     */
    public Prompt prompt(PromptTemplate template, List<Item> shown) throws IOException {
        String text = template.render(shown);
        List<Prompt.ItemPart> parts = new ArrayList<>();
        for (int position = 0; position < shown.size(); position++) {
            Item item = shown.get(position);
            String letter = PromptTemplate.LETTERS.get(position);
            Optional<Path> file = usableFile(item);
            if (file.isPresent()) {
                parts.add(new Prompt.ItemPart(letter, load(item, file.get()), ""));
            } else if (wordFallback) {
                parts.add(new Prompt.ItemPart(letter, null, words(letter, item)));
            } else {
                throw new IOException("item '" + item.id() + "' (" + item.label()
                        + ") has no usable image: " + problem(item).orElse("unknown"));
            }
        }
        return new Prompt(text, parts);
    }

    private Optional<Path> usableFile(Item item) {
        return problem(item).isPresent() ? Optional.empty() : find(item);
    }

    private Optional<Path> find(Item item) {
        try {
            return resolver.find(item);
        } catch (ImageResolver.Refused e) {
            return Optional.empty();
        }
    }

    /** Why an item's image cannot be sent; empty when it can. */
    private Optional<String> problem(Item item) {
        Optional<Path> file;
        try {
            file = resolver.find(item);
        } catch (ImageResolver.Refused e) {
            return Optional.of(e.getMessage());
        }
        if (file.isEmpty()) {
            return Optional.of("no image");
        }
        if (!Files.isRegularFile(file.get()) || !Files.isReadable(file.get())) {
            return Optional.of("file " + file.get() + " not found or not readable");
        }
        try {
            return ImageFiles.mediaType(file.get()).isPresent() ? Optional.empty()
                    : Optional.of("file " + file.get() + " is not JPEG, PNG, WebP or GIF");
        } catch (IOException e) {
            return Optional.of("file " + file.get() + " cannot be read: " + e.getMessage());
        }
    }

    private PromptImage load(Item item, Path file) throws IOException {
        try {
            return ImageFiles.load(file, longestSide);
        } catch (IOException e) {
            throw new IOException("the image " + file + " of item '" + item.id() + "' cannot be"
                    + " read: " + e.getMessage(), e);
        }
    }

    private static String words(String letter, Item item) {
        String definition = item.definition().isBlank() ? "" : ": " + item.definition();
        return letter + ". (no image) " + item.label() + definition;
    }

    private static MissingImagesException missing(Map<String, String> problems) {
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "%d item%s without a usable image, nothing was sent (add the images, or"
                        + " describe such items in words with the word-card fallback): ",
                problems.size(), problems.size() == 1 ? "" : "s"));
        int listed = 0;
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            if (listed == LISTED) {
                message.append(", and ").append(problems.size() - LISTED).append(" more");
                break;
            }
            message.append(listed == 0 ? "" : "; ").append(problem.getValue());
            listed++;
        }
        return new MissingImagesException(message.toString(), List.copyOf(problems.keySet()));
    }
}
