package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unknown key that is blank is still named by the problem's path. Found by
 * {@link ConfigurationFuzzTest}: YAML reads an anchored empty key ({@code &a : 1}) as the key
 * {@code ""}, and the problem's path was the blank key itself, naming nothing.
 */
class BlankKeyProblemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "{&interactions : {kinds: [call]}}"     | ''
            "{'': 1}"                               | ''
            "{'  ': 1}"                             | "'  '"
            "lifecycle: {statuses: [a], &x : 1}"    | lifecycle.''
            """)
    void aBlankUnknownKeyIsQuotedInThePath(String document, String path) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> CrmConfiguration.parse(document));
        assertThat(e).as(document).isNotNull();
        assertThat(e.problems()).extracting(ConfigurationProblem::path).contains(path);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).isNotBlank());
    }
}
