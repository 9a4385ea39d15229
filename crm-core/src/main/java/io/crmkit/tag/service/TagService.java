package io.crmkit.tag.service;

import io.crmkit.access.Action;
import io.crmkit.access.ProtectedResource;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Violation;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagChangeResult;
import io.crmkit.tag.TagCount;
import io.crmkit.tag.TagsChanged;
import io.crmkit.tag.internal.TagChanges;
import java.util.List;
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
    private final TagChanges changes;

    /**
     * Creates the service for a session ({@code CrmSession.tags()} does this).
     *
     * @param ctx the session
     * @param changes how tag changes are checked and applied, shared with the segment service
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public TagService(SessionContext ctx, TagChanges changes) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.changes = changes;
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
            path.customer(tx, customer, Action.VIEW);
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
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(CustomerTags.class).count(dimension, path.visibility(Action.VIEW)));
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
        ctx.throwIfAny(changes.check(command));
        TagChangeResult result = ctx.storage().inTransaction(ctx.tenant(), tx -> changes.apply(tx, command));
        LOG.debug("tags changed on {} of {} customers in tenant {}", result.changed(), result.customers(), ctx.tenant());
        return result;
    }

}
