package io.crmkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import org.junit.jupiter.api.Test;

class GranteeTest {

    @Test
    void keysReadBackAsTheGranteeTheyWereMadeFrom() {
        for (Grantee g : new Grantee[] {Grantee.user(UserId.of("li:na")), Grantee.team(TeamId.of("east")),
                Grantee.teamTree(TeamId.of("华东"))}) {
            assertThat(Grantee.parse(g.key())).isEqualTo(g);
        }
        assertThat(Grantee.teamTree(TeamId.of("east")).key()).isEqualTo("tree:east");
    }

    @Test
    void badInputIsReportedAtTheGrantee() {
        assertThatThrownBy(() -> Grantee.parse("group:east")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("grantee");
                    assertThat(v.code()).isEqualTo("grantee.invalid");
                }));
        assertThatThrownBy(() -> new Grantee(GranteeKind.TEAM, " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("grantee");
                    assertThat(v.code()).isEqualTo("blank");
                }));
        assertThatThrownBy(() -> Grantee.parse("user:" + "x".repeat(129)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("grantee")));
    }
}
