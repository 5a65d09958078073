package org.triad.training;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which SPoSE engine trains. ND4J is loaded (seconds, native libraries) only when the ND4J
 * engine is chosen, or when {@link #AUTO} finds the CUDA backend on the classpath.
 */
public enum EngineChoice {
    /**
     * ND4J on CUDA when the CUDA backend is on the classpath (a {@code -Pcuda} build) and
     * reports a device; otherwise the plain-Java CPU engine.
     */
    AUTO,
    /** The plain-Java, multi-threaded CPU engine. */
    CPU,
    /** The ND4J engine on whatever backend is on the classpath (CPU, or CUDA). */
    ND4J;

    private static final Logger LOG = LoggerFactory.getLogger(EngineChoice.class);

    /**
     * The choice named by "auto", "cpu" or "nd4j", case-insensitive.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static EngineChoice parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown engine '" + name
                    + "' (use auto, cpu or nd4j)", e);
        }
    }

    /** The engine this choice resolves to on this machine: {@link #CPU} or {@link #ND4J}. */
    public EngineChoice resolve() {
        if (this != AUTO) {
            return this;
        }
        return cudaAvailable() ? ND4J : CPU;
    }

    /** Makes the engines of this choice (resolving {@link #AUTO} now). */
    SposeEngine.Factory factory() {
        return resolve() == ND4J ? SposeNd4jEngine::new : SposeCpuEngine::new;
    }

    private static boolean cudaAvailable() {
        if (!Nd4jBackend.cudaOnClasspath()) {
            return false;
        }
        try {
            int devices = Nd4jBackend.cudaDevices();
            LOG.info("ND4J CUDA backend reports {} device(s)", devices);
            return devices > 0;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("ND4J CUDA backend is on the classpath but did not start ({}); training "
                    + "on the CPU engine", e.toString());
            return false;
        }
    }
}
