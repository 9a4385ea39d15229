package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.CrmSession;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.AddContact;
import io.crmkit.customer.ChangeLifecycleStatus;
import io.crmkit.customer.Contact;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.CustomerView;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import io.crmkit.customer.ReassignOwner;
import io.crmkit.customer.RemoveContact;
import io.crmkit.customer.SortDirection;
import io.crmkit.customer.UpdateContact;
import io.crmkit.customer.UpdateCustomer;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.EmailAddress;
import io.crmkit.shared.Money;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.shared.ValidationException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.Storage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The customer service, end to end on the adapter under test: create, view, update,
 * contacts, ownership, lifecycle, listing, validation, access and audit/outbox atomicity.
 * Subclass it and implement {@link #storage()}.
 */
public abstract class CustomerServiceContract {
    /** The fixtures of the current test. */
    protected ServiceFixtures fixtures;
    /** A fresh tenant for the current test. */
    protected TenantId tenant;
    /** A sales rep session ("u-1") in that tenant. */
    protected CrmSession rep;

    /** Creates the subject. */
    protected CustomerServiceContract() {
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

    private List<OutboxMessage> outbox() {
        return storage().inTransaction(tenant, tx -> tx.port(Outbox.class).pending(1000));
    }

    /** Creating and viewing customers. */
    @Nested
    @DisplayName("creating a customer")
    class Creating {

        @Test
        @DisplayName("stores profile and contacts, normalises phone and e-mail, and reads them back in one view")
        void createsAndViews() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("华东精密机械"));
            CustomerView view = rep.customers().view(id);
            Customer c = view.customer();
            assertThat(c.name()).isEqualTo("华东精密机械");
            assertThat(c.owner()).isEqualTo(UserId.of("u-1"));
            assertThat(c.lifecycleStatus()).isEqualTo("prospect");
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.contacts()).extracting(Contact::name).containsExactly("王伟", "Li Na");
            assertThat(c.primaryContact().orElseThrow().phone()).contains(PhoneNumber.of("+8613812345678"));
            assertThat(c.primaryContact().orElseThrow().email()).contains(EmailAddress.of("wang.wei@example.cn"));
            assertThat(c.contacts().get(1).phone()).contains(PhoneNumber.of("+442079460958"));
            assertThat(c.contacts().get(1).primary()).isFalse();
            assertThat(view.history().items()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("customer.created");
                assertThat(e.actor()).isEqualTo(UserId.of("u-1"));
                assertThat(e.changes()).contains(new FieldChange("details.name", Optional.empty(), Optional.of("华东精密机械")));
            });
            assertThat(outbox()).singleElement().satisfies(m -> {
                assertThat(m.eventType()).isEqualTo("CustomerCreated");
                assertThat(m.aggregateId()).isEqualTo(id.toString());
                assertThat(m.payload()).contains("\"owner\":\"u-1\"");
            });
        }

        @Test
        @DisplayName("makes the first contact primary when none is marked")
        void firstContactIsPrimaryByDefault() {
            CustomerId id = rep.customers().create(new NewCustomer(ServiceFixtures.company().build(),
                    List.of(NewContact.of("A", "13812345678"), NewContact.of("B", null))));
            assertThat(rep.customers().get(id).contacts()).extracting(Contact::primary).containsExactly(true, false);
        }

        @Test
        @DisplayName("stores a value for every custom field type exactly")
        void storesEveryCustomFieldType() {
            CustomerDetails details = ServiceFixtures.company()
                    .customField("source", CustomFieldValue.choice("referral"))
                    .customField("channels", CustomFieldValue.choices(Set.of("visit", "phone")))
                    .customField("years", CustomFieldValue.integer(12))
                    .customField("rating", CustomFieldValue.decimal(new BigDecimal("4.50")))
                    .customField("credit_limit", CustomFieldValue.money(Money.of("250000", "CNY")))
                    .customField("first_order", CustomFieldValue.date(LocalDate.of(2014, 3, 1)))
                    .customField("last_audit", CustomFieldValue.dateTime(Instant.parse("2026-10-01T02:03:04.123456Z")))
                    .customField("vip", CustomFieldValue.bool(true))
                    .customField("slogan", CustomFieldValue.text("精益求精"))
                    .customField("history", CustomFieldValue.text("line 1\nline 2"))
                    .build();
            CustomerId id = rep.customers().create(new NewCustomer(details, List.of(NewContact.of("A", "13812345678"))));
            assertThat(rep.customers().get(id).details().customFields()).isEqualTo(details.customFields());
        }

        @Test
        @DisplayName("lists every violation with its path, in the session's language, and stores nothing")
        void listsEveryViolation() {
            CrmSession chinese = fixtures.crm().session(tenant, rep.principal(), Locale.SIMPLIFIED_CHINESE);
            NewCustomer bad = new NewCustomer(ServiceFixtures.company().name("").industry(null)
                    .customField("years", CustomFieldValue.integer(101))
                    .customField("source", CustomFieldValue.choice("tv"))
                    .customField("nope", CustomFieldValue.bool(true))
                    .customField("vip", CustomFieldValue.text("yes"))
                    .build(),
                    List.of(NewContact.of("A", "12345"), NewContact.of("B", "13812345678").withEmail("not-an-email")));
            assertThatThrownBy(() -> chinese.customers().create(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                                org.assertj.core.groups.Tuple.tuple("details.name", "blank"),
                                org.assertj.core.groups.Tuple.tuple("details.industry", "required"),
                                org.assertj.core.groups.Tuple.tuple("details.customFields[years]", "customField.max"),
                                org.assertj.core.groups.Tuple.tuple("details.customFields[source]", "customField.option"),
                                org.assertj.core.groups.Tuple.tuple("details.customFields[nope]", "customField.unknown"),
                                org.assertj.core.groups.Tuple.tuple("details.customFields[vip]", "customField.type"),
                                org.assertj.core.groups.Tuple.tuple("contacts[0].phone", "phone.invalid"),
                                org.assertj.core.groups.Tuple.tuple("contacts[1].email", "email.invalid"));
                        assertThat(e.getMessage()).contains("不是有效的电话号码");
                    });
            assertThat(rep.customers().count(CustomerQuery.all())).isZero();
            assertThat(outbox()).isEmpty();
        }

        @Test
        @DisplayName("requires a phone on the primary contact and allows only one primary")
        void primaryContactRules() {
            NewCustomer noPhone = new NewCustomer(ServiceFixtures.company().build(), List.of(NewContact.of("A", null)));
            assertThatThrownBy(() -> rep.customers().create(noPhone)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.paths()).containsExactly("contacts[0].phone"));
            NewCustomer twoPrimaries = new NewCustomer(ServiceFixtures.company().build(), List.of(
                    NewContact.of("A", "13812345678").asPrimary(), NewContact.of("B", "13812345679").asPrimary()));
            assertThatThrownBy(() -> rep.customers().create(twoPrimaries)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.paths()).containsExactly("contacts"));
            NewCustomer none = new NewCustomer(ServiceFixtures.company().build(), List.of());
            assertThatThrownBy(() -> rep.customers().create(none)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("contacts.required"));
        }

        @Test
        @DisplayName("refuses users whose roles grant no EDIT, and another owner unless administrator")
        void createAccess() {
            CrmSession manager = fixtures.crm().session(tenant, io.crmkit.access.Principal.user("m",
                    io.crmkit.access.RoleName.SERVICE_MANAGER), Locale.ENGLISH);
            assertThatThrownBy(() -> manager.customers().create(ServiceFixtures.newCustomer("x")))
                    .isInstanceOf(AccessDeniedException.class);
            NewCustomer forOther = new NewCustomer(ServiceFixtures.newCustomer("x").details(),
                    ServiceFixtures.newCustomer("x").contacts(), Optional.of(UserId.of("u-9")));
            assertThatThrownBy(() -> rep.customers().create(forOther)).isInstanceOf(AccessDeniedException.class);
            CustomerId id = fixtures.admin(tenant).customers().create(forOther);
            assertThat(rep.customers().get(id).owner()).isEqualTo(UserId.of("u-9"));
        }
    }

    /** Changing customers. */
    @Nested
    @DisplayName("changing a customer")
    class Changing {

        @Test
        @DisplayName("records each changed field's before and after, newest first, with an event")
        void updateIsAudited() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            Customer c = rep.customers().get(id);
            Customer updated = rep.customers().update(new UpdateCustomer(id, 1,
                    c.details().toBuilder().region("west").remarks("met at fair").build()));
            assertThat(updated.version()).isEqualTo(2);
            assertThat(updated.details().region()).contains("west");
            Page<AuditEntry> history = rep.customers().history(id, PageRequest.first(10));
            assertThat(history.items()).extracting(AuditEntry::action).containsExactly("customer.updated", "customer.created");
            assertThat(history.items().get(0).changes()).containsExactlyInAnyOrder(
                    new FieldChange("details.region", Optional.of("east"), Optional.of("west")),
                    new FieldChange("details.remarks", Optional.empty(), Optional.of("met at fair")));
            assertThat(outbox()).extracting(OutboxMessage::eventType).containsExactly("CustomerCreated", "CustomerUpdated");
        }

        @Test
        @DisplayName("a stale version is a conflict naming expected and actual version, and writes nothing")
        void staleVersionConflicts() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            CustomerDetails d = rep.customers().get(id).details();
            rep.customers().update(new UpdateCustomer(id, 1, d.toBuilder().region("west").build()));
            assertThatThrownBy(() -> rep.customers().update(new UpdateCustomer(id, 1, d.toBuilder().region("north").build())))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isEqualTo(2);
                    });
            assertThat(rep.customers().get(id).details().region()).contains("west");
            assertThat(rep.customers().history(id, PageRequest.first(10)).items()).hasSize(2);
        }

        @Test
        @DisplayName("only the owner or an administrator edits")
        void onlyOwnerOrAdminEdits() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            CustomerDetails d = rep.customers().get(id).details();
            CrmSession other = fixtures.rep(tenant, "u-2");
            assertThat(other.customers().get(id).name()).isEqualTo("A");
            assertThatThrownBy(() -> other.customers().update(new UpdateCustomer(id, 1, d)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(fixtures.admin(tenant).customers().update(
                    new UpdateCustomer(id, 1, d.toBuilder().size("50-200").build())).version()).isEqualTo(2);
        }

        @Test
        @DisplayName("reassigning the owner is its own audited operation with a reason")
        void reassignOwner() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            Customer after = rep.customers().reassignOwner(new ReassignOwner(id, 1, UserId.of("u-2"), "territory change"));
            assertThat(after.owner()).isEqualTo(UserId.of("u-2"));
            AuditEntry entry = rep.customers().history(id, PageRequest.first(1)).items().get(0);
            assertThat(entry.action()).isEqualTo("customer.owner_changed");
            assertThat(entry.changes()).contains(new FieldChange("owner", Optional.of("u-1"), Optional.of("u-2")),
                    new FieldChange("reason", Optional.empty(), Optional.of("territory change")));
            assertThat(outbox()).extracting(OutboxMessage::eventType).contains("OwnerChanged");
            assertThatThrownBy(() -> rep.customers().reassignOwner(new ReassignOwner(id, 2, UserId.of("u-1"), "back")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.rep(tenant, "u-2").customers()
                    .reassignOwner(new ReassignOwner(id, 2, UserId.of("u-2"), "same")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("newOwner"));
        }

        @Test
        @DisplayName("moves between configured lifecycle statuses and refuses unknown ones")
        void lifecycle() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            assertThat(rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 1, "intent")).lifecycleStatus())
                    .isEqualTo("intent");
            assertThatThrownBy(() -> rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 2, "sleeping")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("status"));
            assertThatThrownBy(() -> rep.customers().changeLifecycleStatus(new ChangeLifecycleStatus(id, 0, "intent")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(Violation.of("expectedVersion", "version.invalid")));
        }

        @Test
        @DisplayName("adds, updates and removes contacts, keeping exactly one primary")
        void contacts() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            Customer added = rep.customers().addContact(new AddContact(id, 1, NewContact.of("C", "13900001111").asPrimary()));
            assertThat(added.contacts()).extracting(Contact::name, Contact::primary).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("王伟", false), org.assertj.core.groups.Tuple.tuple("Li Na", false),
                    org.assertj.core.groups.Tuple.tuple("C", true));
            Contact first = added.contacts().get(0);
            Customer updated = rep.customers().updateContact(new UpdateContact(id, 2, first.id(),
                    NewContact.of("王伟", "13812345678").withTitle("CEO")));
            assertThat(updated.contact(first.id()).orElseThrow().title()).contains("CEO");
            Contact primary = updated.primaryContact().orElseThrow();
            assertThatThrownBy(() -> rep.customers().removeContact(new RemoveContact(id, 3, primary.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("contactId"));
            Customer removed = rep.customers().removeContact(new RemoveContact(id, 3, first.id()));
            assertThat(removed.contacts()).hasSize(2);
            assertThat(outbox()).extracting(OutboxMessage::eventType)
                    .containsExactly("CustomerCreated", "ContactAdded", "ContactUpdated", "ContactRemoved");
            assertThatThrownBy(() -> rep.customers().addContact(new AddContact(id, 4, NewContact.of("D", "bad"))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.paths()).containsExactly("contact.phone"));
        }
    }

    /** Reading and listing. */
    @Nested
    @DisplayName("reading customers")
    class Reading {

        @Test
        @DisplayName("a customer of another tenant is not found")
        void tenantsAreIsolated() {
            CustomerId id = rep.customers().create(ServiceFixtures.newCustomer("A"));
            CrmSession elsewhere = fixtures.rep(ServiceFixtures.freshTenant(), "u-1");
            assertThatThrownBy(() -> elsewhere.customers().get(id)).isInstanceOf(NotFoundException.class);
            assertThat(elsewhere.customers().count(CustomerQuery.all())).isZero();
        }

        @Test
        @DisplayName("lists with filters, text search and keyset paging")
        void lists() {
            for (int i = 0; i < 25; i++) {
                rep.customers().create(ServiceFixtures.newCustomer("Customer " + (char) ('A' + i)));
            }
            CustomerQuery byName = CustomerQuery.all().sortedBy(CustomerSort.NAME, SortDirection.ASC);
            Page<Customer> first = rep.customers().list(byName, PageRequest.first(10));
            assertThat(first.items()).extracting(Customer::name).startsWith("Customer A", "Customer B");
            Page<Customer> second = rep.customers().list(byName, PageRequest.after(10, first.next().orElseThrow()));
            assertThat(second.items().get(0).name()).isEqualTo("Customer K");
            assertThat(rep.customers().count(CustomerQuery.all().withText("customer c"))).isEqualTo(1);
            assertThat(rep.customers().count(CustomerQuery.all().withText("138 1234 5678"))).isEqualTo(25);
            assertThat(rep.customers().count(CustomerQuery.all().withOwner(UserId.of("u-1")).withRegion("east")))
                    .isEqualTo(25);
            assertThatThrownBy(() -> rep.customers().list(byName, PageRequest.after(10, "garbage")))
                    .isInstanceOf(ValidationException.class);
        }
    }
}
