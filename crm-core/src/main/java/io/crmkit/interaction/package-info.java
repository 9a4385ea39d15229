/**
 * The interaction log: calls, e-mails, meetings and visits with a customer, their participants
 * and summary, and the {@link io.crmkit.interaction.Interactions} storage port.
 */
package io.crmkit.interaction;
