package org.triad.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** float32 arrays as little-endian BLOBs, the layout numpy reads with {@code frombuffer}. */
final class FloatBlobs {
    private FloatBlobs() {
    }

    static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
