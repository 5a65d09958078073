package org.triad.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.triad.analysis.SourceAgreement;
import org.triad.model.FeatureMatrix;
import org.triad.model.JudgementSet;
import org.triad.model.Triplet;
import org.triad.store.EmbeddingFiles;
import org.triad.testdata.ThingsFiles;

class VectorAnnotatorTest {
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(VectorAnnotatorTest.class);

    @Test
    void word2vecAgreesWithPeopleOnTheValidationSplitAsMeasured() throws Exception {
        FeatureMatrix vectors = EmbeddingFiles.readMatrix(
                Path.of("datasets/vectors/things_word2vec_300d.npy"));
        JudgementSet people = ThingsFiles.triplets(ThingsFiles.bench("things_val.txt"),
                ThingsFiles.ITEMS);
        VectorAnnotator dot = new VectorAnnotator(vectors, "word2vec",
                VectorAnnotator.Rule.DOT, 0, 1);
        SourceAgreement agreement = SourceAgreement.between(people,
                dot.annotate(people, "word2vec"));
        LOG.info(String.format("REPORT vector annotator word2vec/dot on things_val: %.2f %% of %d",
                100 * agreement.share(), agreement.sharedTriplets()));
        // numpy on the same files: dot 45.78 %, cosine 46.55 % (see the class Javadoc).
        assertEquals(0.4578, agreement.share(), 0.002);
        SourceAgreement cosine = SourceAgreement.between(people, new VectorAnnotator(vectors,
                "word2vec", VectorAnnotator.Rule.COSINE, 0, 1).annotate(people, "cos"));
        assertEquals(0.4655, cosine.share(), 0.002);
    }

    @Test
    void mostSimilarPairIsKeptAndSamplingIsSeeded() {
        FeatureMatrix features = new FeatureMatrix(3, 2, new float[] {1, 0, 0.9f, 0.1f, 0, 1});
        VectorAnnotator argmax = new VectorAnnotator(features, "toy", VectorAnnotator.Rule.COSINE,
                0, 1);
        assertEquals(2, argmax.oddOneOut(new Triplet(0, 1, 2)));
        assertEquals(2, argmax.oddOneOut(new Triplet(2, 1, 0)));
        int[] first = draws(new VectorAnnotator(features, "toy", VectorAnnotator.Rule.DOT, 0.5,
                7));
        int[] second = draws(new VectorAnnotator(features, "toy", VectorAnnotator.Rule.DOT, 0.5,
                7));
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second));
        assertTrue(first[2] > first[0] && first[0] > 0, java.util.Arrays.toString(first));
    }

    private static int[] draws(VectorAnnotator annotator) {
        int[] counts = new int[3];
        for (int draw = 0; draw < 3000; draw++) {
            counts[annotator.oddOneOut(new Triplet(0, 1, 2))]++;
        }
        return counts;
    }
}
