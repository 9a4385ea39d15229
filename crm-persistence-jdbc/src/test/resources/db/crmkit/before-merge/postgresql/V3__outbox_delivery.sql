-- crmkit schema version 3 (PostgreSQL): outbox delivery. Documented in docs/schema.md.
-- Dispatchers claim due messages across all tenants with a lease, record each attempt's
-- outcome, and keep messages that exhausted their retries as DEAD for an administrator.
-- The same for H2 and PostgreSQL but for the fill factor (PostgreSQL only, at the end).

-- A correlation key (e.g. followup:<taskId>) by which a tenant cancels its pending messages.
ALTER TABLE outbox_message ADD COLUMN reference VARCHAR(200);
-- The dispatcher holding a claimed message, and until when its lease holds. A claimed
-- message keeps status 'PENDING' (crmkit reports it as CLAIMED): claiming then changes no
-- indexed column, and due messages and expired leases are one range of the claim index.
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN claimed_until TIMESTAMP(6) WITH TIME ZONE;
-- What went wrong on the last failed attempt: the exception's class and message, cut to 2,000
-- characters (it may hold what the host's sender put in its message).
ALTER TABLE outbox_message ADD COLUMN last_error VARCHAR(2000);
-- When the message was DELIVERED or moved to DEAD.
ALTER TABLE outbox_message ADD COLUMN finished_at TIMESTAMP(6) WITH TIME ZONE;

-- Deliberate exception to "tenant_id leads every index": a dispatcher claims the due
-- messages of ALL tenants at once (one query, oldest available first), so the index that
-- serves it must be ordered by status and time, not by tenant. With tenant_id first, the
-- claim would have to visit every tenant's range (or sort all due rows) on every poll.
-- The same range holds claims whose lease expired (a dispatcher died): they are reclaimed in
-- due order. tenant_id and id follow to make the order total.
CREATE INDEX outbox_message_claim_idx ON outbox_message (status, available_at, tenant_id, id);
-- A tenant cancelling the pending messages of one cause (a task cancelled or moved).
CREATE INDEX outbox_message_reference_idx ON outbox_message (tenant_id, reference);
-- Replaced by outbox_message_claim_idx: no query claims within one tenant, and every mark
-- changes status, so an unused index on it only slows dispatching down.
DROP INDEX outbox_message_due_idx;

-- PostgreSQL: leave a fifth of each page free, so that a claim (which changes no indexed
-- column) is a HOT update, in place on the same page without new index entries, instead of a
-- new row version in every index. Applies to pages written from now on.
ALTER TABLE outbox_message SET (fillfactor = 80);
