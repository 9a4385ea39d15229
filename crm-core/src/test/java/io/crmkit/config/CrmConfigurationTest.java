package io.crmkit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.access.Permission;
import io.crmkit.access.RoleName;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrmConfigurationTest {

    @Test
    @DisplayName("the defaults are the sample configuration: three roles, six statuses, zh-CN, CNY")
    void defaultsAreTheSample() {
        CrmConfiguration c = CrmConfiguration.defaults();
        assertThat(c.roles()).extracting(r -> r.name().value())
                .containsExactly("sales_rep", "service_manager", "administrator");
        assertThat(c.role(RoleName.ADMINISTRATOR).orElseThrow().administrator()).isTrue();
        assertThat(c.role(RoleName.SALES_REP).orElseThrow().permissions()).containsExactlyInAnyOrder(Permission.VIEW, Permission.EDIT);
        assertThat(c.lifecycle().statuses()).containsExactly("prospect", "intent", "proposal_negotiation", "won", "lost", "on_trial");
        assertThat(c.lifecycle().initial()).isEqualTo("prospect");
        assertThat(c.locale().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(c.locale().currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(c.customFields()).isEmpty();
    }

    @Test
    void readsAFullYamlDocument() {
        String yaml = """
                locale:
                  default: en-GB
                  phoneRegion: GB
                  currency: GBP
                  zone: Europe/London
                roles:
                  - name: sales_rep
                    permissions: [VIEW, EDIT]
                  - name: auditor
                    permissions: [VIEW]
                  - name: administrator
                    permissions: [VIEW, EDIT, APPROVE]
                    administrator: true
                lifecycle:
                  statuses: [lead, customer, churned]
                  initial: lead
                customFields:
                  - key: customer_source
                    label: Customer source
                    type: SINGLE_CHOICE
                    options: [exhibition, referral, website]
                    required: true
                  - key: years_of_cooperation
                    type: INTEGER
                    min: 0
                    max: 100
                  - key: credit_limit
                    type: MONEY
                    currency: CNY
                  - key: notes
                    type: LONG_TEXT
                    maxLength: 2000
                """;
        CrmConfiguration c = CrmConfiguration.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(c.locale().locale()).isEqualTo(Locale.UK);
        assertThat(c.locale().phoneRegion()).isEqualTo("GB");
        assertThat(c.roles()).hasSize(3);
        assertThat(c.role(RoleName.of("auditor")).orElseThrow().permissions()).containsExactly(Permission.VIEW);
        assertThat(c.lifecycle().initial()).isEqualTo("lead");
        CustomFieldDefinition source = c.customFieldsByKey().get("customer_source");
        assertThat(source.type()).isEqualTo(CustomFieldType.SINGLE_CHOICE);
        assertThat(source.required()).isTrue();
        assertThat(source.options()).containsExactly("exhibition", "referral", "website");
        assertThat(c.customFieldsByKey().get("years_of_cooperation").max()).contains(new BigDecimal("100"));
        assertThat(c.customFieldsByKey().get("credit_limit").currency().orElseThrow().getCurrencyCode()).isEqualTo("CNY");
        assertThat(c.customFieldsByKey().get("notes").maxLength()).isEqualTo(2000);
    }

    @Test
    void readsJsonToo() {
        CrmConfiguration c = CrmConfiguration.parse("{\"lifecycle\": {\"statuses\": [\"a\", \"b\"]}}");
        assertThat(c.lifecycle().statuses()).containsExactly("a", "b");
        assertThat(c.lifecycle().initial()).isEqualTo("a");
    }

    @Test
    @DisplayName("every problem of a broken document is listed with its path")
    void listsEveryProblem() {
        String yaml = """
                locale:
                  currency: XXY
                  zone: Mars/Olympus
                colour: blue
                roles:
                  - name: Sales Rep
                    permissions: [VIEW, FLY]
                  - permissions: [VIEW]
                lifecycle:
                  statuses: [prospect, prospect]
                  initial: won
                customFields:
                  - key: source
                    type: SINGLE_CHOICE
                  - key: source
                    type: TEXT
                    min: 3
                  - key: amount
                    type: MONEY
                  - key: age
                    type: NUMBER
                """;
        assertThatThrownBy(() -> CrmConfiguration.parse(yaml))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(ConfigurationProblem::path)
                        .contains("locale.currency", "locale.zone", "colour", "roles[0].name",
                                "roles[0].permissions[1]", "roles[1].name", "lifecycle.statuses[1]", "lifecycle.initial",
                                "customFields[0].options", "customFields[1].key", "customFields[1]",
                                "customFields[2].currency", "customFields[3].type"))
                .hasMessageContaining("invalid crmkit configuration");
    }

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        assertThatThrownBy(() -> CrmConfiguration.parse("roles: [\n  {name: a\n"))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.problems().get(0).path()).startsWith("line "));
    }

    @Test
    void rejectsATopLevelList() {
        assertThatThrownBy(() -> CrmConfiguration.parse("- a\n- b\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must be an object");
    }
}
