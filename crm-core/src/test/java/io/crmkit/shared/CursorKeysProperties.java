package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shared cursor decodings: a one-key id ({@link Cursor#decodeId}) and a time with an id
 * ({@link TimeAndId}). Their tokens round-trip; anything else is refused as {@code cursor.invalid}
 * at the path given, never with another exception.
 */
class CursorKeysProperties {
    private static final String PATH = "page.after";
    private static final UUID ID = UUID.fromString("0190f1a2-3b4c-7d5e-8f60-718293a4b5c6");
    private static final Instant AT = Instant.parse("2026-11-30T08:00:00.123456789Z");

    @Property(tries = 300)
    void idsRoundTrip(@ForAll("uuids") UUID id) {
        assertThat(Cursor.decodeId(Cursor.of(id.toString()).encode(), PATH)).isEqualTo(id);
    }

    @Property(tries = 300)
    void timesAndIdsRoundTrip(@ForAll("instants") Instant at, @ForAll("uuids") UUID id) {
        TimeAndId p = new TimeAndId(at, id);
        assertThat(TimeAndId.decode(p.encode(), PATH)).isEqualTo(p);
    }

    @Example
    void tokensKeepTheirFormat() {
        assertThat(new TimeAndId(AT, ID).encode()).isEqualTo(Cursor.of(AT.toString(), ID.toString()).encode());
        assertThat(TimeAndId.decode(Cursor.of(AT.toString(), ID.toString()).encode(), PATH)).isEqualTo(new TimeAndId(AT, ID));
        assertThat(Cursor.decodeId("MDE5MGYxYTItM2I0Yy03ZDVlLThmNjAtNzE4MjkzYTRiNWM2", PATH)).isEqualTo(ID);
    }

    @Example
    void refusesEachKindOfMalformedToken() {
        String id = ID.toString();
        String at = AT.toString();
        for (String token : List.of("%%%", "", Cursor.of(id, id).encode(), Cursor.of("not-a-uuid").encode(),
                Cursor.of(at).encode())) {
            assertRefused(token, t -> Cursor.decodeId(t, PATH));
        }
        for (String token : List.of("%%%", "", Cursor.of(at).encode(), Cursor.of(at, id, id).encode(),
                Cursor.of(at, "not-a-uuid").encode(), Cursor.of("yesterday", id).encode(), Cursor.of(id, at).encode())) {
            assertRefused(token, t -> TimeAndId.decode(t, PATH));
        }
    }

    @Property(tries = 500)
    void anyTextDecodesOrIsRefused(@ForAll String token) {
        decodesOrIsRefused(token, t -> Cursor.decodeId(t, PATH));
        decodesOrIsRefused(token, t -> TimeAndId.decode(t, PATH));
    }

    @Property(tries = 300)
    void textThatIsNotBase64IsRefused(@ForAll("notBase64") String token) {
        assertRefused(token, t -> Cursor.decodeId(t, PATH));
        assertRefused(token, t -> TimeAndId.decode(t, PATH));
    }

    @Property(tries = 300)
    void theWrongNumberOfKeysIsRefused(@ForAll("keyLists") List<String> keys) {
        String token = Cursor.of(keys.toArray(String[]::new)).encode();
        if (keys.size() != 1) {
            assertRefused(token, t -> Cursor.decodeId(t, PATH));
        }
        if (keys.size() != 2) {
            assertRefused(token, t -> TimeAndId.decode(t, PATH));
        }
    }

    @Property(tries = 300)
    void keysThatAreNotAnIdOrATimeAreRefused(@ForAll("notUuids") String notId, @ForAll("notInstants") String notAt) {
        assertRefused(Cursor.of(notId).encode(), t -> Cursor.decodeId(t, PATH));
        assertRefused(Cursor.of(AT.toString(), notId).encode(), t -> TimeAndId.decode(t, PATH));
        assertRefused(Cursor.of(notAt, ID.toString()).encode(), t -> TimeAndId.decode(t, PATH));
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(
                Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> notBase64() {
        return Combinators.combine(Arbitraries.strings().ofMaxLength(20), Arbitraries.of('%', '+', '/', ' ', '*', '.'),
                Arbitraries.strings().ofMaxLength(20)).as((a, bad, b) -> a + bad + b);
    }

    @Provide
    Arbitrary<List<String>> keyLists() {
        // a key holding the separator would be read as two keys: keep it out of the key text
        return Arbitraries.strings().excludeChars('\u001F').ofMaxLength(40).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> notUuids() {
        return Arbitraries.oneOf(Arbitraries.strings().excludeChars('\u001F').ofMaxLength(40),
                        Arbitraries.strings().withChars("0123456789abcdefABCDEF-").ofMaxLength(40))
                .filter(s -> !parses(s, UUID::fromString));
    }

    @Provide
    Arbitrary<String> notInstants() {
        return Arbitraries.oneOf(Arbitraries.strings().excludeChars('\u001F').ofMaxLength(40),
                        Arbitraries.strings().withChars("0123456789-:.TZ").ofMaxLength(30))
                .filter(s -> !parses(s, Instant::parse));
    }

    private static boolean parses(String text, Function<String, ?> parser) {
        try {
            parser.apply(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void decodesOrIsRefused(String token, Function<String, ?> decode) {
        try {
            assertThat(decode.apply(token)).isNotNull();
        } catch (ValidationException e) {
            assertInvalidAtPath(e);
        }
    }

    private static void assertRefused(String token, Function<String, ?> decode) {
        assertThatThrownBy(() -> decode.apply(token)).as("token %s", token)
                .isInstanceOfSatisfying(ValidationException.class, CursorKeysProperties::assertInvalidAtPath);
    }

    private static void assertInvalidAtPath(ValidationException e) {
        assertThat(e.violations()).containsExactly(Violation.of(PATH, "cursor.invalid"));
    }
}
