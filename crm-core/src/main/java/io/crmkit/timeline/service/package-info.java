/**
 * The customer timeline service: merges the entries every {@link io.crmkit.timeline.service.TimelineSource}
 * gives into one newest-first, keyset-paged stream.
 */
package io.crmkit.timeline.service;
