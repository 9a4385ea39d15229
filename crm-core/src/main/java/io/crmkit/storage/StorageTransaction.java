package io.crmkit.storage;

import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.Customers;
import io.crmkit.followup.FollowUps;
import io.crmkit.interaction.Interactions;
import io.crmkit.outbox.Outbox;
import io.crmkit.plan.InteractionPlans;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.SavedSegments;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.shared.TenantId;
import io.crmkit.tag.CustomerTags;

/** The repositories of one transaction, all bound to its tenant. Valid only while the work runs. */
public interface StorageTransaction {

    /** {@return the tenant this transaction is scoped to} */
    TenantId tenant();

    /** {@return the customers repository} */
    Customers customers();

    /** {@return the customers' tags} */
    CustomerTags tags();

    /** {@return the purchases recorded against customers} */
    Purchases purchases();

    /** {@return the follow-up tasks} */
    FollowUps followUps();

    /** {@return rule evaluation over the tenant's customers} */
    SegmentMembers segments();

    /** {@return the saved segments} */
    SavedSegments savedSegments();

    /** {@return the interactions logged with customers} */
    Interactions interactions();

    /** {@return the interaction plans and their per-member results} */
    InteractionPlans interactionPlans();

    /** {@return the audit trail} */
    AuditTrail auditTrail();

    /** {@return the outbox} */
    Outbox outbox();
}
