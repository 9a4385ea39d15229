package io.crmkit.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A file recorded with a follow-up result, by reference: the host stores the file, crmkit
 * keeps its name, where it is, its size and type.
 *
 * @param name the file name shown to users
 * @param uri where the host keeps it: an absolute URI ({@code scheme:rest}, no spaces or
 *     control characters), e.g. {@code https://files.example.cn/a/1} or {@code oss://bucket/key}
 * @param sizeBytes the size in bytes, not negative
 * @param mediaType the media type, e.g. {@code application/pdf}
 */
public record Attachment(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 2000) String uri,
        long sizeBytes,
        @NotNull @Size(max = 127) String mediaType) {
}
