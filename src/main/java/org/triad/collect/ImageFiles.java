package org.triad.collect;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Recognises and, where needed, scales down the image files sent with multimodal prompts. */
final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * The media type of an image file: from its first bytes, or else from its extension.
     *
     * @return empty for anything but JPEG, PNG, WebP and GIF
     */
    static Optional<String> mediaType(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        Optional<String> sniffed = sniff(head);
        return sniffed.isPresent() ? sniffed : byExtension(file);
    }

    static Optional<String> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G')) {
            return Optional.of("image/png");
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "jpg", "jpeg" -> Optional.of("image/jpeg");
            case "png" -> Optional.of("image/png");
            case "gif" -> Optional.of("image/gif");
            case "webp" -> Optional.of("image/webp");
            default -> Optional.empty();
        };
    }

    /**
     * Reads an image for sending: unchanged when {@code longestSide} is 0, when it is no larger
     * already, or when it is WebP; otherwise scaled down to {@code longestSide} pixels on its
     * longest side and encoded as JPEG (PNG when it has transparency).
     *
     * @throws IOException when the file cannot be read or is no image of a known type
     */
    static PromptImage load(Path file, int longestSide) throws IOException {
        String type = mediaType(file).orElseThrow(() ->
                new IOException("not JPEG, PNG, WebP or GIF"));
        byte[] bytes = Files.readAllBytes(file);
        if (longestSide == 0 || "image/webp".equals(type)) {
            return new PromptImage(type, bytes);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not a decodable " + type + " image");
        }
        if (Math.max(image.getWidth(), image.getHeight()) <= longestSide) {
            return new PromptImage(type, bytes);
        }
        return scaled(image, longestSide);
    }

    private static PromptImage scaled(BufferedImage image, int longestSide) throws IOException {
        double scale = (double) longestSide / Math.max(image.getWidth(), image.getHeight());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String format = alpha ? "png" : "jpeg";
        if (!ImageIO.write(out, format, bytes)) {
            throw new IOException("no " + format + " writer in this Java runtime");
        }
        return new PromptImage("image/" + format, bytes.toByteArray());
    }
}
