-- crmkit schema version 3 (PostgreSQL): outbox delivery. Documented in docs/schema.md.
-- Dispatchers claim due messages across all tenants with a lease, record each attempt's
-- outcome, and keep messages that exhausted their retries as DEAD for an administrator.
-- Identical for H2 and PostgreSQL.

-- A correlation key (e.g. followup:<taskId>) by which a tenant cancels its pending messages.
ALTER TABLE outbox_message ADD COLUMN reference VARCHAR(200);
-- The dispatcher holding a CLAIMED message, and until when its lease holds.
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN claimed_until TIMESTAMP(6) WITH TIME ZONE;
-- What went wrong on the last failed attempt (no personal data; at most 2,000 characters).
ALTER TABLE outbox_message ADD COLUMN last_error VARCHAR(2000);
-- When the message was DELIVERED or moved to DEAD.
ALTER TABLE outbox_message ADD COLUMN finished_at TIMESTAMP(6) WITH TIME ZONE;

-- Deliberate exception to "tenant_id leads every index": a dispatcher claims the due
-- messages of ALL tenants at once (one query, oldest available first), so the index that
-- serves it must be ordered by status and time, not by tenant. With tenant_id first, the
-- claim would have to visit every tenant's range (or sort all due rows) on every poll.
-- tenant_id and id follow only to make the order total and the scan index-only-friendly.
CREATE INDEX outbox_message_claim_idx ON outbox_message (status, available_at, tenant_id, id);
-- Same exception, for reclaiming messages whose lease expired (a dispatcher died).
CREATE INDEX outbox_message_lease_idx ON outbox_message (status, claimed_until);
-- A tenant cancelling the pending messages of one cause (a task cancelled or moved).
CREATE INDEX outbox_message_reference_idx ON outbox_message (tenant_id, reference);
-- Replaced by outbox_message_claim_idx: no query claims within one tenant, and every claim
-- and mark updates status, so an unused index on it only slows dispatching down.
DROP INDEX outbox_message_due_idx;
