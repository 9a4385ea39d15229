package io.crmkit.schedule;

import io.crmkit.config.JobSettings;
import io.crmkit.shared.TextRules;
import java.util.Objects;
import java.util.regex.Pattern;

/** The sizes the runs of scheduled jobs are stored with, and the checks every adapter applies the same way. */
public final class JobLimits {
    /** The form of a job's name: lower-case letters, digits or {@code _}, 1 to 63 characters (as the {@code jobs} section's keys). */
    public static final Pattern NAME = JobSettings.NAME;
    /** The longest owner (instance) id. */
    public static final int MAX_OWNER_LENGTH = 100;
    /** The longest resume cursor a job may hand back. */
    public static final int MAX_CURSOR_LENGTH = 1000;
    /** The longest error text kept; longer text is cut by {@link #errorText(String)}. */
    public static final int MAX_ERROR_LENGTH = 2000;

    private JobLimits() {
    }

    /**
     * Checks a job's name.
     *
     * @param job the name
     * @return the name
     * @throws IllegalArgumentException if it is not of the form {@link #NAME}
     */
    public static String checkName(String job) {
        Objects.requireNonNull(job, "job");
        if (!NAME.matcher(job).matches()) {
            throw new IllegalArgumentException("a job's name is lower-case letters, digits or '_', 1-63 characters,"
                    + " not '" + job + "'");
        }
        return job;
    }

    /**
     * Checks an owner id.
     *
     * @param owner the id of the instance that holds a run
     * @return the id
     * @throws IllegalArgumentException if it is blank or longer than {@value #MAX_OWNER_LENGTH}
     */
    public static String checkOwner(String owner) {
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank() || owner.length() > MAX_OWNER_LENGTH) {
            throw new IllegalArgumentException("an owner id is 1-" + MAX_OWNER_LENGTH + " characters, not blank");
        }
        return owner;
    }

    /**
     * Checks a resume cursor.
     *
     * @param cursor the cursor a job handed back
     * @return the cursor
     * @throws IllegalArgumentException if it is empty or longer than {@value #MAX_CURSOR_LENGTH}
     */
    public static String checkCursor(String cursor) {
        Objects.requireNonNull(cursor, "cursor");
        if (cursor.isEmpty() || cursor.length() > MAX_CURSOR_LENGTH) {
            throw new IllegalArgumentException("a job's cursor is 1-" + MAX_CURSOR_LENGTH + " characters but had "
                    + cursor.length());
        }
        return cursor;
    }

    /**
     * An error text as stored: NUL characters (which PostgreSQL text cannot hold) replaced by
     * U+FFFD, and cut to {@value #MAX_ERROR_LENGTH} characters without splitting a surrogate pair.
     *
     * @param error the text
     * @return the text to store
     */
    public static String errorText(String error) {
        return TextRules.clipped(Objects.requireNonNull(error, "error"), MAX_ERROR_LENGTH);
    }
}
