package org.triad.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triad.model.Item;
import org.triad.store.StoreException;

/**
 * The three cards of a triplet, left to right: an item's image where it has one, else its word
 * and definition. Images load in the background ({@link Image} with background loading) and
 * stay cached, and the upcoming triplet's are requested before it is shown.
 */
final class TripletCards {
    private static final Logger LOG = LoggerFactory.getLogger(TripletCards.class);
    private static final String[] KEYS = {"1   ←", "2   ↓", "3   →"};
    private static final int CACHE = 64;

    private final ProjectSession project;
    private final HBox row = new HBox(24);
    private final StackPane[] cards = new StackPane[3];
    private final Map<String, Optional<Image>> images = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
            return size() > CACHE;
        }
    };

    /** The word's font size in annotate.css, kept when the longest word fits. */
    private static final double WORD_SIZE = 40;

    /** Cards that call {@code onPick} with 0, 1 or 2 when clicked. */
    TripletCards(ProjectSession project, IntConsumer onPick) {
        this.project = project;
        row.setId("cards");
        row.getStyleClass().add("triplet-cards");
        row.setAlignment(Pos.CENTER);
        for (int p = 0; p < 3; p++) {
            int position = p;
            cards[p] = new StackPane();
            cards[p].setId("card" + p);
            cards[p].getStyleClass().add("triplet-card");
            cards[p].setMaxWidth(Double.MAX_VALUE);
            cards[p].setMaxHeight(Double.MAX_VALUE);
            cards[p].setOnMouseClicked(event -> {
                if (event.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    onPick.accept(position);
                }
            });
            HBox.setHgrow(cards[p], Priority.ALWAYS);
            row.getChildren().add(cards[p]);
        }
        row.setFillHeight(true);
    }

    Node node() {
        return row;
    }

    /** Shows three items, or empty cards for an empty list. */
    void show(List<Item> items) {
        for (int p = 0; p < 3; p++) {
            cards[p].getChildren().setAll(items.isEmpty() ? new Region()
                    : content(items.get(p), p));
            cards[p].setDisable(items.isEmpty());
        }
    }

    /** Starts loading the images of items that will be shown next. */
    void preload(List<Item> items) {
        items.forEach(this::image);
    }

    private Node content(Item item, int position) {
        Label key = new Label(KEYS[position]);
        key.getStyleClass().add("card-key");
        Node body = image(item).<Node>map(this::picture).orElseGet(() -> word(item));
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox box = new VBox(12, body, key);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node picture(Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(row.widthProperty().divide(3).subtract(64));
        view.fitHeightProperty().bind(row.heightProperty().subtract(110));
        return new StackPane(view);
    }

    private static Node word(Item item) {
        Label word = new Label(item.label());
        word.getStyleClass().add("card-word");
        word.setWrapText(true);
        Label definition = new Label(item.definition());
        definition.getStyleClass().add("card-definition");
        definition.setWrapText(true);
        VBox box = new VBox(16, word, definition);
        box.setAlignment(Pos.CENTER);
        box.setMaxHeight(Double.MAX_VALUE);
        // Lines break between words, never inside one: a long word gets a smaller font.
        box.widthProperty().addListener((o, old, now) -> fitLongestWord(word,
                now.doubleValue() - 24));
        return box;
    }

    private static void fitLongestWord(Label word, double width) {
        String longest = "";
        for (String part : word.getText().split("\\s+")) {
            longest = part.length() > longest.length() ? part : longest;
        }
        Text probe = new Text(longest);
        probe.setFont(Font.font(word.getFont().getFamily(), FontWeight.BOLD, WORD_SIZE));
        double needed = probe.getLayoutBounds().getWidth();
        double size = needed <= width || width <= 0 ? WORD_SIZE
                : Math.max(12, Math.floor(WORD_SIZE * width / needed));
        word.setStyle(size == WORD_SIZE ? "" : "-fx-font-size: " + size + "px;");
    }

    private Optional<Image> image(Item item) {
        if (item.image().isEmpty()) {
            return Optional.empty();
        }
        return images.computeIfAbsent(item.id(), id -> load(item));
    }

    private Optional<Image> load(Item item) {
        try {
            Optional<Path> file = project.resolveImage(item);
            return file.map(path -> new Image(path.toUri().toString(), true));
        } catch (StoreException e) {
            LOG.warn("Item {} is shown as a word: {}", item.id(), e.getMessage());
            return Optional.empty();
        }
    }
}
