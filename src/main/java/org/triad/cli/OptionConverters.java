package org.triad.cli;

import java.util.Locale;
import org.triad.collect.UniformSampler;
import org.triad.model.Similarity;
import org.triad.training.EngineChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli converters for options whose values need a clearer error than picocli's own. */
final class OptionConverters {
    private OptionConverters() {
    }

    /** "auto", "cpu" or "nd4j". */
    static final class Engine implements ITypeConverter<EngineChoice> {
        @Override
        public EngineChoice convert(String value) {
            try {
                return EngineChoice.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** "dot" or "euclidean". */
    static final class SimilarityName implements ITypeConverter<Similarity> {
        @Override
        public Similarity convert(String value) {
            try {
                return Similarity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * A number of triplets to sample. {@code triad vectors --triplets} takes a file, so a file
     * name given here is pointed at {@code --from-set} rather than called "not an int".
     */
    static final class TripletCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                if (value.strip().matches("[+-]?\\d+")) {
                    throw new TypeConversionException(String.format(Locale.ROOT, "'%s' is too"
                            + " many triplets (at most %,d per run)", value,
                            UniformSampler.MAX_TRIPLETS_PER_RUN));
                }
                throw new TypeConversionException("'" + value + "' is not a number of triplets"
                        + "; to ask the triplets of a file, use --from-set FILE");
            }
        }
    }
}
