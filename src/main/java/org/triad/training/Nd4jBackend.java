package org.triad.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What ND4J runs on. {@link #cudaOnClasspath()} only looks for a class and loads no native
 * code; everything else initialises ND4J (seconds), so call it only once ND4J is wanted.
 */
final class Nd4jBackend {
    /** The backend class of {@code nd4j-cuda-*}; present only in a {@code -Pcuda} build. */
    static final String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    private Nd4jBackend() {
    }

    /** Whether the CUDA backend is on the classpath, without loading ND4J. */
    static boolean cudaOnClasspath() {
        try {
            Class.forName(CUDA_BACKEND_CLASS, false, Nd4jBackend.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Whether the loaded backend is CUDA (loads ND4J). */
    static boolean isCuda() {
        Object backend = environment().get(Nd4jEnvironment.BACKEND_KEY);
        return backend != null && backend.toString().toUpperCase(Locale.ROOT).contains("CUDA");
    }

    /** CUDA devices the loaded backend reports; 0 on the CPU backend (loads ND4J). */
    static int cudaDevices() {
        if (!isCuda()) {
            return 0;
        }
        Object count = environment().get(Nd4jEnvironment.CUDA_NUM_GPUS_KEY);
        if (count instanceof Number number) {
            return number.intValue();
        }
        return deviceNames().size();
    }

    /**
     * A display name such as "CPU backend, OpenBLAS" or "CUDA, NVIDIA A100-SXM4-40GB" (loads
     * ND4J).
     */
    static String describe() {
        if (isCuda()) {
            List<String> names = deviceNames();
            return "CUDA, " + (names.isEmpty() ? "unknown device" : names.get(0));
        }
        Object vendor = environment().get(Nd4jEnvironment.BLAS_VENDOR_KEY);
        return "CPU backend, " + blasName(vendor == null ? "unknown BLAS" : vendor.toString());
    }

    private static String blasName(String vendor) {
        return switch (vendor.toUpperCase(Locale.ROOT)) {
            case "OPENBLAS" -> "OpenBLAS";
            case "MKL" -> "MKL";
            default -> vendor;
        };
    }

    private static List<String> deviceNames() {
        Object info = environment().get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY);
        if (!(info instanceof List<?> devices)) {
            return List.of();
        }
        return devices.stream().filter(Map.class::isInstance)
                .map(device -> String.valueOf(((Map<?, ?>) device)
                        .get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY)))
                .toList();
    }

    private static Properties environment() {
        return Nd4j.getExecutioner().getEnvironmentInformation();
    }
}
