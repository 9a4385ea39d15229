package io.crmkit.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.shared.Violation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class VersionRulesTest {

    @Property
    void refusesVersionsBelowOne(@ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long version) {
        assertThat(VersionRules.check(version)).contains(Violation.of("expectedVersion", "version.invalid"));
    }

    @Property
    void acceptsVersionsFromOne(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long version) {
        assertThat(VersionRules.check(version)).isEmpty();
    }
}
