package io.crmkit.examples.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The rows a customer view consists of, as plain records: what {@link HandWrittenJdbc} reads,
 * what the Hibernate baseline maps to, and what the smoke test turns crmkit's view into, so the
 * three can be compared for equality.
 */
public final class HandWrittenView {

    private HandWrittenView() {
    }

    /**
     * What the hand-written view reads.
     *
     * @param customer the customer row
     * @param contacts its contacts, in order
     * @param needTags its need tags, in order
     * @param customFields its custom field rows
     * @param history its newest audit entries, newest first
     */
    public record View(CustomerRow customer, List<ContactRow> contacts, List<String> needTags,
                       List<FieldRow> customFields, List<AuditRow> history) {
    }

    /**
     * A {@code customer} row.
     *
     * @param id the id
     * @param type the customer type
     * @param name the name
     * @param industry the industry
     * @param size the size band, or {@code null}
     * @param region the region, or {@code null}
     * @param source the source, or {@code null}
     * @param country the address country, or {@code null}
     * @param province the address province, or {@code null}
     * @param city the address city, or {@code null}
     * @param district the address district, or {@code null}
     * @param street the address street, or {@code null}
     * @param postalCode the postal code, or {@code null}
     * @param remarks the remarks, or {@code null}
     * @param owner the owner's user id
     * @param status the lifecycle status
     * @param createdAt when it was created
     * @param createdBy who created it
     * @param updatedAt when it last changed
     * @param version its version
     */
    public record CustomerRow(UUID id, String type, String name, String industry, String size, String region,
                              String source, String country, String province, String city, String district,
                              String street, String postalCode, String remarks, String owner, String status,
                              Instant createdAt, String createdBy, Instant updatedAt, long version) {
    }

    /**
     * A {@code customer_contact} row.
     *
     * @param id the id
     * @param name the name
     * @param title the title, or {@code null}
     * @param department the department, or {@code null}
     * @param phone the E.164 phone number, or {@code null}
     * @param email the e-mail address, or {@code null}
     * @param preferredChannel the preferred channel, or {@code null}
     * @param relation the relation, or {@code null}
     * @param roles the role codes, comma-separated
     * @param primary whether it is the primary contact
     */
    public record ContactRow(UUID id, String name, String title, String department, String phone, String email,
                             String preferredChannel, String relation, String roles, boolean primary) {
    }

    /**
     * A {@code customer_custom_field} row.
     *
     * @param key the field key
     * @param type the value type
     * @param text the text value, or {@code null}
     * @param number the number value, or {@code null}
     * @param currency the currency, or {@code null}
     * @param date the date value, or {@code null}
     * @param timestamp the timestamp value, or {@code null}
     * @param bool the boolean value, or {@code null}
     */
    public record FieldRow(String key, String type, String text, BigDecimal number, String currency, LocalDate date,
                           Instant timestamp, Boolean bool) {
    }

    /**
     * An {@code audit_entry} row with its field changes.
     *
     * @param id the id
     * @param action the action
     * @param actor the actor's user id
     * @param at when
     * @param changes its field changes, in order
     */
    public record AuditRow(UUID id, String action, String actor, Instant at, List<ChangeRow> changes) {
    }

    /**
     * An {@code audit_field_change} row.
     *
     * @param field the changed field's path
     * @param before the value before, or {@code null}
     * @param after the value after, or {@code null}
     */
    public record ChangeRow(String field, String before, String after) {
    }
}
