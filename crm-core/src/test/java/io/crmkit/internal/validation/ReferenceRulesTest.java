package io.crmkit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.shared.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

    @Test
    void acceptsNoReferenceAndOneOfUpToTheLimit() {
        assertThat(ReferenceRules.check("opportunityId", Optional.empty())).isEmpty();
        assertThat(ReferenceRules.check("opportunityId", Optional.of("OPP-1"))).isEmpty();
        assertThat(ReferenceRules.check("opportunityId", Optional.of("x".repeat(ReferenceRules.MAX_LENGTH)))).isEmpty();
    }

    @Test
    void refusesABlankReference() {
        assertThat(ReferenceRules.check("input.ticketId", Optional.of(" \t")))
                .contains(Violation.of("input.ticketId", "blank"));
    }

    @Test
    void refusesALongerReferenceNamingTheLimit() {
        assertThat(ReferenceRules.check("input.ticketId", Optional.of("x".repeat(ReferenceRules.MAX_LENGTH + 1))))
                .contains(Violation.of("input.ticketId", "size.max", "max", 64));
    }

    @Test
    void refusesCharactersStorageCannotKeep() {
        assertThat(ReferenceRules.check("opportunityId", Optional.of("OPP\u00001")))
                .contains(Violation.of("opportunityId", "characters.invalid"));
    }
}
