package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crmkit.fuzz.FuzzText;
import io.crmkit.segment.rule.RuleVocabulary;
import java.io.ByteArrayInputStream;

/**
 * Jazzer fuzz test of the configuration reader (JSON or YAML); see {@code docs/fuzzing.md}.
 * Without {@code JAZZER_FUZZ} it runs the seeds in {@code ConfigurationFuzzTestInputs/}.
 *
 * <p>Any document either reads as a configuration or is refused with a
 * {@link ConfigurationException} whose problems each name a path or a line and column (that
 * aliases are refused is {@link YamlAliasTest}'s; here an alias is one more input). Reading the
 * bytes as a stream and reading the same text as a string agree. A configuration read gives a rule vocabulary. Nothing else is thrown, and no document
 * takes seconds (no alias or nesting bomb).
 */
class ConfigurationFuzzTest {

    @FuzzTest
    void readDocument(byte[] input) {
        String document = FuzzText.text(input);
        CrmConfiguration configuration;
        try {
            configuration = CrmConfiguration.parse(document);
        } catch (ConfigurationException e) {
            assertThat(e.problems()).isNotEmpty();
            for (ConfigurationProblem p : e.problems()) {
                assertThat(p.path()).as("a problem names where: %s", p).isNotBlank();
                assertThat(p.message()).as("a problem says what: %s", p).isNotBlank();
            }
            if (input.length == 0 || input[0] != FuzzText.UTF_16_MARK) {
                assertThatTheStreamIsRefusedToo(input);
            }
            return;
        }
        if (input.length == 0 || input[0] != FuzzText.UTF_16_MARK) {
            // The stream reader decodes the same UTF-8 and must come to the same answer.
            CrmConfiguration.read(new ByteArrayInputStream(input));
        }
        RuleVocabulary vocabulary = RuleVocabulary.of(configuration);
        assertThat(vocabulary.statuses()).isNotEmpty();
    }

    private static void assertThatTheStreamIsRefusedToo(byte[] input) {
        try {
            CrmConfiguration.read(new ByteArrayInputStream(input));
        } catch (ConfigurationException expected) {
            return;
        }
        throw new AssertionError("the string was refused but the same bytes as a stream were accepted");
    }
}
