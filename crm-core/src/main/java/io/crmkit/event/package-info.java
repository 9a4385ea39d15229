/**
 * What every domain event of crmkit is: a {@link io.crmkit.event.DomainEvent} with an explicit
 * published {@link io.crmkit.event.EventType} (name and revision), independent of the Java
 * names of the records. Each feature declares its own events in its own package; their JSON
 * form is written in {@code io.crmkit.internal.json}, so Jackson stays out of the event types.
 */
package io.crmkit.event;
