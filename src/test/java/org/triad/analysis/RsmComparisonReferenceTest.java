package org.triad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triad.model.Rsm;

/**
 * Comparison statistics against scipy/numpy (reference/rsm_compare_reference.py). Tolerance
 * 1e-12: every statistic is a closed-form sum over at most 780 pairs of values in [0, 1].
 */
class RsmComparisonReferenceTest {
    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode node : ReferenceData.load().get("comparisons")) {
            cases.add(Arguments.of(node.get("name").asText(), ComparisonMethod.PEARSON,
                    "pearson", node));
            cases.add(Arguments.of(node.get("name").asText(), ComparisonMethod.SPEARMAN,
                    "spearman", node));
            cases.add(Arguments.of(node.get("name").asText(), ComparisonMethod.KENDALL_TAU_A,
                    "kendall_tau_a", node));
            cases.add(Arguments.of(node.get("name").asText(), ComparisonMethod.COSINE,
                    "cosine", node));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void matchesScipy(String name, ComparisonMethod method, String key, JsonNode node) {
        Rsm first = ReferenceData.rsm(node.get("first"));
        Rsm second = ReferenceData.rsm(node.get("second"));

        ComparisonResult result = RsmComparison.compare(first, second, method);

        assertEquals(node.get(key).asDouble(), result.value(), TOLERANCE);
        assertEquals(node.get("pairs_used").asLong(), result.pairsUsed());
        assertEquals(node.get("pairs_skipped").asLong(), result.pairsSkipped());
        assertEquals(node.get("shared").size(), result.sharedItems());
        assertEquals(ReferenceData.strings(node.get("only_in_first")), result.onlyInFirst());
        assertEquals(ReferenceData.strings(node.get("only_in_second")), result.onlyInSecond());
        assertEquals(result.itemSetsMatch(), result.warning().isEmpty());
    }

    @Test
    void alignmentFollowsFirstOrder() {
        for (JsonNode node : ReferenceData.load().get("comparisons")) {
            assertShared(node);
        }
    }

    private static void assertShared(JsonNode node) {
        RsmAlignment alignment = RsmAlignment.of(ReferenceData.rsm(node.get("first")),
                ReferenceData.rsm(node.get("second")));

        assertEquals(ReferenceData.strings(node.get("shared")), alignment.sharedIds());
    }

    @Test
    void fisherZMeanMatchesNumpy() {
        JsonNode node = ReferenceData.load().get("fisher_z");
        double[] correlations = new double[node.get("correlations").size()];
        for (int k = 0; k < correlations.length; k++) {
            correlations[k] = node.get("correlations").get(k).asDouble();
        }

        assertEquals(node.get("mean").asDouble(), RsmComparison.fisherZMean(correlations),
                TOLERANCE);
    }
}
