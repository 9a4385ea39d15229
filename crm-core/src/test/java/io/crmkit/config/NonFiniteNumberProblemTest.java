package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number beyond the range of a double is a configuration problem at its path, not a
 * {@link NumberFormatException}. ({@code .inf} and {@code .nan} were already refused by the
 * YAML reader as malformed numbers.) Found by {@link ConfigurationFuzzTest}: a
 * {@code fullScoreAt} value of {@code 1e1000000000} read as infinity, and turning it into a
 * {@code BigDecimal} threw.
 */
class NonFiniteNumberProblemTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000000", "1e400", "-1e400", "1.8e308"})
    void isRefusedAtItsPath(String number) {
        String document = "customFields:\n  - {key: age, type: INTEGER, min: " + number + "}\n";
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> CrmConfiguration.parse(document));
        assertThat(e).as(number).isNotNull();
        assertThat(e.problems()).as(number).contains(new ConfigurationProblem("customFields[0].min", "must be a finite number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000000", "-1e309"})
    void isRefusedInTheValueAssessmentToo(String number) {
        String document = """
                tags: [{key: group, values: [key, normal]}]
                valueAssessment:
                  tag: group
                  weights: {amount: 40}
                  fullScoreAt: {amount: %s}
                  groups: [{value: key, minScore: 60}, {value: normal, minScore: 0}]
                """.formatted(number);
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> CrmConfiguration.parse(document));
        assertThat(e).as(number).isNotNull();
        assertThat(e.problems()).as(number)
                .contains(new ConfigurationProblem("valueAssessment.fullScoreAt.amount", "must be a finite number"));
    }
}
