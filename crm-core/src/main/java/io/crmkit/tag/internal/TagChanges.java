package io.crmkit.tag.internal;

import io.crmkit.access.Action;
import io.crmkit.audit.FieldChange;
import io.crmkit.config.TagDimensionDefinition;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.CustomerChangeHook;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagChangeResult;
import io.crmkit.tag.TagsChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a tag change is checked and applied, for the tag service and for tagging a segment's
 * members: every tag against the configured dimensions, the right to edit each customer, then
 * per changed customer its tags written, an audit entry ({@code tags.<dimension>} before and
 * after), a {@link TagsChanged} event per dimension and the other features' reaction
 * ({@link CustomerChangeHook}), all in the caller's transaction.
 *
 * <p>Public only so that crmkit's segment service can share it; hosts do not use it.
 */
public final class TagChanges {
    private static final String TYPE = Customer.ENTITY_TYPE;
    private static final int READ_BATCH = 1000;

    private final SessionContext ctx;
    private final ChangePath path;
    private final CustomerChangeHook afterChange;

    /**
     * The tag changes of a session.
     *
     * @param ctx the session
     * @param afterChange what other features do after a customer's tags change (classification
     *                    reclassifies: urgency may follow intent)
     */
    public TagChanges(SessionContext ctx, CustomerChangeHook afterChange) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.afterChange = afterChange;
    }

    /**
     * Checks a change against its annotations and the configuration, without storage.
     *
     * @param command the change
     * @return every violation found; empty if the change may be applied
     */
    public List<Violation> check(ChangeTags command) {
        List<Violation> violations = ctx.annotationViolations(command);
        if (violations.isEmpty()) {
            checkTags(command, violations);
        }
        return violations;
    }

    private void checkTags(ChangeTags command, List<Violation> out) {
        Set<CustomerId> seen = new HashSet<>();
        for (int i = 0; i < command.customers().size(); i++) {
            if (!seen.add(command.customers().get(i))) {
                out.add(Violation.of("customers[" + i + "]", "customer.repeated"));
            }
        }
        Set<String> singleAdded = new HashSet<>();
        for (int i = 0; i < command.add().size(); i++) {
            Tag t = command.add().get(i);
            String path = "add[" + i + "]";
            checkTag(t, path, out).filter(d -> !d.multiValued() && !singleAdded.add(d.key()))
                    .ifPresent(d -> out.add(Violation.of(path, "tag.dimension.single", "dimension", d.key())));
        }
        for (int i = 0; i < command.remove().size(); i++) {
            Tag t = command.remove().get(i);
            String path = "remove[" + i + "]";
            checkTag(t, path, out);
            if (command.add().contains(t)) {
                out.add(Violation.of(path, "tag.add_and_remove"));
            }
        }
    }

    private Optional<TagDimensionDefinition> checkTag(Tag t, String path, List<Violation> out) {
        var dimension = ctx.configuration().tagDimension(t.dimension());
        if (dimension.isEmpty()) {
            out.add(Violation.of(path + ".dimension", "tag.dimension.unknown", "dimension", t.dimension()));
        } else if (!dimension.get().allows(t.value())) {
            out.add(dimension.get().open()
                    ? Violation.of(path + ".value", "tag.value.malformed", "max", TagDimensionDefinition.MAX_VALUE_LENGTH)
                    : Violation.of(path + ".value", "tag.value.not_allowed", "allowed", dimension.get().values()));
        }
        return dimension;
    }

    /**
     * Applies a checked change in the caller's transaction.
     *
     * @param tx the transaction
     * @param command the change, checked with {@link #check(ChangeTags)}
     * @return how many customers and tags changed
     * @throws NotFoundException if a customer does not exist
     * @throws io.crmkit.shared.AccessDeniedException if the user may not edit a customer
     */
    public TagChangeResult apply(StorageTransaction tx, ChangeTags command) {
        Instant now = ctx.now();
        int changed = 0;
        int added = 0;
        int removed = 0;
        List<CustomerId> all = command.customers();
        for (int from = 0; from < all.size(); from += READ_BATCH) {
            List<CustomerId> batch = all.subList(from, Math.min(all.size(), from + READ_BATCH));
            // One read for the batch's customers, checked in the command's order as before.
            Map<CustomerId, Customer> customers = tx.port(Customers.class).find(batch);
            for (CustomerId id : batch) {
                Customer c = customers.get(id);
                if (c == null) {
                    throw new NotFoundException(TYPE, id.toString());
                }
                path.authoriseOn(tx, c, Action.EDIT);
            }
            Map<CustomerId, List<Tag>> current = tx.port(CustomerTags.class).of(batch);
            for (CustomerId id : batch) {
                TagDiff diff = TagDiff.of(new TreeSet<>(current.getOrDefault(id, List.of())), command, ctx.configuration());
                if (diff.isEmpty()) {
                    continue;
                }
                diff.removed().forEach(t -> tx.port(CustomerTags.class).remove(id, t));
                diff.added().forEach(t -> tx.port(CustomerTags.class).add(id, t));
                record(tx, id, diff, now);
                afterChange.changed(tx, customers.get(id), ctx.principal().user(), now);
                changed++;
                added += diff.added().size();
                removed += diff.removed().size();
            }
        }
        return new TagChangeResult(all.size(), changed, added, removed);
    }

    private void record(StorageTransaction tx, CustomerId id, TagDiff diff, Instant now) {
        Map<String, List<List<String>>> byDimension = new TreeMap<>();
        diff.added().forEach(t -> byDimension.computeIfAbsent(t.dimension(), k -> pair()).get(0).add(t.value()));
        diff.removed().forEach(t -> byDimension.computeIfAbsent(t.dimension(), k -> pair()).get(1).add(t.value()));
        List<FieldChange> changes = new ArrayList<>();
        for (var e : byDimension.entrySet()) {
            String dimension = e.getKey();
            changes.add(new FieldChange("tags." + dimension, diff.before(dimension), diff.after(dimension)));
            path.publish(tx, new TagsChanged(id, dimension, e.getValue().get(0),
                    e.getValue().get(1), now));
        }
        path.audit(tx, TYPE, id.toString(), "customer.tags_changed", now, changes);
    }

    private static List<List<String>> pair() {
        return List.of(new ArrayList<>(), new ArrayList<>());
    }
}
