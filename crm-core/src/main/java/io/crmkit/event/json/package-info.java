/**
 * The JSON form of domain events: {@link io.crmkit.event.json.EventMessages} writes any
 * {@link io.crmkit.event.DomainEvent} as an outbox message. Jackson is kept here, out of the
 * event types.
 */
package io.crmkit.event.json;
