package io.crmkit.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.fuzz.FuzzText;
import io.crmkit.segment.json.RuleJson;
import java.util.List;

/**
 * Jazzer fuzz test of the rule text parser and the rule checker; see {@code docs/fuzzing.md}.
 * Without {@code JAZZER_FUZZ} it runs the seeds in {@code RuleTextFuzzTestInputs/}.
 *
 * <p>Any text either parses or is refused with a {@link RuleException} whose problem has the
 * line and column; a parsed rule prints and parses back equal, writes to JSON and reads back
 * equal, and the checker accepts it or refuses it with problems that each carry the position of
 * the node they are about. Nothing else is thrown, and no input takes seconds.
 */
class RuleTextFuzzTest {
    private static final RuleLimits UNLIMITED = new RuleLimits(Integer.MAX_VALUE, RuleLimits.DEPTH_CEILING,
            Integer.MAX_VALUE, Integer.MAX_VALUE);
    private static final List<RuleVocabulary> VOCABULARIES = List.of(
            RuleCheckerTest.VOCABULARY, RuleVocabulary.of(CrmConfiguration.defaults()));

    @FuzzTest
    void parseCheckAndRoundTrip(byte[] input) {
        String text = FuzzText.text(input);
        ParsedRule parsed;
        try {
            parsed = RuleText.parseWithPositions(text);
        } catch (RuleException e) {
            assertThat(e.problems()).as("a parse error reports its first problem").hasSize(1);
            RuleProblem p = e.problems().get(0);
            assertThat(p.position()).as("a parse error names line and column: %s", p).isPresent();
            assertThat(p.code()).startsWith(p.code().startsWith("limit.") ? "limit." : "syntax.");
            assertThat(p.message()).startsWith(p.position().orElseThrow().toString());
            return;
        }
        Rule rule = parsed.rule();
        String printed = RuleText.print(rule);
        assertThat(RuleText.parse(printed, UNLIMITED)).as("print then parse of %s", printed).isEqualTo(rule);
        assertThat(RuleText.print(RuleText.parse(printed, UNLIMITED))).as("printing is canonical").isEqualTo(printed);
        assertThat(RuleJson.read(RuleJson.write(rule), UNLIMITED)).as("JSON round trip of %s", printed).isEqualTo(rule);
        for (RuleVocabulary vocabulary : VOCABULARIES) {
            try {
                RuleChecker.check(parsed, vocabulary, RuleLimits.defaults());
            } catch (RuleException e) {
                assertThat(e.problems()).isNotEmpty();
                for (RuleProblem p : e.problems()) {
                    assertThat(p.position()).as("a checker problem of a parsed rule names its position: %s", p)
                            .isPresent();
                    assertThat(p.code()).isNotBlank();
                }
            }
        }
    }
}
