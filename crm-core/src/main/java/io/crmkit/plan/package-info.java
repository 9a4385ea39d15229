/**
 * Interaction plans: content sent over a channel to a saved segment's members from a start
 * time, as a notification to each member's owner or a follow-up task per member; the per-member
 * results that make a run resumable; and the {@link io.crmkit.plan.InteractionPlans} storage port.
 */
package io.crmkit.plan;
