package org.triad.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.triad.model.Rsm;
import org.triad.model.RsmKind;

/** Reads reference/rsm_compare_reference.json, written by rsm_compare_reference.py. */
final class ReferenceData {
    private static final String RESOURCE = "/reference/rsm_compare_reference.json";

    private ReferenceData() {
    }

    static JsonNode load() {
        try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the test classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RSM from {"ids": [...], "values": [row-major, null for NaN]}. */
    static Rsm rsm(JsonNode node) {
        List<String> ids = strings(node.get("ids"));
        JsonNode values = node.get("values");
        double[] array = new double[values.size()];
        for (int k = 0; k < array.length; k++) {
            array[k] = values.get(k).isNull() ? Double.NaN : values.get(k).asDouble();
        }
        return new Rsm(RsmKind.EMPIRICAL, ids, array);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }
}
