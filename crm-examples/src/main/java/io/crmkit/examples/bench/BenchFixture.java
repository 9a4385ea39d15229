package io.crmkit.examples.bench;

import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import io.crmkit.shared.IdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The customer every variant creates: a company with two contacts, as a sales rep would enter
 * it. crmkit receives it as a command ({@link #newCustomer(long)}); the baselines write the
 * values crmkit stores for it (phone numbers already in E.164, the audit changes and event
 * payload crmkit records).
 */
public final class BenchFixture {
    /** The tenant of every benchmark row. */
    public static final String TENANT = "crmkit-bench";
    /** The acting user, who becomes the owner. */
    public static final String USER = "rep-1";
    static final String TYPE = "COMPANY";
    static final String INDUSTRY = "manufacturing";
    static final String REGION = "East China";
    /** The initial lifecycle status of crmkit's default configuration. */
    static final String STATUS = "prospect";

    private BenchFixture() {
    }

    /**
     * The customer's name.
     *
     * @param n a number making the name unique
     * @return the name
     */
    public static String name(long n) {
        return "华东精密机械 " + n;
    }

    /**
     * The command crmkit receives: phone numbers as typed (crmkit parses and normalises them).
     *
     * @param n a number making the name unique
     * @return the command
     */
    public static NewCustomer newCustomer(long n) {
        return new NewCustomer(CustomerDetails.builder().type(CustomerType.COMPANY).name(name(n))
                .industry(INDUSTRY).region(REGION).build(),
                List.of(NewContact.of("王伟", "13812345678").withEmail("wang.wei@example.cn").asPrimary(),
                        NewContact.of("Li Na", "+44 20 7946 0958").withTitle("Engineer")));
    }

    /**
     * The two contacts as crmkit stores them, with new ids.
     *
     * @param ids the id generator
     * @return the contacts, in order
     */
    static List<ContactValues> contacts(IdGenerator ids) {
        return List.of(new ContactValues(ids.next(), "王伟", null, "+8613812345678", "wang.wei@example.cn", true),
                new ContactValues(ids.next(), "Li Na", "Engineer", "+442079460958", null, false));
    }

    /**
     * The field changes crmkit's audit entry records for the new customer, in its order
     * ({@code field}, value after; the value before is empty).
     *
     * @param name the customer's name
     * @param contacts the contacts
     * @return the changes
     */
    static List<String[]> createdChanges(String name, List<ContactValues> contacts) {
        List<String[]> changes = new ArrayList<>(16);
        changes.add(new String[] {"details.type", TYPE});
        changes.add(new String[] {"details.name", name});
        changes.add(new String[] {"details.industry", INDUSTRY});
        changes.add(new String[] {"details.region", REGION});
        changes.add(new String[] {"owner", USER});
        changes.add(new String[] {"lifecycleStatus", STATUS});
        for (ContactValues k : contacts) {
            String p = "contacts[" + k.id() + "]";
            changes.add(new String[] {p + ".name", k.name()});
            if (k.title() != null) {
                changes.add(new String[] {p + ".title", k.title()});
            }
            changes.add(new String[] {p + ".phone", k.phoneE164()});
            if (k.email() != null) {
                changes.add(new String[] {p + ".email", k.email()});
            }
            changes.add(new String[] {p + ".primary", Boolean.toString(k.primary())});
        }
        return changes;
    }

    /**
     * The JSON payload of crmkit's {@code CustomerCreated} outbox message.
     *
     * @param id the customer
     * @param at when it was created
     * @return the payload
     */
    static String createdPayload(UUID id, Instant at) {
        return "{\"customerId\":\"" + id + "\",\"at\":\"" + at + "\",\"revision\":1,\"lifecycleStatus\":\"" + STATUS
                + "\",\"owner\":\"" + USER + "\"}";
    }

    /**
     * A contact's stored values.
     *
     * @param id the id
     * @param name the name
     * @param title the title, or {@code null}
     * @param phoneE164 the phone number in E.164
     * @param email the e-mail address, or {@code null}
     * @param primary whether it is the primary contact
     */
    record ContactValues(UUID id, String name, String title, String phoneE164, String email, boolean primary) {
    }
}
