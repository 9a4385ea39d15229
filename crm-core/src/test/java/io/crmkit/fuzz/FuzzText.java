package io.crmkit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a fuzzer's raw bytes into the text a parser under test reads, so that seed files are
 * plain UTF-8 text a person can read and write.
 *
 * <p>UTF-8 cannot hold an unpaired surrogate, which host strings can; an input whose first
 * byte is {@code 0xFE} is therefore read as UTF-16BE (any char, lone surrogates included)
 * after that byte. Every other input is read as UTF-8, malformed bytes becoming U+FFFD.
 */
public final class FuzzText {
    /** The first byte that marks the rest of an input as UTF-16BE. */
    public static final byte UTF_16_MARK = (byte) 0xFE;
    /** The byte that separates the parts of a multi-part input (ASCII unit separator, never in a seed's text). */
    public static final byte PART_SEPARATOR = 0x1E;

    private FuzzText() {
    }

    /**
     * The text of an input.
     *
     * @param bytes the fuzzer's input
     * @return UTF-8 text, or UTF-16BE text after a leading {@link #UTF_16_MARK}
     */
    public static String text(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == UTF_16_MARK) {
            StringBuilder s = new StringBuilder(bytes.length / 2);
            for (int i = 1; i + 1 < bytes.length; i += 2) {
                s.append((char) (((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF)));
            }
            return s.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The input split at each {@link #PART_SEPARATOR}, each part read by {@link #text(byte[])};
     * missing parts are empty strings.
     *
     * @param bytes the fuzzer's input
     * @param count how many parts the target takes
     * @return exactly {@code count} parts; the last holds the rest, separators included
     */
    public static List<String> parts(byte[] bytes, int count) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length && parts.size() < count - 1; i++) {
            if (bytes[i] == PART_SEPARATOR) {
                parts.add(text(java.util.Arrays.copyOfRange(bytes, start, i)));
                start = i + 1;
            }
        }
        parts.add(text(java.util.Arrays.copyOfRange(bytes, Math.min(start, bytes.length), bytes.length)));
        while (parts.size() < count) {
            parts.add("");
        }
        return parts;
    }
}
