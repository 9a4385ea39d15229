package io.crmkit.timeline.service;

import io.crmkit.customer.CustomerId;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.timeline.TimelineEntry;
import io.crmkit.timeline.TimelinePosition;
import java.util.List;
import java.util.Optional;

/**
 * What a feature implements to put its items on the customer timeline. The timeline asks each
 * source for its next entries and merges them; adding a feature means adding a source to the
 * list {@code CrmSession} builds the {@link TimelineService} with, nothing else.
 *
 * <p>A source reads through the transaction it is given (the timeline's, which has already
 * checked that the user may view the customer) and never writes.
 */
@FunctionalInterface
public interface TimelineSource {

    /**
     * The customer's entries strictly after a position in newest-first order (time descending,
     * then id descending as in {@link TimelinePosition#NEWEST_FIRST}).
     *
     * @param tx the transaction to read through
     * @param customer the customer
     * @param after the position to continue after, or empty for the newest entries
     * @param limit how many entries at most
     * @return at most {@code limit} entries, newest first; fewer only if there are no more
     */
    List<TimelineEntry> entries(StorageTransaction tx, CustomerId customer, Optional<TimelinePosition> after, int limit);
}
