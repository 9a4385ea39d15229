package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.DataScope;
import io.crmkit.access.Grantee;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.access.ShareAccess;
import io.crmkit.access.TeamId;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.ShareCustomer;
import io.crmkit.kit.MovableClock;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.storage.Storage;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random owners, shares (with users, teams and team trees, view or edit, ended or not) and a
 * random viewer with a random view scope, on the adapter under test: every listing and count
 * path holds exactly the customers an independent model of the policy allows, and every other
 * customer is not found. The organisation is {@link SharingContract}'s.
 */
public interface VisibilityProperties {
    /** Users by index: e1, e2, m (team east), s1 (east-sub, under east), w1 (west). */
    List<UserId> USERS = List.of(UserId.of("e1"), UserId.of("e2"), UserId.of("m"), UserId.of("s1"), UserId.of("w1"));
    /** Teams by index. */
    List<TeamId> TEAMS = List.of(SharingContract.EAST, SharingContract.EAST_SUB, SharingContract.WEST);

    /**
     * A share to make: on which customer, to whom, what, and whether it has ended by the check.
     *
     * @param customer the customer's index
     * @param kind 0 a user, 1 a team, 2 a team tree
     * @param target the user's or team's index
     * @param edit whether editable
     * @param ended whether it ends before the check
     */
    record ShareSpec(int customer, int kind, int target, boolean edit, boolean ended) {
        Grantee grantee() {
            return switch (kind) {
                case 0 -> Grantee.user(USERS.get(target % USERS.size()));
                case 1 -> Grantee.team(TEAMS.get(target % TEAMS.size()));
                default -> Grantee.teamTree(TEAMS.get(target % TEAMS.size()));
            };
        }
    }

    /**
     * The storage under test; may be shared between tries: every try uses a fresh tenant.
     *
     * @return the storage; not closed by the property
     */
    Storage storage();

    /**
     * Checks every path against the model.
     *
     * @param owners each customer's owner, by index
     * @param shares the shares to make
     * @param viewer the viewer, by index
     * @param scope the viewer's view scope
     */
    @Property(tries = 25)
    default void everyPathHoldsExactlyWhatThePolicyAllows(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 4) Integer> owners,
            @ForAll @Size(max = 6) List<@From("shares") ShareSpec> shares,
            @ForAll @IntRange(min = 0, max = 4) int viewer,
            @ForAll DataScope scope) {
        MovableClock clock = MovableClock.at(ServiceFixtures.START);
        Crm crm = Crm.builder().storage(storage()).clock(clock).exchangeRates(ServiceFixtures.RATES)
                .directory(SharingContract.ORG).configuration(CrmConfiguration.parse(ServiceFixtures.CONFIGURATION + """
                        roles:
                          - {name: sales_rep, permissions: [VIEW, EDIT], scope: {view: %s, edit: OWN}}
                          - {name: administrator, permissions: [VIEW, EDIT, APPROVE], administrator: true}
                        """.formatted(scope))).build();
        TenantId tenant = ServiceFixtures.freshTenant();
        List<CustomerId> ids = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            ids.add(session(crm, tenant, USERS.get(owners.get(i))).customers()
                    .create(ServiceFixtures.newCustomer("Customer " + i)));
        }
        crm.session(tenant, Principal.user("admin", RoleName.ADMINISTRATOR), Locale.ENGLISH).tags()
                .change(new ChangeTags(ids, List.of(Tag.of("level", "A")), List.of()));
        Map<String, ShareSpec> inForce = new LinkedHashMap<>();
        for (ShareSpec s : shares) {
            int c = s.customer() % ids.size();
            UserId owner = USERS.get(owners.get(c));
            if (s.grantee().equals(Grantee.user(owner))) {
                continue; // refused by design: the owner needs no share
            }
            Optional<java.time.Instant> until = s.ended()
                    ? Optional.of(ServiceFixtures.START.plus(Duration.ofHours(1))) : Optional.empty();
            session(crm, tenant, owner).sharing().share(new ShareCustomer(ids.get(c), s.grantee(),
                    s.edit() ? ShareAccess.EDIT : ShareAccess.VIEW, until));
            inForce.put(c + " " + s.grantee().key(), s);
        }
        clock.advance(Duration.ofHours(2));

        UserId me = USERS.get(viewer);
        Set<CustomerId> expected = new HashSet<>();
        for (int c = 0; c < ids.size(); c++) {
            int customer = c;
            boolean shared = inForce.entrySet().stream().anyMatch(e -> e.getKey().startsWith(customer + " ")
                    && !e.getValue().ended() && reaches(e.getValue().grantee(), me));
            if (ownerReached(USERS.get(owners.get(c)), me, scope) || shared) {
                expected.add(ids.get(c));
            }
        }
        CrmSession mine = session(crm, tenant, me);
        List<CustomerId> listed = ServiceFixtures.allPages(2, p -> mine.customers().list(CustomerQuery.all(), p))
                .stream().map(Customer::id).toList();
        assertThat(listed).as("listed").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(mine.customers().count(CustomerQuery.all())).as("counted").isEqualTo(expected.size());
        assertThat(mine.segments().preview("tag(level) = \"A\"").count()).as("segment count").isEqualTo(expected.size());
        assertThat(mine.tags().count("level").stream().mapToLong(t -> t.customers()).sum()).as("tag count")
                .isEqualTo(expected.size());
        for (CustomerId id : ids) {
            if (expected.contains(id)) {
                assertThat(mine.customers().get(id).id()).isEqualTo(id);
            } else {
                assertThatThrownBy(() -> mine.customers().get(id)).isInstanceOf(NotFoundException.class);
            }
        }
    }

    /**
     * Shares to make.
     *
     * @return the arbitrary
     */
    @Provide
    default Arbitrary<ShareSpec> shares() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 4), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(ShareSpec::new);
    }

    private static Set<UserId> membersBelow(TeamId team) {
        Set<UserId> all = new HashSet<>(SharingContract.MEMBERS.get(team));
        if (team.equals(SharingContract.EAST)) {
            all.addAll(SharingContract.MEMBERS.get(SharingContract.EAST_SUB));
        }
        return all;
    }

    private static boolean ownerReached(UserId owner, UserId me, DataScope scope) {
        return switch (scope) {
            case OWN -> owner.equals(me);
            case TENANT -> true;
            case TEAM -> owner.equals(me) || TEAMS.stream().anyMatch(t -> SharingContract.MEMBERS.get(t).contains(me)
                    && SharingContract.MEMBERS.get(t).contains(owner));
            case TEAM_TREE -> owner.equals(me) || TEAMS.stream().anyMatch(t -> SharingContract.MEMBERS.get(t).contains(me)
                    && membersBelow(t).contains(owner));
        };
    }

    private static boolean reaches(Grantee g, UserId me) {
        return switch (g.kind()) {
            case USER -> g.id().equals(me.value());
            case TEAM -> SharingContract.MEMBERS.get(TeamId.of(g.id())).contains(me);
            case TEAM_TREE -> membersBelow(TeamId.of(g.id())).contains(me);
        };
    }

    private static CrmSession session(Crm crm, TenantId tenant, UserId user) {
        return crm.session(tenant, Principal.user(user.value(), RoleName.SALES_REP), Locale.ENGLISH);
    }
}
