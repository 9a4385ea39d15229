/**
 * The JSON form of domain events: {@link io.crmkit.internal.json.EventMessages} writes any {@link io.crmkit.event.DomainEvent} as an outbox message (the published form is in docs/events.md). Jackson is kept here, out of the event types.
 *
 * <p>Internal to crmkit: not exported from the module, and not for hosts to use on the class
 * path either; it may change in any release.
 */
package io.crmkit.internal.json;
