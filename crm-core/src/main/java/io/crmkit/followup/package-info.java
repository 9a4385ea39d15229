/**
 * Follow-up tasks: the model ({@link io.crmkit.followup.FollowUp} and its result), the commands,
 * the query, the events and the {@link io.crmkit.followup.FollowUps} storage port.
 */
package io.crmkit.followup;
