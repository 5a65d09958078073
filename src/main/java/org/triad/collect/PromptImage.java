package org.triad.collect;

import java.util.Base64;
import java.util.Objects;

/**
 * One image as it is sent to a model: its media type and its encoded bytes.
 *
 * @param mediaType {@code image/jpeg}, {@code image/png}, {@code image/webp} or
 *     {@code image/gif}
 * @param bytes the encoded file; not copied, nobody writes to it after construction
 */
public record PromptImage(String mediaType, byte[] bytes) {
    /** Rejects nulls. */
    public PromptImage {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The image as a {@code data:} URL, as the chat-completions {@code image_url} wants it. */
    public String dataUrl() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
