package io.crmkit.schedule.service;

import io.crmkit.schedule.JobLimits;
import io.crmkit.shared.TenantId;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * How a {@link JobRunner} runs.
 *
 * @param owner this instance's id in the run records' leases, 1 to {@value JobLimits#MAX_OWNER_LENGTH}
 *        characters; distinct per host instance (the default is random)
 * @param lease how long a claim holds without a page being recorded; longer than any one page
 *        takes (default 5 minutes)
 * @param pageSize the items per page and transaction, 1 to 1,000 (default 200)
 * @param pollInterval how long the built-in loop waits between rounds (default 1 minute)
 * @param tenants which tenants this instance runs jobs for (default: every tenant); a host that
 *        splits tenants between instances, or a test working in its own tenants, narrows it
 */
public record JobOptions(String owner, Duration lease, int pageSize, Duration pollInterval, Predicate<TenantId> tenants) {

    /**
     * Checks the components.
     *
     * @param owner see {@link #owner()}
     * @param lease see {@link #lease()}
     * @param pageSize see {@link #pageSize()}
     * @param pollInterval see {@link #pollInterval()}
     * @param tenants see {@link #tenants()}
     * @throws IllegalArgumentException if a value is out of range
     */
    public JobOptions {
        JobLimits.checkOwner(owner);
        if (Objects.requireNonNull(lease, "lease").isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a lease is positive");
        }
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("a page is 1 to 1000 items");
        }
        if (Objects.requireNonNull(pollInterval, "pollInterval").isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("a poll interval is positive");
        }
        Objects.requireNonNull(tenants, "tenants");
    }

    /** {@return the defaults, with a random owner id} */
    public static JobOptions defaults() {
        return new JobOptions("crmkit-" + UUID.randomUUID(), Duration.ofMinutes(5), 200, Duration.ofMinutes(1), t -> true);
    }

    /**
     * These options with another owner id.
     *
     * @param value the id, e.g. the host instance's name
     * @return the options
     */
    public JobOptions withOwner(String value) {
        return new JobOptions(value, lease, pageSize, pollInterval, tenants);
    }

    /**
     * These options with another lease.
     *
     * @param value the lease
     * @return the options
     */
    public JobOptions withLease(Duration value) {
        return new JobOptions(owner, value, pageSize, pollInterval, tenants);
    }

    /**
     * These options with another page size.
     *
     * @param value the page size
     * @return the options
     */
    public JobOptions withPageSize(int value) {
        return new JobOptions(owner, lease, value, pollInterval, tenants);
    }

    /**
     * These options with another poll interval.
     *
     * @param value the interval
     * @return the options
     */
    public JobOptions withPollInterval(Duration value) {
        return new JobOptions(owner, lease, pageSize, value, tenants);
    }

    /**
     * These options for some tenants only.
     *
     * @param value which tenants
     * @return the options
     */
    public JobOptions withTenants(Predicate<TenantId> value) {
        return new JobOptions(owner, lease, pageSize, pollInterval, value);
    }
}
