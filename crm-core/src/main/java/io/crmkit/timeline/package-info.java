/**
 * The customer timeline's model: {@link io.crmkit.timeline.TimelineEntry}, one item of any
 * feature, and {@link io.crmkit.timeline.TimelinePosition}, the keyset position every source
 * pages by.
 */
package io.crmkit.timeline;
