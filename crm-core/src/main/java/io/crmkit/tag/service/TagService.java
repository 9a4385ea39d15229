package io.crmkit.tag.service;

import io.crmkit.access.Action;
import io.crmkit.access.ProtectedResource;
import io.crmkit.audit.FieldChange;
import io.crmkit.config.TagDimensionDefinition;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.SegmentId;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.segment.service.SegmentService;
import io.crmkit.session.ChangePath;
import io.crmkit.session.CustomerChangeHook;
import io.crmkit.session.SessionContext;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagChangeResult;
import io.crmkit.tag.TagCount;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags customers with values of the deployment's tag dimensions. Every change is checked against
 * the configuration, needs the right to edit each customer (owner or administrator), and is
 * audited per customer ({@code tags.<dimension>} before and after) with a
 * {@link TagsChanged} event, in the same transaction.
 *
 * <pre>{@code
 * session.tags().change(ChangeTags.add(id, Tag.of("industry", "manufacturing"), Tag.of("level", "A")));
 * List<Tag> tags = session.tags().of(id);
 * }</pre>
 */
public final class TagService {
    private static final Logger LOG = LoggerFactory.getLogger(TagService.class);
    private static final String TYPE = Customer.ENTITY_TYPE;
    private static final int READ_BATCH = 1000;

    private final SessionContext ctx;
    private final ChangePath path;
    private final SegmentService segments;
    private final CustomerChangeHook afterChange;

    /**
     * Creates the service for a session ({@code CrmSession.tags()} does this).
     *
     * @param ctx the session
     * @param segments the session's segment service, for tagging a segment's members
     * @param afterChange what other features do after a customer's tags change (classification reclassifies: urgency may follow intent)
     */
    public TagService(SessionContext ctx, SegmentService segments, CustomerChangeHook afterChange) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.segments = segments;
        this.afterChange = afterChange;
    }

    /**
     * A customer's tags.
     *
     * @param customer the customer
     * @return its tags, ordered by dimension then value
     * @throws NotFoundException if the tenant has no such customer
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     */
    public List<Tag> of(CustomerId customer) {
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Customer c = path.customer(tx, customer, Action.VIEW);
            return tx.port(CustomerTags.class).of(customer);
        });
    }

    /**
     * Counts customers per value of a dimension.
     *
     * @param dimension the dimension's key
     * @return one count per value carried by at least one customer, ordered by value
     * @throws io.crmkit.shared.ValidationException if the dimension is not configured
     */
    public List<TagCount> count(String dimension) {
        path.authorise(Action.VIEW, ProtectedResource.newOf(TYPE));
        if (ctx.configuration().tagDimension(dimension).isEmpty()) {
            ctx.throwIfAny(List.of(Violation.of("dimension", "tag.dimension.unknown", "dimension", dimension)));
        }
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(CustomerTags.class).count(dimension));
    }

    /**
     * Adds and removes tags on one or many customers in one transaction.
     *
     * @param command the customers and the tags
     * @return how many customers and tags changed
     * @throws io.crmkit.shared.ValidationException listing every unknown dimension, value not
     *     allowed, two values for one single-valued dimension, repeated customer, or tag both
     *     added and removed
     * @throws NotFoundException if a customer does not exist (nothing is changed)
     * @throws io.crmkit.shared.AccessDeniedException if the user may not edit a customer
     *     (nothing is changed)
     */
    public TagChangeResult change(ChangeTags command) {
        List<Violation> violations = ctx.annotationViolations(command);
        if (violations.isEmpty()) {
            checkTags(command, violations);
        }
        ctx.throwIfAny(violations);
        TagChangeResult result = ctx.storage().inTransaction(ctx.tenant(), tx -> apply(tx, command));
        LOG.debug("tags changed on {} of {} customers in tenant {}", result.changed(), result.customers(), ctx.tenant());
        return result;
    }

    /**
     * Adds and removes tags on every current member of a saved segment, in one transaction
     * (the members are evaluated in that transaction).
     *
     * @param segment the segment
     * @param add the tags to add
     * @param remove the tags to remove
     * @return how many customers and tags changed
     * @throws io.crmkit.shared.ValidationException if a tag is not valid, or the segment has more
     *     than {@value ChangeTags#MAX_CUSTOMERS} members (narrow it, or tag in parts by id)
     * @throws io.crmkit.shared.AccessDeniedException if the user may not edit one of the members
     */
    public TagChangeResult changeSegment(SegmentId segment, List<Tag> add, List<Tag> remove) {
        BoundRule rule = segments.bind(segment);
        TagChangeResult result = ctx.storage().inTransaction(ctx.tenant(), tx -> {
            List<CustomerId> members = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                Page<CustomerId> page = tx.port(SegmentMembers.class).members(rule, new PageRequest(PageRequest.MAX_SIZE, cursor));
                members.addAll(page.items());
                cursor = page.next();
            } while (cursor.isPresent() && members.size() <= ChangeTags.MAX_CUSTOMERS);
            if (members.isEmpty()) {
                return new TagChangeResult(0, 0, 0, 0);
            }
            ChangeTags command = new ChangeTags(members, add, remove);
            List<Violation> violations = ctx.annotationViolations(command);
            if (violations.isEmpty()) {
                checkTags(command, violations);
            }
            ctx.throwIfAny(violations.stream().map(v -> v.path().startsWith("customers")
                    ? Violation.of("segment", "segment.too_large", "max", ChangeTags.MAX_CUSTOMERS) : v).distinct().toList());
            return apply(tx, command);
        });
        LOG.debug("tags changed on {} members of segment {} in tenant {}", result.changed(), segment, ctx.tenant());
        return result;
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

    private TagChangeResult apply(StorageTransaction tx, ChangeTags command) {
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
                path.authorise(Action.EDIT, ChangePath.resource(c));
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
