package org.triad.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named endpoint settings the Collect view offers again: everything of the endpoint form and
 * the run settings except the API key, which is never kept (the name of the environment
 * variable that holds it is). Kept in the user's preferences as one JSON value per profile;
 * with {@code -Dtriad.prefs=off} only in memory, so that tests never touch the user's.
 */
public final class EndpointProfiles {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointProfiles.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The preferences node below the app's. */
    private static final String NODE = "endpointProfiles";

    /**
     * One saved endpoint.
     *
     * @param name what the profile is called; at most {@link Preferences#MAX_KEY_LENGTH}
     *     characters
     * @param baseUrl base URL up to the API version, e.g. {@code http://localhost:11434/v1}
     * @param model model id
     * @param keyVariable the environment variable holding the key; blank for none
     * @param temperature sampling temperature
     * @param maxTokens completion tokens asked for
     * @param timeoutSeconds limit on one request
     * @param concurrency requests in flight
     * @param requestsPerMinute rate limit; 0 for none
     * @param maxAttempts requests per triplet
     * @param promptPricePer1k price of 1,000 prompt tokens
     * @param completionPricePer1k price of 1,000 completion tokens
     */
    public record Profile(String name, String baseUrl, String model, String keyVariable,
            double temperature, int maxTokens, int timeoutSeconds, int concurrency,
            double requestsPerMinute, int maxAttempts, double promptPricePer1k,
            double completionPricePer1k) {

        /** Rejects a blank or over-long name. */
        public Profile {
            Objects.requireNonNull(name, "name");
            name = name.strip();
            if (name.isEmpty() || name.length() > Preferences.MAX_KEY_LENGTH) {
                throw new IllegalArgumentException("a profile name needs 1 to "
                        + Preferences.MAX_KEY_LENGTH + " characters");
            }
            baseUrl = Objects.requireNonNullElse(baseUrl, "");
            model = Objects.requireNonNullElse(model, "");
            keyVariable = Objects.requireNonNullElse(keyVariable, "");
        }
    }

    /** Null when the profiles live only in memory. */
    private final Preferences node;
    private final Map<String, Profile> memory = new TreeMap<>();
    /** Counts saves and deletes, so that every list of the profiles can follow them. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    /** @param node where to keep the profiles, or null to keep them in memory */
    EndpointProfiles(Preferences node) {
        this.node = node;
    }

    /** The user's profiles, or in-memory ones when {@value AppPreferences#PROPERTY} is off. */
    public static EndpointProfiles forUser() {
        Preferences user = AppPreferences.userNode();
        return new EndpointProfiles(user == null ? null : user.node(NODE));
    }

    /** Every profile, sorted by name; a value that cannot be read is skipped and logged. */
    public synchronized List<Profile> list() {
        if (node == null) {
            return new ArrayList<>(memory.values());
        }
        List<Profile> profiles = new ArrayList<>();
        try {
            for (String key : new java.util.TreeSet<>(List.of(node.keys()))) {
                Profile profile = read(node.get(key, ""));
                if (profile != null) {
                    profiles.add(profile);
                }
            }
        } catch (BackingStoreException e) {
            LOG.warn("Could not read the endpoint profiles: {}", e.getMessage());
        }
        return profiles;
    }

    /** Saves a profile, replacing one of the same name. Call on the UI thread. */
    public synchronized void save(Profile profile) {
        if (node == null) {
            memory.put(profile.name(), profile);
        } else {
            try {
                node.put(profile.name(), JSON.writeValueAsString(profile));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a profile as JSON", e);
            }
            flush();
        }
        revision.set(revision.get() + 1);
    }

    /** Deletes the profile of that name, if any. Call on the UI thread. */
    public synchronized void delete(String name) {
        if (node == null) {
            memory.remove(name);
        } else {
            node.remove(name);
            flush();
        }
        revision.set(revision.get() + 1);
    }

    /** Changes with every save and delete: lists of the profiles reload when it does. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    private static Profile read(String json) {
        try {
            return JSON.readValue(json, Profile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warn("Skipping an endpoint profile that cannot be read: {}", e.getMessage());
            return null;
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the endpoint profiles: {}", e.getMessage());
        }
    }
}
