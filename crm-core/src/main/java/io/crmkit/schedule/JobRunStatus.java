package io.crmkit.schedule;

/** Where a run of a scheduled job stands. */
public enum JobRunStatus {
    /** Claimed by an instance, whose lease may have ended (then another takes it over and resumes it). */
    RUNNING,
    /** Every page done; the due time never runs again. */
    FINISHED,
    /** Stopped by an error it could not step over; the due time never runs again, the next one does. */
    FAILED
}
