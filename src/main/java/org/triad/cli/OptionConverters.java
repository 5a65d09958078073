package org.triad.cli;

import org.triad.model.Similarity;
import org.triad.training.EngineChoice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli converters for the training options that take names. */
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
}
