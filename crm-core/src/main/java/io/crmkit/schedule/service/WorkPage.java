package io.crmkit.schedule.service;

import io.crmkit.schedule.JobLimits;
import java.util.Objects;
import java.util.Optional;

/**
 * What one page of a job's work did.
 *
 * @param processed how many items were done
 * @param next the cursor after the page's last item if more items follow; empty if the work is done
 */
public record WorkPage(int processed, Optional<String> next) {

    /**
     * Checks the components.
     *
     * @param processed see {@link #processed()}
     * @param next see {@link #next()}
     * @throws IllegalArgumentException if the count is negative or the cursor empty or longer than
     *         {@value JobLimits#MAX_CURSOR_LENGTH}
     */
    public WorkPage {
        if (processed < 0) {
            throw new IllegalArgumentException("a page's count is not negative");
        }
        Objects.requireNonNull(next, "next").ifPresent(JobLimits::checkCursor);
    }
}
