package io.crmkit.outbox.service;

import io.crmkit.internal.session.SessionContext;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxEntry;
import io.crmkit.outbox.OutboxStatus;
import io.crmkit.shared.AccessDeniedException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session tenant's outbox, for administrators: dead letters (messages that failed on
 * every allowed attempt) and the other delivery states, and retrying a dead letter. Every
 * method requires a principal holding an administrator role.
 */
public final class OutboxAdminService {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxAdminService.class);
    private final SessionContext ctx;

    /**
     * Creates the service.
     *
     * @param ctx the session
     */
    @SuppressWarnings("exports") // built by CrmSession from crmkit's internals; a host gets the service from the session
    public OutboxAdminService(SessionContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /**
     * The tenant's dead letters, oldest first.
     *
     * @param page which page
     * @return the page, each entry with its attempts and last error
     * @throws AccessDeniedException if the user is not an administrator
     * @throws io.crmkit.shared.ValidationException if the page's cursor is invalid
     */
    public Page<OutboxEntry> deadLetters(PageRequest page) {
        return list(OutboxStatus.DEAD, page);
    }

    /**
     * The tenant's messages in one delivery state, oldest first.
     *
     * @param status the state
     * @param page which page
     * @return the page
     * @throws AccessDeniedException if the user is not an administrator
     * @throws io.crmkit.shared.ValidationException if the page's cursor is invalid
     */
    public Page<OutboxEntry> list(OutboxStatus status, PageRequest page) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
        requireAdministrator("list the outbox");
        return ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(Outbox.class).list(status, page));
    }

    /**
     * Gives a dead letter another round of attempts, due now.
     *
     * @param id the message's id
     * @throws AccessDeniedException if the user is not an administrator
     * @throws NotFoundException if the tenant has no dead letter with that id
     */
    public void retry(UUID id) {
        Objects.requireNonNull(id, "id");
        requireAdministrator("retry outbox message " + id);
        boolean retried = ctx.storage().inTransaction(ctx.tenant(), tx -> tx.port(Outbox.class).retry(id, ctx.now()));
        if (!retried) {
            throw new NotFoundException("dead letter", id.toString());
        }
        LOG.info("dead letter {} retried by an administrator", id);
    }

    private void requireAdministrator(String operation) {
        ctx.policy().requireAdministrator(ctx.principal(), operation, "only an administrator may manage the outbox");
    }
}
