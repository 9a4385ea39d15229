package io.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crmkit.followup.FollowUpPosition;
import io.crmkit.fuzz.FuzzText;
import io.crmkit.outbox.OutboxCursor;
import io.crmkit.timeline.TimelinePosition;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Jazzer fuzz test of the page cursors; see {@code docs/fuzzing.md}. Without
 * {@code JAZZER_FUZZ} it runs the seeds in {@code CursorFuzzTestInputs/}.
 *
 * <p>Any token either decodes or is refused with a {@link ValidationException} at the path the
 * caller named (code {@code cursor.invalid}); a decoded cursor encodes to a token that decodes
 * equal. In the other direction, any keys a listing hands out (well-formed text without the key
 * separator) encode to a token that decodes to the same keys.
 */
class CursorFuzzTest {
    private static final String PATH = "page.after";

    @FuzzTest
    void decodeAndRoundTrip(byte[] input) {
        String token = FuzzText.text(input);
        for (int arity = 1; arity <= 3; arity++) {
            int n = arity;
            roundTrips(token, t -> Cursor.decode(t, n, PATH), Cursor::encode);
        }
        roundTrips(token, t -> Cursor.decodeId(t, PATH), id -> Cursor.of(id.toString()).encode());
        roundTrips(token, t -> TimeAndId.decode(t, PATH), TimeAndId::encode);
        roundTrips(token, t -> TimelinePosition.decode(t, PATH), TimelinePosition::encode);
        roundTrips(token, FollowUpPosition::decode, FollowUpPosition::encode);
        roundTrips(token, OutboxCursor::decode, OutboxCursor::encode);
    }

    @FuzzTest
    void keysEncodeAndDecode(byte[] input) {
        List<String> keys = FuzzText.parts(input, 1 + (input.length == 0 ? 0 : (input[input.length - 1] & 0x03)));
        for (String key : keys) {
            if (key.indexOf('\u001F') >= 0 || TextRules.check("key", key).isPresent()) {
                return;
            }
        }
        Cursor cursor = new Cursor(keys);
        assertThat(Cursor.decode(cursor.encode(), keys.size(), PATH)).isEqualTo(cursor);
        if (keys.size() == 1) {
            try {
                UUID id = UUID.fromString(keys.get(0));
                assertThat(Cursor.decodeId(cursor.encode(), PATH)).isEqualTo(id);
            } catch (IllegalArgumentException notAUuid) {
                // only UUID keys are ids
            }
        }
    }

    private static <T> void roundTrips(String token, Function<String, T> decode, Function<T, String> encode) {
        T value;
        try {
            value = decode.apply(token);
        } catch (ValidationException e) {
            assertThat(e.violations()).extracting(Violation::path).containsExactly(PATH);
            assertThat(e.violations()).extracting(Violation::code).containsExactly("cursor.invalid");
            return;
        }
        assertThat(value).isNotNull();
        assertThat(decode.apply(encode.apply(value))).as("decode(encode(decode(%s)))", token).isEqualTo(value);
    }
}
