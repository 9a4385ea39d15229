package io.crmkit.timeline.service;

import io.crmkit.access.Action;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.internal.session.ChangePath;
import io.crmkit.internal.session.SessionContext;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.timeline.TimelineEntry;
import io.crmkit.timeline.TimelinePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A customer's timeline: one newest-first stream merging what every {@link TimelineSource}
 * gives (interactions, lifecycle changes, the other audited changes; later features add their
 * own sources). Obtain it from {@code CrmSession.timeline()}.
 *
 * <pre>{@code
 * Page<TimelineEntry> page = session.timeline().of(customerId, PageRequest.first(20));
 * Page<TimelineEntry> next = session.timeline().of(customerId, PageRequest.after(20, page.next().orElseThrow()));
 * }</pre>
 *
 * <p>Paging is by keyset on (time, id): entries with equal times keep one order, and a page
 * read later continues exactly after the last entry seen, whatever was added since in front.
 * Each page asks every source for at most {@code size + 1} entries after the cursor and merges
 * them k-way.
 */
public final class TimelineService {
    private static final String CUSTOMER = Customer.ENTITY_TYPE;
    private static final String AFTER = "page.after";
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::position,
            TimelinePosition.NEWEST_FIRST);

    private final SessionContext ctx;
    private final ChangePath path;
    private final List<TimelineSource> sources;

    /**
     * Creates the service for a session ({@code CrmSession.timeline()} does this).
     *
     * @param ctx the session
     * @param sources the sources merged, in no particular order
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public TimelineService(SessionContext ctx, List<TimelineSource> sources) {
        this.ctx = ctx;
        this.path = new ChangePath(ctx);
        this.sources = List.copyOf(sources);
    }

    /**
     * One page of a customer's timeline, newest first.
     *
     * @param customer the customer
     * @param page page size (at most {@code PageRequest.MAX_SIZE - 1} are returned) and the previous page's cursor
     * @return the page
     * @throws NotFoundException if the tenant has no such customer
     * @throws io.crmkit.shared.AccessDeniedException if the user may not view it
     * @throws io.crmkit.shared.ValidationException if the cursor is not one this listing made
     */
    public Page<TimelineEntry> of(CustomerId customer, PageRequest page) {
        Optional<TimelinePosition> after = page.after().map(token -> TimelinePosition.decode(token, AFTER));
        // One more than the page tells whether another follows; that one must fit a source's page.
        int size = Math.min(page.size(), PageRequest.MAX_SIZE - 1);
        return ctx.storage().inTransaction(ctx.tenant(), tx -> {
            path.customer(tx, customer, Action.VIEW);
            List<List<TimelineEntry>> runs = new ArrayList<>(sources.size());
            for (TimelineSource source : sources) {
                runs.add(source.entries(tx, customer, after, size + 1));
            }
            return Page.ofLookahead(merge(runs, size + 1), size, e -> e.position().encode());
        });
    }

    /** K-way merge of newest-first runs, keeping at most {@code limit} entries. */
    static List<TimelineEntry> merge(List<List<TimelineEntry>> runs, int limit) {
        // Each head is {run, index}; the queue yields the newest head first.
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> ORDER.compare(runs.get(a[0]).get(a[1]),
                runs.get(b[0]).get(b[1])));
        for (int r = 0; r < runs.size(); r++) {
            if (!runs.get(r).isEmpty()) {
                heads.add(new int[] {r, 0});
            }
        }
        List<TimelineEntry> out = new ArrayList<>(limit);
        while (!heads.isEmpty() && out.size() < limit) {
            int[] head = heads.poll();
            List<TimelineEntry> run = runs.get(head[0]);
            out.add(run.get(head[1]));
            if (head[1] + 1 < run.size()) {
                heads.add(new int[] {head[0], head[1] + 1});
            }
        }
        return out;
    }
}
