package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.CrmSession;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.CustomerId;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.Storage;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagChangeResult;
import io.crmkit.tag.TagCount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tag service, end to end on the adapter under test: tagging one and many customers,
 * single-valued dimensions, validation against the configuration, access, audit and events,
 * all-or-nothing bulk changes, counts. Subclass it and implement {@link #storage()}.
 */
public abstract class TagServiceContract {
    private ServiceFixtures fixtures;
    private TenantId tenant;
    private CrmSession rep;

    /** Creates the subject. */
    protected TagServiceContract() {
    }

    /**
     * The storage under test. May be shared between tests: every test uses a fresh tenant.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Wires crmkit over the storage and opens a session in a fresh tenant. */
    @BeforeEach
    void wire() {
        fixtures = new ServiceFixtures(storage());
        tenant = ServiceFixtures.freshTenant();
        rep = fixtures.rep(tenant, "u-1");
    }

    private CustomerId customer(String name) {
        return rep.customers().create(ServiceFixtures.newCustomer(name));
    }

    private List<OutboxMessage> events(String type) {
        return storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(10_000)).stream()
                .filter(m -> m.eventType().equals(type)).toList();
    }

    private List<AuditEntry> tagHistory(CustomerId id) {
        return rep.customers().history(id, PageRequest.first(100)).items().stream()
                .filter(e -> e.action().equals("customer.tags_changed")).toList();
    }

    @Test
    @DisplayName("adds tags and lists them by dimension then value")
    void addsAndLists() {
        CustomerId id = customer("a");
        TagChangeResult r = rep.tags().change(ChangeTags.add(id, Tag.of("need", "maintenance"),
                Tag.of("industry", "manufacturing"), Tag.of("need", "equipment_purchase")));
        assertThat(r).isEqualTo(new TagChangeResult(1, 1, 3, 0));
        assertThat(rep.tags().of(id)).containsExactly(Tag.of("industry", "manufacturing"),
                Tag.of("need", "equipment_purchase"), Tag.of("need", "maintenance"));
    }

    @Test
    @DisplayName("replaces the value of a single-valued dimension, auditing before and after, with an event")
    void replacesSingleValue() {
        CustomerId id = customer("a");
        rep.tags().change(ChangeTags.add(id, Tag.of("level", "A")));
        rep.tags().change(ChangeTags.add(id, Tag.of("level", "B")));
        assertThat(rep.tags().of(id)).containsExactly(Tag.of("level", "B"));
        assertThat(tagHistory(id).get(0).changes())
                .containsExactly(new FieldChange("tags.level", Optional.of("A"), Optional.of("B")));
        assertThat(events("TagsChanged")).hasSize(2).last().satisfies(m -> {
            assertThat(m.aggregateId()).isEqualTo(id.toString());
            assertThat(m.payload()).contains("\"dimension\":\"level\"", "\"added\":[\"B\"]", "\"removed\":[\"A\"]");
        });
    }

    @Test
    @DisplayName("changes and records nothing when the customer already has the tags")
    void idempotent() {
        CustomerId id = customer("a");
        rep.tags().change(ChangeTags.add(id, Tag.of("need", "maintenance")));
        TagChangeResult again = rep.tags().change(ChangeTags.add(id, Tag.of("need", "maintenance")));
        assertThat(again).isEqualTo(new TagChangeResult(1, 0, 0, 0));
        TagChangeResult absent = rep.tags().change(ChangeTags.remove(id, Tag.of("level", "C")));
        assertThat(absent.changed()).isZero();
        assertThat(tagHistory(id)).hasSize(1);
        assertThat(events("TagsChanged")).hasSize(1);
    }

    @Test
    @DisplayName("removes tags")
    void removes() {
        CustomerId id = customer("a");
        rep.tags().change(ChangeTags.add(id, Tag.of("need", "maintenance"), Tag.of("need", "technical_service")));
        rep.tags().change(ChangeTags.remove(id, Tag.of("need", "maintenance")));
        assertThat(rep.tags().of(id)).containsExactly(Tag.of("need", "technical_service"));
        assertThat(tagHistory(id).get(0).changes()).containsExactly(new FieldChange("tags.need",
                Optional.of("maintenance, technical_service"), Optional.of("technical_service")));
    }

    @Test
    @DisplayName("the port's replace makes one dimension exactly the value, leaves the others, and shows in the same transaction")
    void portReplacesADimension() {
        CustomerId id = customer("a");
        rep.tags().change(ChangeTags.add(id, Tag.of("level", "A"), Tag.of("need", "maintenance"),
                Tag.of("need", "technical_service")));
        List<Tag> seen = storage().inTransaction(tenant, tx -> {
            tx.port(CustomerTags.class).replace(id, "need", Optional.of("equipment_purchase"));
            return tx.port(CustomerTags.class).of(id);
        });
        assertThat(seen).containsExactly(Tag.of("level", "A"), Tag.of("need", "equipment_purchase"));
        storage().inTransaction(tenant, tx -> {
            tx.port(CustomerTags.class).replace(id, "level", Optional.of("C"));
            tx.port(CustomerTags.class).replace(id, "need", Optional.empty());
            return null;
        });
        assertThat(rep.tags().of(id)).containsExactly(Tag.of("level", "C"));
        CustomerId missing = new CustomerId(UUID.randomUUID());
        storage().inTransaction(tenant, tx -> {
            tx.port(CustomerTags.class).replace(missing, "level", Optional.of("A"));
            return null;
        });
        Map<CustomerId, List<Tag>> ofMissing = storage().inTransaction(tenant, tx -> tx.port(CustomerTags.class).of(List.of(missing)));
        assertThat(ofMissing).isEmpty();
    }

    @Test
    @DisplayName("lists every problem with its path and changes nothing")
    void validates() {
        CustomerId id = customer("a");
        ChangeTags bad = new ChangeTags(List.of(id, id), List.of(Tag.of("colour", "red"), Tag.of("level", "D"),
                Tag.of("industry", "retail"), Tag.of("industry", "services"), Tag.of("keyword", " padded")),
                List.of(Tag.of("industry", "retail")));
        assertThatThrownBy(() -> rep.tags().change(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                        tuple("customers[1]", "customer.repeated"),
                        tuple("add[0].dimension", "tag.dimension.unknown"),
                        tuple("add[1].value", "tag.value.not_allowed"),
                        tuple("add[3]", "tag.dimension.single"),
                        tuple("add[4].value", "tag.value.malformed"),
                        tuple("remove[0]", "tag.add_and_remove")));
        assertThat(rep.tags().of(id)).isEmpty();
    }

    @Test
    @DisplayName("stores hostile values of an open dimension exactly")
    void storesHostileOpenValues() {
        CustomerId id = customer("a");
        List<String> values = List.of("'; DROP TABLE customer_tag; --", "%_!\\", "a\"b", "😀 emoji", "مرحبا", "标签");
        rep.tags().change(new ChangeTags(List.of(id), values.stream().map(v -> Tag.of("keyword", v)).toList(), List.of()));
        assertThat(rep.tags().of(id)).extracting(Tag::value).containsExactlyInAnyOrderElementsOf(values);
    }

    @Test
    @DisplayName("tags many customers in one transaction, and none when one of them is missing")
    void bulkIsAllOrNothing() {
        CustomerId a = customer("a");
        CustomerId b = customer("b");
        CustomerId c = customer("c");
        rep.tags().change(ChangeTags.add(b, Tag.of("level", "A")));
        TagChangeResult r = rep.tags().change(new ChangeTags(List.of(a, b, c), List.of(Tag.of("level", "A")), List.of()));
        assertThat(r).isEqualTo(new TagChangeResult(3, 2, 2, 0));
        CustomerId missing = new CustomerId(UUID.randomUUID());
        ChangeTags withMissing = new ChangeTags(List.of(a, b, missing), List.of(Tag.of("need", "maintenance")), List.of());
        assertThatThrownBy(() -> rep.tags().change(withMissing)).isInstanceOf(NotFoundException.class);
        assertThat(rep.tags().of(a)).containsExactly(Tag.of("level", "A"));
        assertThat(rep.tags().of(b)).containsExactly(Tag.of("level", "A"));
    }

    @Test
    @DisplayName("refuses a user who may not edit one of the customers, changing none")
    void access() {
        CustomerId mine = customer("mine");
        CustomerId theirs = fixtures.rep(tenant, "u-2").customers().create(ServiceFixtures.newCustomer("theirs"));
        ChangeTags both = new ChangeTags(List.of(mine, theirs), List.of(Tag.of("level", "C")), List.of());
        assertThatThrownBy(() -> rep.tags().change(both)).isInstanceOf(AccessDeniedException.class);
        assertThat(rep.tags().of(mine)).isEmpty();
        assertThat(fixtures.admin(tenant).tags().change(both).changed()).isEqualTo(2);
    }

    @Test
    @DisplayName("counts customers per value of a dimension")
    void counts() {
        CustomerId a = customer("a");
        CustomerId b = customer("b");
        CustomerId c = customer("c");
        rep.tags().change(new ChangeTags(List.of(a, b), List.of(Tag.of("level", "A")), List.of()));
        rep.tags().change(new ChangeTags(List.of(c), List.of(Tag.of("level", "C")), List.of()));
        assertThat(rep.tags().count("level")).containsExactly(new TagCount("A", 2), new TagCount("C", 1));
        assertThat(rep.tags().count("need")).isEmpty();
        assertThatThrownBy(() -> rep.tags().count("colour")).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("keeps each tenant's tags apart")
    void tenants() {
        CustomerId a = customer("a");
        rep.tags().change(ChangeTags.add(a, Tag.of("level", "A")));
        CrmSession other = fixtures.rep(ServiceFixtures.freshTenant(), "u-1");
        assertThat(other.tags().count("level")).isEmpty();
        assertThatThrownBy(() -> other.tags().of(a)).isInstanceOf(NotFoundException.class);
    }
}
