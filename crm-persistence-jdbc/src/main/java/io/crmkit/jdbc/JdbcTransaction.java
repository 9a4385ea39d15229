package io.crmkit.jdbc;

import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customers;
import io.crmkit.followup.FollowUps;
import io.crmkit.interaction.Interactions;
import io.crmkit.outbox.Outbox;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.shared.TenantId;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.CustomerTags;
import java.sql.Connection;

/**
 * The repositories of one unit of work, on one connection, bound to one tenant. Writes whose
 * results nothing reads wait in {@link PendingWrites} and are sent together; anything else that
 * uses the connection sends them first.
 */
final class JdbcTransaction implements StorageTransaction {
    private final TenantId tenant;
    private final Connection connection;
    private final Dialect dialect;
    private final PendingWrites pending = new PendingWrites();
    private boolean ended;
    private JdbcCustomers customers;
    private JdbcCustomerTags tags;
    private JdbcPurchases purchases;
    private JdbcSegmentMembers segments;
    private JdbcSavedSegments savedSegments;
    private JdbcFollowUps followUps;
    private JdbcInteractions interactions;
    private JdbcInteractionPlans interactionPlans;
    private JdbcAuditTrail audit;
    private JdbcOutbox outbox;

    JdbcTransaction(TenantId tenant, Connection connection, Dialect dialect) {
        this.tenant = tenant;
        this.connection = connection;
        this.dialect = dialect;
    }

    void end() {
        ended = true;
    }

    /**
     * The connection, for statements whose results are read: pending writes are sent first,
     * so the statement sees them.
     */
    Connection connection() {
        requireOpen();
        sendPending();
        return connection;
    }

    /**
     * Queues a write to be sent with the others ({@link PendingWrites}): before the connection
     * is next used, when enough have gathered, or when the work ends.
     */
    void write(PendingWrite write) {
        requireOpen();
        if (pending.ambiguousWith(write)) {
            sendPending();
        }
        pending.add(write);
        if (pending.statements() >= PendingWrites.MOST_STATEMENTS) {
            sendPending();
        }
    }

    /** Sends the pending writes; the storage calls this when the work returns, before committing. */
    void sendPending() {
        pending.send(connection, dialect);
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("the transaction has ended; repositories are valid only inside the work");
        }
    }

    Dialect dialect() {
        return dialect;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public Customers customers() {
        if (customers == null) {
            customers = new JdbcCustomers(this);
        }
        return customers;
    }

    @Override
    public CustomerTags tags() {
        if (tags == null) {
            tags = new JdbcCustomerTags(this);
        }
        return tags;
    }

    @Override
    public Purchases purchases() {
        if (purchases == null) {
            purchases = new JdbcPurchases(this);
        }
        return purchases;
    }

    @Override
    public FollowUps followUps() {
        if (followUps == null) {
            followUps = new JdbcFollowUps(this);
        }
        return followUps;
    }

    @Override
    public SegmentMembers segments() {
        if (segments == null) {
            segments = new JdbcSegmentMembers(this);
        }
        return segments;
    }

    @Override
    public SavedSegments savedSegments() {
        if (savedSegments == null) {
            savedSegments = new JdbcSavedSegments(this);
        }
        return savedSegments;
    }

    @Override
    public Interactions interactions() {
        if (interactions == null) {
            interactions = new JdbcInteractions(this);
        }
        return interactions;
    }

    @Override
    public InteractionPlans interactionPlans() {
        if (interactionPlans == null) {
            interactionPlans = new JdbcInteractionPlans(this);
        }
        return interactionPlans;
    }

    @Override
    public AuditTrail auditTrail() {
        if (audit == null) {
            audit = new JdbcAuditTrail(this);
        }
        return audit;
    }

    @Override
    public Outbox outbox() {
        if (outbox == null) {
            outbox = new JdbcOutbox(this);
        }
        return outbox;
    }
}
