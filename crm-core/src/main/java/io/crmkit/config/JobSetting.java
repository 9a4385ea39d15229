package io.crmkit.config;

import java.util.Objects;

/**
 * One scheduled job's settings in the {@code jobs} section.
 *
 * <pre>{@code
 * jobs:
 *   reclassification: {daily: "02:00"}          # the default
 *   # reclassification: {every: PT6H}
 *   # reclassification: {enabled: false}
 * }</pre>
 *
 * @param enabled whether the job runs at all
 * @param schedule when it is due, in the deployment's zone
 */
public record JobSetting(boolean enabled, JobSchedule schedule) {

    /**
     * Checks the components.
     *
     * @param enabled see {@link #enabled()}
     * @param schedule see {@link #schedule()}
     */
    public JobSetting {
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * An enabled job on a schedule.
     *
     * @param schedule when it is due
     * @return the setting
     */
    public static JobSetting on(JobSchedule schedule) {
        return new JobSetting(true, schedule);
    }

    /** {@return these settings with the job switched off, the schedule kept} */
    public JobSetting disabled() {
        return new JobSetting(false, schedule);
    }
}
