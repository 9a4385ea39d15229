package io.crmkit.classification.internal;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.classification.Assignment;
import io.crmkit.classification.ClassificationChange;
import io.crmkit.classification.ClassificationPlan;
import io.crmkit.classification.Classified;
import io.crmkit.classification.CompiledPlan;
import io.crmkit.classification.RfmBoundaries;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.internal.json.EventMessages;
import io.crmkit.internal.session.CustomerChangeHook;
import io.crmkit.outbox.Outbox;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.eval.SegmentFacts;
import io.crmkit.shared.IdGenerator;
import io.crmkit.shared.UserId;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a plan to customers inside the caller's transaction: works out each classified
 * dimension's value, and where it differs from the customer's tags, replaces the tag, records
 * the change in the customer's audit trail and emits a {@link Classified} event.
 * Writes tags through the storage port directly, so tag changes it makes do not trigger it again.
 */
public final class Reclassifier implements CustomerChangeHook {
    private final ClassificationPlan plan;
    private final IdGenerator ids;
    private final ZoneId zone;

    /**
     * Creates the reclassifier ({@code Crm} does this).
     *
     * @param plan the plan
     * @param ids the id generator for audit entries and messages
     */
    public Reclassifier(ClassificationPlan plan, IdGenerator ids) {
        this.plan = plan;
        this.ids = ids;
        this.zone = plan.configuration().locale().zone();
    }

    /** {@return the plan} */
    public ClassificationPlan plan() {
        return plan;
    }

    /**
     * Compiles the plan for an instant.
     *
     * @param now the instant
     * @param rfm RFM boundaries, if computed
     * @return the compiled plan
     */
    public CompiledPlan compile(Instant now, Optional<RfmBoundaries> rfm) {
        return plan.compile(new EvaluationTime(now, zone), rfm);
    }

    /**
     * Reclassifies one customer after its inputs changed, in the caller's transaction.
     *
     * @param tx the transaction
     * @param id the customer
     * @param actor who made the change that triggered it
     * @param now when
     * @return the tags changed
     */
    public List<ClassificationChange> reclassify(StorageTransaction tx, CustomerId id, UserId actor, Instant now) {
        if (plan.isEmpty()) {
            return List.of();
        }
        return tx.port(Customers.class).find(id).map(c -> reclassify(tx, c, actor, now)).orElse(List.of());
    }

    /**
     * Reclassifies a customer the caller has just read or written, in the caller's transaction
     * (saves reading it again).
     *
     * @param tx the transaction
     * @param customer the customer as stored now
     * @param actor who made the change that triggered it
     * @param now when
     * @return the tags changed
     */
    public List<ClassificationChange> reclassify(StorageTransaction tx, Customer customer, UserId actor, Instant now) {
        if (plan.isEmpty()) {
            return List.of();
        }
        CustomerId id = customer.id();
        List<Tag> tags = tx.port(CustomerTags.class).of(id);
        SegmentFacts facts = plan.layout().facts(customer, tags, tx.port(Purchases.class).ofCustomer(id), tx.port(Customers.class).lastContact(id));
        return apply(tx, id, tags, compile(now, Optional.empty()).assign(facts), actor, now);
    }

    /**
     * Brings a customer's tags in line with its assignments.
     *
     * @param tx the transaction
     * @param id the customer
     * @param tags its current tags
     * @param assignments what the plan gives it
     * @param actor who is acting
     * @param now when
     * @return the tags changed
     */
    public List<ClassificationChange> apply(StorageTransaction tx, CustomerId id, List<Tag> tags, List<Assignment> assignments,
                                     UserId actor, Instant now) {
        List<ClassificationChange> changes = new ArrayList<>();
        List<FieldChange> audit = new ArrayList<>();
        for (Assignment a : assignments) {
            List<Tag> current = tags.stream().filter(t -> t.dimension().equals(a.dimension())).toList();
            Optional<String> from = current.stream().map(Tag::value).findFirst();
            if (current.size() <= 1 && from.equals(a.value())) {
                continue;
            }
            // The change is known already: replace lets the adapter send it with the other writes.
            tx.port(CustomerTags.class).replace(id, a.dimension(), a.value());
            changes.add(new ClassificationChange(id, a.dimension(), from, a.value(), a.note()));
            audit.add(new FieldChange("tags." + a.dimension(), from, a.value()));
            tx.port(Outbox.class).append(EventMessages.toMessage(new Classified(id, a.dimension(), from.orElse(""),
                    a.value().orElse(""), a.note(), now), ids.next()));
        }
        if (!audit.isEmpty()) {
            tx.port(AuditTrail.class).record(new AuditEntry(ids.next(), Customer.ENTITY_TYPE, id.toString(), "customer.classified", actor, now,
                    audit));
        }
        return changes;
    }

    /** Reclassifies the customer: classification's part of every change to a customer's data. */
    @Override
    public void changed(StorageTransaction tx, Customer customer, UserId actor, Instant at) {
        reclassify(tx, customer, actor, at);
    }

    /** Reclassifies the customer, reading it only if there are rules to run. */
    @Override
    public void changed(StorageTransaction tx, CustomerId customer, UserId actor, Instant at) {
        reclassify(tx, customer, actor, at);
    }
}
