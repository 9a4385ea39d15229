package io.crmkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.UserId;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private final AccessPolicy policy = new AccessPolicy(CrmConfiguration.defaults().roles());
    private final Principal rep = Principal.user("u-1", RoleName.SALES_REP);
    private final Principal otherRep = Principal.user("u-2", RoleName.SALES_REP);
    private final Principal manager = Principal.user("m-1", RoleName.SERVICE_MANAGER);
    private final Principal admin = Principal.user("a-1", RoleName.ADMINISTRATOR);
    private final ProtectedResource owned = ProtectedResource.of("customer", "c1", UserId.of("u-1"));

    @Test
    void onlyTheOwnerOrAnAdministratorEdits() {
        assertThat(policy.refusal(rep, Action.EDIT, owned)).isEmpty();
        assertThat(policy.refusal(admin, Action.EDIT, owned)).isEmpty();
        assertThat(policy.refusal(otherRep, Action.EDIT, owned)).contains("only the owner or an administrator may do this");
        assertThat(policy.refusal(manager, Action.EDIT, owned)).contains("no role grants EDIT");
    }

    @Test
    void reassigningFollowsTheSameRule() {
        assertThat(policy.refusal(rep, Action.REASSIGN, owned)).isEmpty();
        assertThat(policy.refusal(otherRep, Action.REASSIGN, owned)).isPresent();
        assertThat(policy.refusal(admin, Action.REASSIGN, owned)).isEmpty();
    }

    @Test
    void viewingNeedsViewOrEdit() {
        assertThat(policy.refusal(manager, Action.VIEW, owned)).isEmpty();
        assertThat(policy.refusal(otherRep, Action.VIEW, owned)).isEmpty();
        Principal stranger = Principal.user("x", RoleName.of("unconfigured_role"));
        assertThat(policy.refusal(stranger, Action.VIEW, owned)).isPresent();
    }

    @Test
    void creatingNeedsEdit() {
        assertThat(policy.refusal(rep, Action.CREATE, ProtectedResource.newOf("customer"))).isEmpty();
        assertThatThrownBy(() -> policy.require(manager, Action.CREATE, ProtectedResource.newOf("customer")))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.userId()).isEqualTo("m-1");
                    assertThat(e.operation()).isEqualTo("create customer");
                });
    }
}
