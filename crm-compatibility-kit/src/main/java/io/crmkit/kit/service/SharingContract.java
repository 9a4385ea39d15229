package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Grantee;
import io.crmkit.access.OrgDirectory;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.access.ShareAccess;
import io.crmkit.access.TeamId;
import io.crmkit.audit.AuditEntry;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.ReassignOwner;
import io.crmkit.customer.RevokeShare;
import io.crmkit.customer.ShareCustomer;
import io.crmkit.customer.UpdateCustomer;
import io.crmkit.kit.MovableClock;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data scopes and sharing on the adapter under test: what a rep, a manager and a grantee see
 * and may change, in every read path that lists or counts (listings, counts, segment counts and
 * members, tag counts) as well as single reads; shares with a user, a team and a team with its
 * sub-teams; ends, revocation, audit; and hostile input. Subclass it and implement
 * {@link #storage()}.
 *
 * <p>The organisation: team {@code east} (reps {@code e1}, {@code e2}, manager {@code m}) with
 * sub-team {@code east-sub} (rep {@code s1}); team {@code west} (rep {@code w1}).
 */
public abstract class SharingContract {
    private static final String CONFIGURATION = ServiceFixtures.CONFIGURATION + """
            roles:
              - {name: sales_rep, permissions: [VIEW, EDIT], scope: {view: OWN, edit: OWN}}
              - {name: sales_manager, permissions: [VIEW, EDIT, APPROVE], scope: {view: TEAM_TREE, edit: TEAM}}
              - {name: administrator, permissions: [VIEW, EDIT, APPROVE], administrator: true}
            """;
    static final TeamId EAST = TeamId.of("east");
    static final TeamId EAST_SUB = TeamId.of("east-sub");
    static final TeamId WEST = TeamId.of("west");
    static final Map<TeamId, Set<UserId>> MEMBERS = Map.of(
            EAST, Set.of(UserId.of("e1"), UserId.of("e2"), UserId.of("m")),
            EAST_SUB, Set.of(UserId.of("s1")),
            WEST, Set.of(UserId.of("w1")));
    static final OrgDirectory ORG = new OrgDirectory() {
        @Override
        public Optional<UserId> managerOf(TenantId tenant, UserId user) {
            return Optional.of(UserId.of("m"));
        }

        @Override
        public Optional<Set<UserId>> membersOf(TenantId tenant, TeamId team) {
            return Optional.ofNullable(MEMBERS.get(team));
        }

        @Override
        public Set<TeamId> teamsOf(TenantId tenant, UserId user) {
            return MEMBERS.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toSet());
        }

        @Override
        public Set<TeamId> subTeamsOf(TenantId tenant, TeamId team) {
            return team.equals(EAST) ? Set.of(EAST_SUB) : Set.of();
        }

        @Override
        public Optional<TeamId> parentOf(TenantId tenant, TeamId team) {
            return team.equals(EAST_SUB) ? Optional.of(EAST) : Optional.empty();
        }
    };

    private MovableClock clock;
    private Crm crm;
    private TenantId tenant;
    private CustomerId ofE1;
    private CustomerId ofS1;
    private CustomerId ofW1;

    /** Creates the subject. */
    protected SharingContract() {
    }

    /**
     * The storage under test; may be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** One customer each for e1, s1 and w1, all tagged level A. */
    @BeforeEach
    void wire() {
        clock = MovableClock.at(ServiceFixtures.START);
        crm = Crm.builder().storage(storage()).clock(clock).configuration(CrmConfiguration.parse(CONFIGURATION))
                .exchangeRates(ServiceFixtures.RATES).directory(ORG).build();
        tenant = ServiceFixtures.freshTenant();
        ofE1 = rep("e1").customers().create(ServiceFixtures.newCustomer("Of e1"));
        ofS1 = rep("s1").customers().create(ServiceFixtures.newCustomer("Of s1"));
        ofW1 = rep("w1").customers().create(ServiceFixtures.newCustomer("Of w1"));
        admin().tags().change(new ChangeTags(List.of(ofE1, ofS1, ofW1), List.of(Tag.of("level", "A")), List.of()));
    }

    private CrmSession rep(String user) {
        return crm.session(tenant, Principal.user(user, RoleName.SALES_REP), Locale.ENGLISH);
    }

    private CrmSession manager() {
        return crm.session(tenant, Principal.user("m", RoleName.of("sales_manager")), Locale.ENGLISH);
    }

    private CrmSession admin() {
        return crm.session(tenant, Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH);
    }

    /** Every path that lists or counts customers, as the user sees them. */
    private static List<CustomerId> seenBy(CrmSession s) {
        List<CustomerId> listed = ServiceFixtures.allPages(1, p -> s.customers().list(CustomerQuery.all(), p)).stream()
                .map(Customer::id).sorted().toList();
        assertThat(s.customers().count(CustomerQuery.all())).as("count").isEqualTo(listed.size());
        var preview = s.segments().preview("tag(level) = \"A\"");
        assertThat(preview.count()).as("segment count").isEqualTo(listed.size());
        assertThat(preview.firstPage().items()).as("segment members").containsExactlyInAnyOrderElementsOf(listed);
        long tagged = s.tags().count("level").stream().mapToLong(c -> c.customers()).sum();
        assertThat(tagged).as("tag count").isEqualTo(listed.size());
        return listed;
    }

    @Test
    void aRepWithTheOwnScopeSeesOnlyTheirCustomersAndOthersAreNotFound() {
        assertThat(seenBy(rep("e1"))).containsExactly(ofE1);
        assertThatThrownBy(() -> rep("e1").customers().get(ofW1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rep("e1").customers().view(ofW1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rep("e1").timeline().of(ofW1, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rep("e1").purchases().of(ofW1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aManagerSeesTheTeamTreeAndEditsTheTeamOnly() {
        assertThat(seenBy(manager())).containsExactlyInAnyOrder(ofE1, ofS1);
        Customer e1 = manager().customers().get(ofE1);
        manager().customers().update(new UpdateCustomer(ofE1, e1.version(), e1.details()));
        Customer s1 = manager().customers().get(ofS1);
        assertThatThrownBy(() -> manager().customers().update(new UpdateCustomer(ofS1, s1.version(), s1.details())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> manager().customers().get(ofW1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aViewShareLetsTheGranteeSeeButNotEdit() {
        rep("w1").sharing().share(ShareCustomer.of(ofW1, Grantee.user(UserId.of("e1")), ShareAccess.VIEW));
        assertThat(seenBy(rep("e1"))).containsExactlyInAnyOrder(ofE1, ofW1);
        Customer w1 = rep("e1").customers().get(ofW1);
        assertThatThrownBy(() -> rep("e1").customers().update(new UpdateCustomer(ofW1, w1.version(), w1.details())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(seenBy(rep("e2"))).containsExactly();
    }

    @Test
    void anEditableShareLetsTheGranteeEditButNotReassignOrShareFurther() {
        rep("w1").sharing().share(ShareCustomer.of(ofW1, Grantee.user(UserId.of("e1")), ShareAccess.EDIT));
        Customer w1 = rep("e1").customers().get(ofW1);
        Customer updated = rep("e1").customers().update(new UpdateCustomer(ofW1, w1.version(), w1.details()));
        assertThatThrownBy(() -> rep("e1").customers().reassignOwner(
                new ReassignOwner(ofW1, updated.version(), UserId.of("e1"), "take over")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rep("e1").sharing().share(
                ShareCustomer.of(ofW1, Grantee.user(UserId.of("e2")), ShareAccess.VIEW)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTeamShareReachesItsMembersAndATreeShareItsSubTeamsToo() {
        rep("w1").sharing().share(ShareCustomer.of(ofW1, Grantee.team(EAST), ShareAccess.VIEW));
        assertThat(seenBy(rep("e2"))).containsExactly(ofW1);
        assertThat(seenBy(rep("s1"))).containsExactly(ofS1);
        rep("w1").sharing().share(ShareCustomer.of(ofW1, Grantee.teamTree(EAST), ShareAccess.VIEW));
        assertThat(seenBy(rep("s1"))).containsExactlyInAnyOrder(ofS1, ofW1);
    }

    @Test
    void aShareEndsAtItsEndAndWhenRevokedAndEveryChangeIsAudited() {
        rep("w1").sharing().share(new ShareCustomer(ofW1, Grantee.user(UserId.of("e1")), ShareAccess.VIEW,
                Optional.of(ServiceFixtures.START.plus(Duration.ofDays(1)))));
        assertThat(rep("w1").sharing().of(ofW1)).singleElement()
                .satisfies(s -> assertThat(s.grantee()).isEqualTo(Grantee.user(UserId.of("e1"))));
        assertThat(seenBy(rep("e1"))).contains(ofW1);
        clock.advance(Duration.ofDays(1));
        assertThat(seenBy(rep("e1"))).containsExactly(ofE1);

        rep("w1").sharing().share(ShareCustomer.of(ofW1, Grantee.user(UserId.of("e1")), ShareAccess.VIEW));
        assertThat(seenBy(rep("e1"))).contains(ofW1);
        rep("w1").sharing().revoke(new RevokeShare(ofW1, Grantee.user(UserId.of("e1"))));
        assertThat(seenBy(rep("e1"))).containsExactly(ofE1);
        assertThat(rep("w1").sharing().of(ofW1)).isEmpty();
        List<String> actions = rep("w1").customers().history(ofW1, PageRequest.first(20)).items().stream()
                .map(AuditEntry::action).toList();
        assertThat(actions).containsSubsequence("customer.share_revoked", "customer.shared", "customer.shared");
        assertThatThrownBy(() -> rep("w1").sharing().revoke(new RevokeShare(ofW1, Grantee.user(UserId.of("e1")))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void hostileSharesAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> rep("w1").sharing().share(
                ShareCustomer.of(ofW1, Grantee.team(TeamId.of("team-of-another-tenant")), ShareAccess.VIEW)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("grantee")));
        assertThatThrownBy(() -> rep("w1").sharing().share(new ShareCustomer(ofW1, Grantee.user(UserId.of("e1")),
                ShareAccess.VIEW, Optional.of(ServiceFixtures.START))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("until")));
        assertThatThrownBy(() -> rep("e1").sharing().share(
                ShareCustomer.of(ofW1, Grantee.user(UserId.of("e1")), ShareAccess.VIEW)))
                .isInstanceOf(NotFoundException.class);
        assertThat(admin().sharing().of(ofW1)).isEmpty();
        assertThat(seenBy(rep("e1"))).containsExactly(ofE1);
    }
}
