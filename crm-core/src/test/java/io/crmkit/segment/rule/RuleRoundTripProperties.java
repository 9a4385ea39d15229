package io.crmkit.segment.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.segment.json.RuleJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text and JSON forms write every rule and read it back equal; no input makes the parser fail any other way. */
class RuleRoundTripProperties {

    @Property(tries = 500)
    void textRoundTrips(@ForAll("rules") Rule rule) {
        assertThat(RuleText.parse(RuleText.print(rule), unlimited())).isEqualTo(rule);
    }

    @Property(tries = 500)
    void jsonRoundTrips(@ForAll("rules") Rule rule) {
        assertThat(RuleJson.read(RuleJson.write(rule), unlimited())).isEqualTo(rule);
    }

    @Property(tries = 300)
    void textThroughJsonGivesTheSameText(@ForAll("rules") Rule rule) {
        String text = RuleText.print(rule);
        Rule viaJson = RuleJson.read(RuleJson.write(RuleText.parse(text, unlimited())), unlimited());
        assertThat(RuleText.print(viaJson)).isEqualTo(text);
    }

    @Property(tries = 1000)
    void garbageParsesOrFailsCleanly(@ForAll("garbage") String text) {
        parsesOrFailsCleanly(text);
    }

    @Property(tries = 500)
    void truncatedRulesParseOrFailCleanly(@ForAll("rules") Rule rule, @ForAll double cut) {
        String text = RuleText.print(rule);
        parsesOrFailsCleanly(text.substring(0, (int) (Math.abs(cut % 1.0) * text.length())));
    }

    @Property(tries = 300)
    void garbageJsonReadsOrFailsCleanly(@ForAll("garbage") String json) {
        try {
            RuleJson.read(json);
        } catch (RuleException expected) {
            assertThat(expected.problems()).isNotEmpty();
        }
    }

    private static void parsesOrFailsCleanly(String text) {
        try {
            RuleText.parse(text);
        } catch (RuleException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(expected.problems().get(0).position()).isPresent();
        }
    }

    /** Generated rules may exceed the default limits; the round trip is about the forms, not the limits. */
    private static RuleLimits unlimited() {
        return new RuleLimits(Integer.MAX_VALUE, RuleLimits.DEPTH_CEILING, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<Rule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> tokens = Arbitraries.of("tag", "(", ")", "industry", "=", "\"x\"", "\"", "and", "or", "not",
                "in", "has", "all", "none", "is", "empty", "custom", "spend", "12", "months", ">=", "100000", "CNY", "ABC",
                "between", "3", "-", "2026-01-01", "2026-13-45", "2026-01-01T00:00:00Z", "\\u12", "\\", ",", "older",
                "than", "30", "days", "within", "this", "year", "all time", "0.5", "99999999999999999999999999999999999999999",
                "name", "starts", "with", "contains", "true", "{", "}", "[", "]", ":", "\"and\"", "😀", "\u0000", " ");
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                tokens.list().ofMaxSize(20).map(l -> String.join(" ", l)),
                tokens.list().ofMaxSize(20).map(l -> String.join("", l)));
    }
}
