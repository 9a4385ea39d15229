package io.crmkit.config;

import java.time.LocalTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code jobs} section: each scheduled job's settings by the job's name. Every job crmkit
 * has is listed, with its default when the document does not set it; the document may set only
 * the jobs listed in {@link #DEFAULTS}.
 *
 * @param jobs the settings by job name, each name lower-case letters, digits or {@code _}
 */
public record JobSettings(Map<String, JobSetting> jobs) {
    /** The name of the job that reclassifies every customer as time passes. */
    public static final String RECLASSIFICATION = "reclassification";
    /** The form of a job's name. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** Every job crmkit has, with its default settings: reclassification daily at 02:00. */
    public static final JobSettings DEFAULTS = new JobSettings(Map.of(
            RECLASSIFICATION, JobSetting.on(JobSchedule.daily(LocalTime.of(2, 0)))));

    /**
     * Checks and copies the settings, sorted by name.
     *
     * @param jobs see {@link #jobs()}
     * @throws IllegalArgumentException if a name is not of the form {@link #NAME}
     */
    public JobSettings {
        TreeMap<String, JobSetting> sorted = new TreeMap<>();
        jobs.forEach((name, setting) -> {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a job's name is lower-case letters, digits or '_', 1-63 characters,"
                        + " not '" + name + "'");
            }
            sorted.put(name, Objects.requireNonNull(setting, "setting"));
        });
        jobs = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * One job's settings.
     *
     * @param job the job's name
     * @return its settings, or empty if the section has none for it
     */
    public Optional<JobSetting> of(String job) {
        return Optional.ofNullable(jobs.get(job));
    }

    /**
     * These settings with one job's replaced (or added).
     *
     * @param job the job's name
     * @param setting its settings
     * @return the new settings
     */
    public JobSettings with(String job, JobSetting setting) {
        TreeMap<String, JobSetting> next = new TreeMap<>(jobs);
        next.put(job, setting);
        return new JobSettings(next);
    }
}
