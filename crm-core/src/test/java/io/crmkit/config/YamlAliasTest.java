package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** YAML aliases are refused with their place, never read as the alias's name. */
class YamlAliasTest {

    @Test
    void refusesAnAliasInsteadOfReadingItsName() {
        String yaml = """
                customFields:
                  - key: customer_source
                    label: &lbl Customer source
                    type: TEXT
                  - key: source_detail
                    label: *lbl
                    type: TEXT
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("line 6, column 12");
                            assertThat(p.message()).contains("YAML alias (*lbl)").contains("write the value out");
                        }));
    }

    @Test
    void listsEveryAlias() {
        String yaml = """
                lifecycle:
                  statuses: &s [lead, customer]
                  initial: lead
                interactions:
                  kinds: *s
                followUp:
                  methods: *s
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigurationProblem::path).containsExactly("line 5, column 10", "line 7, column 12"));
    }

    @Test
    void refusesAnAliasBombWithoutExpandingIt() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThatThrownBy(() -> CrmConfiguration.parse(bomb.toString()))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .hasSize(25 * 9).allSatisfy(p -> assertThat(p.message()).contains("YAML alias")));
    }

    @Test
    void anAnchorWithoutAliasIsHarmless() {
        CrmConfiguration c = CrmConfiguration.parse("""
                interactions:
                  kinds: &k [call, visit]
                """);
        assertThat(c.interactions().kinds()).containsExactly("call", "visit");
    }
}
