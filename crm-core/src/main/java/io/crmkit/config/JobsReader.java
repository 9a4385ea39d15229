package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code jobs} section: per job, {@code enabled} and one of {@code daily} (a time
 * {@code HH:mm}) or {@code every} (an ISO-8601 duration dividing a day). A job the document
 * leaves out, or a key of a job it leaves out, keeps {@link JobSettings#DEFAULTS}.
 */
final class JobsReader {
    /** Two digits, a colon, two digits: a YAML {@code 2:00} would be read as the number 120, so no single digit. */
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private final ConfigNodes nodes;

    JobsReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    JobSettings read(JsonNode node) {
        if (!nodes.objectOrMissing(node, "jobs")) {
            return JobSettings.DEFAULTS;
        }
        JobSettings settings = JobSettings.DEFAULTS;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String path = "jobs." + (name.isBlank() ? "'" + name + "'" : name);
            Optional<JobSetting> known = JobSettings.DEFAULTS.of(name);
            if (known.isEmpty()) {
                nodes.problem(path, "is not a known job (known: " + String.join(", ", JobSettings.DEFAULTS.jobs().keySet())
                        + ")");
                continue;
            }
            settings = settings.with(name, job(node.get(name), path, known.get()));
        }
        return settings;
    }

    private JobSetting job(JsonNode node, String path, JobSetting defaults) {
        if (!nodes.objectOrMissing(node, path)) {
            return defaults;
        }
        nodes.allowKeys(node, path, "enabled", "daily", "every");
        boolean enabled = absent(node, "enabled") ? defaults.enabled() : nodes.bool(node, "enabled", path + ".enabled");
        boolean daily = !absent(node, "daily");
        boolean every = !absent(node, "every");
        if (daily && every) {
            nodes.problem(path, "has both daily and every; give one");
            return new JobSetting(enabled, defaults.schedule());
        }
        JobSchedule schedule = defaults.schedule();
        if (daily) {
            schedule = daily(node, path + ".daily", schedule);
        } else if (every) {
            schedule = every(node, path + ".every", schedule);
        }
        return new JobSetting(enabled, schedule);
    }

    private static boolean absent(JsonNode node, String key) {
        return node.path(key).isMissingNode() || node.path(key).isNull();
    }

    private JobSchedule daily(JsonNode node, String path, JobSchedule fallback) {
        JsonNode value = node.path("daily");
        String text = nodes.text(node, "daily", path).orElse(null);
        if (text == null) {
            return fallback;
        }
        if (!value.isTextual() || !TIME.matcher(text).matches()) {
            nodes.problem(path, "'" + text + "' is not a time of day HH:mm from 00:00 to 23:59 (in YAML, quote it: \"02:00\")");
            return fallback;
        }
        return JobSchedule.daily(LocalTime.parse(text));
    }

    private JobSchedule every(JsonNode node, String path, JobSchedule fallback) {
        String text = nodes.text(node, "every", path).orElse(null);
        if (text == null) {
            return fallback;
        }
        Duration interval;
        try {
            interval = Duration.parse(text);
        } catch (DateTimeParseException e) {
            nodes.problem(path, "'" + text + "' is not an ISO-8601 duration such as PT15M or PT6H");
            return fallback;
        }
        if (!JobSchedule.Every.dividesADay(interval)) {
            nodes.problem(path, "'" + text + "' must be whole minutes from PT1M to PT24H that divide a day evenly"
                    + " (PT15M, PT1H, PT6H, ...)");
            return fallback;
        }
        return JobSchedule.every(interval);
    }
}
