package io.crmkit.segment.service;

import io.crmkit.access.Action;
import io.crmkit.access.ProtectedResource;
import io.crmkit.access.Visibility;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.SaveSegment;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.Segment;
import io.crmkit.segment.SegmentId;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.segment.SegmentPreview;
import io.crmkit.segment.SegmentVisibility;
import io.crmkit.segment.eval.CompiledRule;
import io.crmkit.segment.eval.Explanation;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.eval.SegmentFacts;
import io.crmkit.segment.rule.ParsedRule;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleChecker;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.segment.rule.RuleVocabulary;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.Violation;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.ChangeTags;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import io.crmkit.tag.TagChangeResult;
import io.crmkit.tag.internal.TagChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments: rules over the tenant's customers, previewed, saved under a name (private or
 * shared), counted, listed page by page, and explained for one customer. Rules arrive in the
 * text form and are parsed and checked against the deployment's configuration first, so a bad
 * rule fails with a {@link io.crmkit.segment.rule.RuleException} naming line, column and what
 * was wrong, before anything runs.
 *
 * <pre>{@code
 * SegmentPreview p = session.segments().preview(
 *         "tag(industry) = \"manufacturing\" and spend(12 months) >= 100000 CNY");
 * SegmentId id = session.segments().save(new SaveSegment("Key manufacturers", "", p.rule(), SegmentVisibility.SHARED));
 * Page<CustomerId> first = session.segments().members(id, PageRequest.first(50));
 * }</pre>
 */
public final class SegmentService {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentService.class);
    private static final String SEGMENT = Segment.ENTITY_TYPE;
    private static final String CUSTOMER = Customer.ENTITY_TYPE;

    private final SessionContext ctx;
    private final ChangePath path;
    private final RuleVocabulary vocabulary;
    private final TagChanges tagChanges;
    private final RuleLimits limits = RuleLimits.defaults();

    /**
     * Creates the service for a session ({@code CrmSession.segments()} does this).
     *
     * @param ctx the session
     * @param tagChanges how tag changes are checked and applied, for tagging a segment's members
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public SegmentService(SessionContext ctx, TagChanges tagChanges) {
        this.ctx = ctx;
        this.tagChanges = tagChanges;
        this.path = new ChangePath(ctx);
        this.vocabulary = RuleVocabulary.of(ctx.configuration());
    }

    /**
     * Parses and checks a rule and binds it to now.
     *
     * @param text the rule in the text form
     * @return the rule, ready for the storage
     * @throws io.crmkit.segment.rule.RuleException listing every syntax or vocabulary problem with its position
     */
    public BoundRule bind(String text) {
        ParsedRule parsed = RuleText.parseWithPositions(text, limits);
        RuleChecker.check(parsed, vocabulary, limits);
        return bind(parsed.rule());
    }

    /**
     * Binds a saved segment's rule to now (for services that evaluate it in their own transaction).
     *
     * @param id the segment
     * @return its rule, ready for the storage
     * @throws NotFoundException if there is no such segment visible to the user
     */
    public BoundRule bind(SegmentId id) {
        return bind(get(id).rule());
    }

    private BoundRule bind(Rule rule) {
        return new BoundRule(rule, vocabulary, new EvaluationTime(ctx.clock().instant(), ctx.configuration().locale().zone()));
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
    public TagChangeResult changeTags(SegmentId segment, List<Tag> add, List<Tag> remove) {
        BoundRule rule = bind(segment);
        Visibility visibility = path.visibility(Action.VIEW);
        TagChangeResult result = ctx.storage().inTransaction(ctx.tenant(), tx -> {
            List<CustomerId> members = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            do {
                Page<CustomerId> page = tx.port(SegmentMembers.class).members(rule, visibility, new PageRequest(PageRequest.MAX_SIZE, cursor));
                members.addAll(page.items());
                cursor = page.next();
            } while (cursor.isPresent() && members.size() <= ChangeTags.MAX_CUSTOMERS);
            if (members.isEmpty()) {
                return new TagChangeResult(0, 0, 0, 0);
            }
            ChangeTags command = new ChangeTags(members, add, remove);
            List<Violation> violations = tagChanges.check(command);
            ctx.throwIfAny(violations.stream().map(v -> v.path().startsWith("customers")
                    ? Violation.of("segment", "segment.too_large", "max", ChangeTags.MAX_CUSTOMERS) : v).distinct().toList());
            return tagChanges.apply(tx, command);
        });
        LOG.debug("tags changed on {} members of segment {} in tenant {}", result.changed(), segment, ctx.tenant());
        return result;
    }

    /**
     * What a rule selects now, without saving it.
     *
     * @param text the rule in the text form
     * @return the canonical rule, the count and the first 20 members
     * @throws io.crmkit.segment.rule.RuleException if the rule is not valid
     */
    public SegmentPreview preview(String text) {
        requireView();
        BoundRule rule = bind(text);
        Visibility visibility = path.visibility(Action.VIEW);
        return ctx.storage().inTransaction(ctx.tenant(), tx -> new SegmentPreview(RuleText.print(rule.rule()),
                tx.port(SegmentMembers.class).count(rule, visibility),
                tx.port(SegmentMembers.class).members(rule, visibility, PageRequest.first(20))));
    }

    /**
     * Saves a segment owned by the acting user.
     *
     * @param command name, description, rule and visibility
     * @return its id
     * @throws io.crmkit.shared.ValidationException if the name or description is missing or too long
     * @throws io.crmkit.segment.rule.RuleException if the rule is not valid
     * @throws ConflictException if the tenant has a segment of that name
     */
    public SegmentId save(SaveSegment command) {
        path.authorise(Action.CREATE, ProtectedResource.newOf(SEGMENT));
        ctx.throwIfAny(ctx.annotationViolations(command));
        BoundRule rule = bind(command.rule());
        Instant now = ctx.now();
        Segment s = new Segment(new SegmentId(ctx.ids().next()), command.name().strip(), command.description(), rule.rule(),
                ctx.principal().user(), command.visibility(), now, now, 1);
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            tx.port(SavedSegments.class).insert(s);
            audit(tx, s, "segment.saved", Optional.empty(), Optional.of(RuleText.print(s.rule())));
            return null;
        });
        return s.id();
    }

    /**
     * Changes a saved segment (owner or administrator).
     *
     * @param id the segment
     * @param expectedVersion the version the change is based on
     * @param command the new name, description, rule and visibility
     * @return the segment as saved
     * @throws ConflictException if it changed since {@code expectedVersion}, or the name is taken
     * @throws NotFoundException if there is no such segment (or it is another user's private one)
     * @throws AccessDeniedException if the user may not change it
     */
    public Segment update(SegmentId id, long expectedVersion, SaveSegment command) {
        ctx.throwIfAny(ctx.annotationViolations(command));
        BoundRule rule = bind(command.rule());
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Segment current = loadVisible(tx, id);
            path.authorise(Action.EDIT, resource(current));
            ChangePath.checkVersion(SEGMENT, id, expectedVersion, current.version());
            Segment next = new Segment(id, command.name().strip(), command.description(), rule.rule(), current.owner(),
                    command.visibility(), current.createdAt(), ctx.now(), current.version() + 1);
            tx.port(SavedSegments.class).update(next, expectedVersion);
            audit(tx, next, "segment.changed", Optional.of(RuleText.print(current.rule())),
                    Optional.of(RuleText.print(next.rule())));
            return next;
        });
    }

    /**
     * Deletes a saved segment (owner or administrator); its customers are untouched.
     *
     * @param id the segment
     * @throws NotFoundException if there is no such segment visible to the user
     * @throws AccessDeniedException if the user may not delete it
     */
    public void delete(SegmentId id) {
        ctx.storage().inTransaction(ctx.tenant(), tx -> {
            Segment current = loadVisible(tx, id);
            path.authorise(Action.EDIT, resource(current));
            tx.port(SavedSegments.class).delete(id);
            audit(tx, current, "segment.deleted", Optional.of(RuleText.print(current.rule())), Optional.empty());
            return null;
        });
    }

    /**
     * Reads a saved segment.
     *
     * @param id the segment
     * @return it
     * @throws NotFoundException if there is no such segment visible to the user
     */
    public Segment get(SegmentId id) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> loadVisible(tx, id));
    }

    /**
     * The saved segments the user sees: its own and the shared ones (administrators see all).
     *
     * @return them, ordered by name
     */
    public List<Segment> list() {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(SavedSegments.class).all().stream().filter(this::visible).toList());
    }

    /**
     * Counts a saved segment's members now.
     *
     * @param id the segment
     * @return how many customers its rule selects
     */
    public long count(SegmentId id) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(SegmentMembers.class).count(bind(loadVisible(tx, id).rule()),
                path.visibility(Action.VIEW)));
    }

    /**
     * Lists a saved segment's members, one keyset page at a time, in id order.
     *
     * @param id the segment
     * @param page page size and the previous page's cursor
     * @return the page
     */
    public Page<CustomerId> members(SegmentId id, PageRequest page) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(SegmentMembers.class).members(bind(loadVisible(tx, id).rule()),
                path.visibility(Action.VIEW), page));
    }

    /**
     * Explains whether a saved segment's rule selects a customer, clause by clause.
     *
     * @param id the segment
     * @param customer the customer
     * @return the explanation; {@link Explanation#matched()} of the root says whether it is a member
     */
    public Explanation explain(SegmentId id, CustomerId customer) {
        requireView();
        return ctx.storage().inTransaction(ctx.tenant(), tx -> explain(tx, bind(loadVisible(tx, id).rule()), customer));
    }

    /**
     * Explains whether a rule (not saved) selects a customer, clause by clause.
     *
     * @param rule the rule in the text form
     * @param customer the customer
     * @return the explanation
     * @throws io.crmkit.segment.rule.RuleException if the rule is not valid
     */
    public Explanation explain(String rule, CustomerId customer) {
        requireView();
        BoundRule bound = bind(rule);
        return ctx.storage().inTransaction(ctx.tenant(), tx -> explain(tx, bound, customer));
    }

    private Explanation explain(StorageTransaction tx, BoundRule rule, CustomerId id) {
        Customer c = path.customer(tx, id, Action.VIEW);
        FactsLayout layout = new FactsLayout(vocabulary);
        SegmentFacts facts = layout.facts(c, tx.port(CustomerTags.class).of(id), tx.port(Purchases.class).ofCustomer(id), tx.port(Customers.class).lastContact(id));
        return CompiledRule.compile(rule, layout).explain(facts);
    }

    private Segment loadVisible(StorageTransaction tx, SegmentId id) {
        // Another user's private segment is reported missing, not forbidden: its existence is private too.
        return tx.port(SavedSegments.class).find(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException(SEGMENT, id.toString()));
    }

    private boolean visible(Segment s) {
        return s.visibility() == SegmentVisibility.SHARED || s.owner().equals(ctx.principal().user())
                || ctx.policy().holdsAdministrator(ctx.principal());
    }

    private void requireView() {
        path.authorise(Action.VIEW, ProtectedResource.newOf(CUSTOMER));
    }

    private static ProtectedResource resource(Segment s) {
        return ProtectedResource.of(SEGMENT, s.id().toString(), s.owner());
    }

    private void audit(StorageTransaction tx, Segment s, String action, Optional<String> before, Optional<String> after) {
        path.audit(tx, SEGMENT, s.id().toString(), action, ctx.now(), List.of(new FieldChange("rule", before, after)));
    }
}
