package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CrmSession;
import io.crmkit.customer.CustomerId;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.segment.SaveSegment;
import io.crmkit.segment.Segment;
import io.crmkit.segment.SegmentId;
import io.crmkit.segment.SegmentPreview;
import io.crmkit.segment.SegmentVisibility;
import io.crmkit.segment.eval.Explanation;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleProblem;
import io.crmkit.segment.rule.SourcePosition;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Money;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.storage.Storage;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The segment service, end to end on the adapter under test: previews, saved segments
 * (private and shared), members page by page, explanations, tagging a segment's members, and
 * rules refused with positions. The fixtures' clock says 2026-11-23T08:00Z.
 * Subclass it and implement {@link #storage()}.
 */
public abstract class SegmentServiceContract {
    private static final String KEY_ACCOUNTS =
            "tag(industry) = \"manufacturing\" and spend(12 months) >= 1000 CNY and not tag(level) in (\"B\")";

    private ServiceFixtures fixtures;
    private TenantId tenant;
    private CrmSession rep;
    private CustomerId big;
    private CustomerId small;
    private CustomerId levelC;

    /** Creates the subject. */
    protected SegmentServiceContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Three manufacturers: one big spender, one small, one big spender at level C. The saved rule selects the big spenders not at level B. */
    @BeforeEach
    void wire() {
        fixtures = new ServiceFixtures(storage());
        tenant = ServiceFixtures.freshTenant();
        rep = fixtures.rep(tenant, "u-1");
        big = manufacturer("big", "5000");
        small = manufacturer("small", "10");
        levelC = manufacturer("level C", "5000");
        rep.tags().change(ChangeTags.add(levelC, Tag.of("level", "C")));
    }

    private CustomerId manufacturer(String name, String spend) {
        CustomerId id = rep.customers().create(ServiceFixtures.newCustomer(name));
        rep.tags().change(ChangeTags.add(id, Tag.of("industry", "manufacturing")));
        rep.purchases().record(new RecordPurchase(id, "SO-" + name, LocalDate.of(2026, 6, 1), Money.of(spend, "CNY")));
        return id;
    }

    private SegmentId save(CrmSession s, String name, SegmentVisibility visibility) {
        return s.segments().save(new SaveSegment(name, "", KEY_ACCOUNTS, visibility));
    }

    @Test
    @DisplayName("previews a rule: canonical text, count and first page")
    void previews() {
        SegmentPreview p = rep.segments().preview("tag(industry) = \"manufacturing\"   and spend(12 months) >= 1000 CNY");
        assertThat(p.rule()).isEqualTo("tag(industry) = \"manufacturing\" and spend(12 months) >= 1000 CNY");
        assertThat(p.count()).isEqualTo(2);
        assertThat(p.firstPage().items()).containsExactlyInAnyOrder(big, levelC);
    }

    @Test
    @DisplayName("refuses a rule with every problem positioned, before running anything")
    void refusesBadRules() {
        assertThatThrownBy(() -> rep.segments().preview("tag(industry) = \"manufacturing\" and spend(12 months) >="))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems()).first()
                        .satisfies(p -> assertThat(p.position()).isPresent()));
        assertThatThrownBy(() -> rep.segments().preview("tag(colour) = \"red\" and custom(nope) = 1"))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0).position()).contains(new SourcePosition(1, 1));
                    assertThat(e.problems()).extracting(RuleProblem::code).doesNotContainNull();
                });
    }

    @Test
    @DisplayName("refuses a text literal no storage keeps (NUL) when checking, so no saved segment can fail to run")
    void refusesTextNoStorageKeeps() {
        String nul = "name contains \"\\u0000\"";
        assertThatThrownBy(() -> rep.segments().preview(nul))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.code()).isEqualTo("text.characters");
                            assertThat(p.position()).contains(new SourcePosition(1, 15));
                        }));
        assertThatThrownBy(() -> rep.segments().save(new SaveSegment("Broken", "", nul, SegmentVisibility.SHARED)))
                .isInstanceOf(RuleException.class);
        assertThat(rep.segments().list()).isEmpty();
        assertThat(rep.segments().preview("name contains \"\\u00e9\"").count()).isZero();
    }

    @Test
    @DisplayName("saves, lists, counts and pages through a segment's members")
    void savesAndLists() {
        SegmentId id = save(rep, "Key manufacturers", SegmentVisibility.SHARED);
        Segment s = rep.segments().get(id);
        assertThat(s.name()).isEqualTo("Key manufacturers");
        assertThat(s.version()).isEqualTo(1);
        assertThat(rep.segments().list()).extracting(Segment::id).containsExactly(id);
        assertThat(rep.segments().count(id)).isEqualTo(2);
        List<CustomerId> all = new ArrayList<>();
        Page<CustomerId> page = rep.segments().members(id, PageRequest.first(1));
        all.addAll(page.items());
        page = rep.segments().members(id, PageRequest.after(1, page.next().orElseThrow()));
        all.addAll(page.items());
        assertThat(page.next()).isEmpty();
        assertThat(all).containsExactly(List.of(big, levelC).stream().sorted().toArray(CustomerId[]::new));
        assertThatThrownBy(() -> save(rep, "Key manufacturers", SegmentVisibility.PRIVATE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rep.segments().save(new SaveSegment(" ", "", KEY_ACCOUNTS, SegmentVisibility.SHARED)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("members follow the data: the rule is evaluated when asked")
    void membersFollowData() {
        SegmentId id = save(rep, "Key", SegmentVisibility.PRIVATE);
        rep.purchases().record(new RecordPurchase(small, "SO-more", LocalDate.of(2026, 7, 1), Money.of("995", "CNY")));
        assertThat(rep.segments().count(id)).isEqualTo(3);
        rep.tags().change(ChangeTags.add(big, Tag.of("level", "B")));
        assertThat(rep.segments().count(id)).isEqualTo(2);
    }

    @Test
    @DisplayName("keeps private segments to their owner; only the owner or an administrator changes a shared one")
    void visibility() {
        SegmentId mine = save(rep, "Mine", SegmentVisibility.PRIVATE);
        SegmentId shared = save(rep, "Shared", SegmentVisibility.SHARED);
        CrmSession other = fixtures.rep(tenant, "u-2");
        assertThat(other.segments().list()).extracting(Segment::id).containsExactly(shared);
        assertThatThrownBy(() -> other.segments().get(mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.segments().update(shared, 1,
                new SaveSegment("Shared", "", "tag(level) = \"A\"", SegmentVisibility.SHARED)))
                .isInstanceOf(AccessDeniedException.class);
        Segment changed = fixtures.admin(tenant).segments().update(shared, 1,
                new SaveSegment("Shared A", "level A", "tag(level) = \"A\"", SegmentVisibility.SHARED));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(rep.segments().get(shared).name()).isEqualTo("Shared A");
        assertThatThrownBy(() -> rep.segments().update(shared, 1,
                new SaveSegment("x", "", "tag(level) = \"B\"", SegmentVisibility.SHARED))).isInstanceOf(ConflictException.class);
        rep.segments().delete(mine);
        assertThatThrownBy(() -> rep.segments().get(mine)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("explains a customer's membership clause by clause")
    void explains() {
        SegmentId id = save(rep, "Key", SegmentVisibility.SHARED);
        Explanation yes = rep.segments().explain(id, big);
        assertThat(yes.matched()).isTrue();
        assertThat(yes.parts()).extracting(Explanation::clause, Explanation::matched).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tag(industry) = \"manufacturing\"", true),
                org.assertj.core.groups.Tuple.tuple("spend(12 months) >= 1000 CNY", true),
                org.assertj.core.groups.Tuple.tuple("not tag(level) in (\"B\")", true));
        Explanation no = rep.segments().explain(id, small);
        assertThat(no.matched()).isFalse();
        assertThat(no.parts()).extracting(Explanation::matched).containsExactly(true, false, true);
        assertThat(no.parts().get(2).parts()).singleElement().satisfies(p -> assertThat(p.matched()).isFalse());
    }

    @Test
    @DisplayName("selects by last contact, recorded per customer")
    void lastContact() {
        rep.customers().recordContact(big, Instant.parse("2026-11-20T08:00:00Z"));
        rep.customers().recordContact(big, Instant.parse("2026-01-01T08:00:00Z"));
        rep.customers().recordContact(small, Instant.parse("2026-09-01T08:00:00Z"));
        assertThat(rep.customers().lastContact(big)).contains(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(rep.segments().preview("lastContact older than 30 days").firstPage().items()).containsExactly(small);
        assertThat(rep.segments().preview("not lastContact within 30 days").count()).isEqualTo(2);
        assertThat(rep.segments().preview("lastContact is empty").firstPage().items()).containsExactly(levelC);
        assertThatThrownBy(() -> rep.customers().recordContact(big, Instant.parse("2027-01-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("tags every member of a segment in one go")
    void tagsMembers() {
        SegmentId id = save(rep, "Key", SegmentVisibility.SHARED);
        assertThat(rep.segments().changeTags(id, List.of(Tag.of("need", "maintenance")), List.of()).changed()).isEqualTo(2);
        assertThat(rep.tags().of(big)).contains(Tag.of("need", "maintenance"));
        assertThat(rep.tags().of(small)).doesNotContain(Tag.of("need", "maintenance"));
        assertThat(rep.tags().count("need")).singleElement().satisfies(c -> assertThat(c.customers()).isEqualTo(2));
        assertThat(Optional.of(rep.segments().changeTags(id, List.of(Tag.of("need", "maintenance")), List.of()).changed()))
                .contains(0);
    }
}
