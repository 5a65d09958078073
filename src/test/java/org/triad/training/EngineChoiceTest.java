package org.triad.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Engine names and the automatic choice in a build without the CUDA backend. */
class EngineChoiceTest {
    @Test
    void parsesNamesCaseInsensitively() {
        assertEquals(EngineChoice.AUTO, EngineChoice.parse("auto"));
        assertEquals(EngineChoice.CPU, EngineChoice.parse(" CPU "));
        assertEquals(EngineChoice.ND4J, EngineChoice.parse("Nd4j"));
        assertThrows(IllegalArgumentException.class, () -> EngineChoice.parse("gpu"));
    }

    @Test
    void autoIsTheCpuEngineWithoutTheCudaBackend() {
        assertFalse(Nd4jBackend.cudaOnClasspath(), "this test runs on the default build");
        assertEquals(EngineChoice.CPU, EngineChoice.AUTO.resolve());
        assertEquals(EngineChoice.ND4J, EngineChoice.ND4J.resolve());
    }
}
