package org.triad.app;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.triad.collect.CollectionSettings;
import org.triad.collect.EndpointCheck;
import org.triad.collect.ModelEndpoint;
import org.triad.collect.PromptTemplate;
import org.triad.collect.SamplerSettings.Kind;

/**
 * The settings of a collection run as the Collect view edits them: the endpoint (the key only
 * in memory), the prompt template, what to ask and how hard to push the endpoint. Lives on
 * the UI thread; {@link #endpoint()}, {@link #settings()} and {@link #template()} copy it.
 */
final class CollectForm {
    /** Ollama's OpenAI-compatible endpoint, which needs no key. */
    static final String DEFAULT_URL = "http://localhost:11434/v1";
    static final String DEFAULT_KEY_VARIABLE = "OPENAI_API_KEY";

    /** Where the API key comes from. */
    enum KeySource {
        /** An environment variable, named in the form; nothing typed is kept. */
        ENVIRONMENT,
        /** Typed into a password field, held for this session only. */
        TYPED
    }

    /** Which triplets are asked. */
    enum TripletSource {
        /** N new triplets drawn by a sampler. */
        SAMPLER,
        /** The triplets of a judgement set of the project. */
        SET
    }

    private final Map<String, String> environment;
    private final StringProperty baseUrl = new SimpleStringProperty(DEFAULT_URL);
    private final StringProperty model = new SimpleStringProperty("");
    private final ObjectProperty<KeySource> keySource =
            new SimpleObjectProperty<>(KeySource.ENVIRONMENT);
    private final StringProperty keyVariable = new SimpleStringProperty(DEFAULT_KEY_VARIABLE);
    private final StringProperty typedKey = new SimpleStringProperty("");
    private final ObjectProperty<Double> temperature = new SimpleObjectProperty<>(0.0);
    private final ObjectProperty<Integer> maxTokens = new SimpleObjectProperty<>(16);
    private final ObjectProperty<Integer> timeoutSeconds = new SimpleObjectProperty<>(60);
    private final StringProperty template = new SimpleStringProperty(PromptTemplate.DEFAULT.text());
    private final ObjectProperty<TripletSource> tripletSource =
            new SimpleObjectProperty<>(TripletSource.SAMPLER);
    private final ObjectProperty<Kind> sampler = new SimpleObjectProperty<>(Kind.UNIFORM);
    private final ObjectProperty<Integer> count = new SimpleObjectProperty<>(100);
    private final ObjectProperty<Integer> seed = new SimpleObjectProperty<>(1);
    private final StringProperty fromSet = new SimpleStringProperty();
    private final BooleanProperty rotations = new SimpleBooleanProperty();
    private final BooleanProperty retryFailed = new SimpleBooleanProperty();
    private final BooleanProperty images = new SimpleBooleanProperty();
    private final BooleanProperty wordCards = new SimpleBooleanProperty();
    private final StringProperty setName = new SimpleStringProperty("");
    private final ObjectProperty<Integer> concurrency = new SimpleObjectProperty<>(8);
    private final ObjectProperty<Double> requestsPerMinute = new SimpleObjectProperty<>(0.0);
    private final ObjectProperty<Integer> maxAttempts = new SimpleObjectProperty<>(5);
    private final ObjectProperty<Double> promptPrice = new SimpleObjectProperty<>(0.0);
    private final ObjectProperty<Double> completionPrice = new SimpleObjectProperty<>(0.0);
    private final StringBinding keyStatus;

    /**
     * @param environment where key variables are looked up (the process environment in the
     *     app, a map in tests)
     */
    CollectForm(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        keyStatus = Bindings.createStringBinding(() -> keyVariable.get() == null
                || keyVariable.get().isBlank() ? "no variable"
                : this.environment.getOrDefault(keyVariable.get().strip(), "").isEmpty()
                ? "not set" : "set", keyVariable);
        images.addListener((o, old, now) -> {
            // An untouched default follows the kind of prompt; an edited template stays.
            String from = (now ? PromptTemplate.DEFAULT : PromptTemplate.MULTIMODAL_DEFAULT)
                    .text();
            if (template.get().equals(from)) {
                template.set(defaultTemplate().text());
            }
        });
        model.addListener((o, old, now) -> {
            // The set follows the model id until the user names it.
            if (setName.get().isBlank() || setName.get().equals(defaultSetName(old))) {
                setName.set(defaultSetName(now));
            }
        });
    }

    /** "model · llama3.2" for a model id; the set its choices go to unless renamed. */
    static String defaultSetName(String modelId) {
        return modelId == null || modelId.isBlank() ? "" : "model · " + modelId.strip();
    }

    /** Why a run cannot start with these settings, or null when it can. */
    String problem() {
        String url = EndpointCheck.urlProblem(baseUrl.get());
        if (url != null) {
            return url;
        }
        if (model.get().isBlank()) {
            return "Enter the model id, e.g. llama3.2 for Ollama or gpt-4o-mini for OpenAI.";
        }
        if (EndpointCheck.lacksKey(URI.create(baseUrl.get().strip()), apiKey())) {
            return keySource.get() == KeySource.TYPED ? "Type the API key, or take it from an"
                    + " environment variable." : "The environment variable '"
                    + keyVariable.get().strip() + "' is not set: set it before starting Triad,"
                    + " or type the key for this session.";
        }
        String wording = template().problem();
        if (wording != null) {
            return "The prompt template is not usable: " + wording + ".";
        }
        if (tripletSource.get() == TripletSource.SET && fromSet.get() == null) {
            return "Choose the judgement set whose triplets are asked.";
        }
        return setName.get().isBlank() ? "Name the judgement set the model's choices go to."
                : null;
    }

    /** The key the endpoint sends; empty for none. Never stored. */
    private String apiKey() {
        if (keySource.get() == KeySource.TYPED) {
            return typedKey.get() == null ? "" : typedKey.get().strip();
        }
        String variable = keyVariable.get() == null ? "" : keyVariable.get().strip();
        return variable.isEmpty() ? "" : environment.getOrDefault(variable, "");
    }

    /** The endpoint these settings describe; call only when {@link #problem()} is null. */
    ModelEndpoint endpoint() {
        return new ModelEndpoint(URI.create(baseUrl.get().strip()), model.get().strip(),
                apiKey(), temperature.get(), maxTokens.get(),
                Duration.ofSeconds(timeoutSeconds.get()));
    }

    /** The run settings; backoff as the command line's: 1 s doubling up to 60 s. */
    CollectionSettings settings() {
        return new CollectionSettings(concurrency.get(), requestsPerMinute.get(),
                maxAttempts.get(), Duration.ofSeconds(1), Duration.ofSeconds(60),
                promptPrice.get(), completionPrice.get());
    }

    /** The template as typed; multimodal when the items' images are sent. */
    PromptTemplate template() {
        return new PromptTemplate(template.get(), images.get());
    }

    /** The default template of the kind of prompt chosen: text, or text with images. */
    PromptTemplate defaultTemplate() {
        return images.get() ? PromptTemplate.MULTIMODAL_DEFAULT : PromptTemplate.DEFAULT;
    }

    /** Whether the three items' images follow the text (multimodal models). */
    BooleanProperty imagesProperty() {
        return images;
    }

    /** With images: whether an item without an image is described in words instead. */
    BooleanProperty wordCardsProperty() {
        return wordCards;
    }

    /** Everything but the key, under a name. */
    EndpointProfiles.Profile profile(String name) {
        return new EndpointProfiles.Profile(name, baseUrl.get(), model.get(),
                keyVariable.get(), temperature.get(), maxTokens.get(), timeoutSeconds.get(),
                concurrency.get(), requestsPerMinute.get(), maxAttempts.get(), promptPrice.get(),
                completionPrice.get());
    }

    /** Fills the form from a profile; a typed key stays as it is. */
    void apply(EndpointProfiles.Profile profile) {
        baseUrl.set(profile.baseUrl());
        model.set(profile.model());
        if (!profile.keyVariable().isBlank()) {
            keyVariable.set(profile.keyVariable());
        }
        temperature.set(profile.temperature());
        maxTokens.set(Math.max(1, profile.maxTokens()));
        timeoutSeconds.set(Math.max(1, profile.timeoutSeconds()));
        concurrency.set(Math.max(1, profile.concurrency()));
        requestsPerMinute.set(Math.max(0, profile.requestsPerMinute()));
        maxAttempts.set(Math.max(1, profile.maxAttempts()));
        promptPrice.set(Math.max(0, profile.promptPricePer1k()));
        completionPrice.set(Math.max(0, profile.completionPricePer1k()));
    }

    /** "set" / "not set" for the key variable, as the form shows it. */
    StringBinding keyStatus() {
        return keyStatus;
    }

    /** The sampler's name as the form shows it. */
    static String samplerName(Kind kind) {
        return switch (kind) {
            case UNIFORM -> "Uniform random";
            case BALANCED -> "Balanced item coverage";
            case REPEATS -> "Repeats (10 %, consistency)";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    StringProperty baseUrlProperty() {
        return baseUrl;
    }

    StringProperty modelProperty() {
        return model;
    }

    ObjectProperty<KeySource> keySourceProperty() {
        return keySource;
    }

    StringProperty keyVariableProperty() {
        return keyVariable;
    }

    StringProperty typedKeyProperty() {
        return typedKey;
    }

    ObjectProperty<Double> temperatureProperty() {
        return temperature;
    }

    ObjectProperty<Integer> maxTokensProperty() {
        return maxTokens;
    }

    ObjectProperty<Integer> timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    StringProperty templateProperty() {
        return template;
    }

    ObjectProperty<TripletSource> tripletSourceProperty() {
        return tripletSource;
    }

    ObjectProperty<Kind> samplerProperty() {
        return sampler;
    }

    ObjectProperty<Integer> countProperty() {
        return count;
    }

    ObjectProperty<Integer> seedProperty() {
        return seed;
    }

    StringProperty fromSetProperty() {
        return fromSet;
    }

    /** Whether a run asks again the triplets whose requests failed before. */
    BooleanProperty retryFailedProperty() {
        return retryFailed;
    }

    BooleanProperty rotationsProperty() {
        return rotations;
    }

    StringProperty setNameProperty() {
        return setName;
    }

    ObjectProperty<Integer> concurrencyProperty() {
        return concurrency;
    }

    ObjectProperty<Double> requestsPerMinuteProperty() {
        return requestsPerMinute;
    }

    ObjectProperty<Integer> maxAttemptsProperty() {
        return maxAttempts;
    }

    ObjectProperty<Double> promptPriceProperty() {
        return promptPrice;
    }

    ObjectProperty<Double> completionPriceProperty() {
        return completionPrice;
    }
}
