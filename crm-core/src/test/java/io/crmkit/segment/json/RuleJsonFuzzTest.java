package io.crmkit.segment.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crmkit.fuzz.FuzzText;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleProblem;
import io.crmkit.segment.rule.RuleText;

/**
 * Jazzer fuzz test of the rule JSON reader; see {@code docs/fuzzing.md}. Without
 * {@code JAZZER_FUZZ} it runs the seeds in {@code RuleJsonFuzzTestInputs/}.
 *
 * <p>Any text either reads as a rule or is refused with a {@link RuleException} whose problems
 * name a JSON path ({@code $…}); a rule read writes back to JSON that reads equal, and to the
 * text form that parses equal. Nothing else is thrown, and no input takes seconds.
 */
class RuleJsonFuzzTest {
    private static final RuleLimits UNLIMITED = new RuleLimits(Integer.MAX_VALUE, RuleLimits.DEPTH_CEILING,
            Integer.MAX_VALUE, Integer.MAX_VALUE);

    @FuzzTest
    void readAndRoundTrip(byte[] input) {
        String json = FuzzText.text(input);
        Rule rule;
        try {
            rule = RuleJson.read(json);
        } catch (RuleException e) {
            assertThat(e.problems()).isNotEmpty();
            for (RuleProblem p : e.problems()) {
                assertThat(p.path()).as("a JSON problem names its path: %s", p).startsWith("$");
                assertThat(p.code()).isNotBlank();
            }
            return;
        }
        String written = RuleJson.write(rule);
        assertThat(RuleJson.read(written, UNLIMITED)).as("write then read of %s", written).isEqualTo(rule);
        assertThat(RuleJson.write(RuleJson.read(written, UNLIMITED))).as("writing is canonical").isEqualTo(written);
        String text;
        try {
            text = RuleText.print(rule);
        } catch (RuleException e) {
            // The JSON form holds what the text form cannot write (e.g. a key that is no identifier).
            assertThat(e.problems()).extracting(RuleProblem::code).containsOnly("print.unrepresentable");
            return;
        }
        assertThat(RuleText.parse(text, UNLIMITED)).as("text round trip of %s", written).isEqualTo(rule);
    }
}
