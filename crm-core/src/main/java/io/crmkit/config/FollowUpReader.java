package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.notify.Channel;
import io.crmkit.shared.ValidationException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code followUp:} section: methods, priorities, default reminders, the due notice
 * and the escalation. Durations are ISO-8601 ({@code P1D}, {@code PT1H}); every problem is
 * reported with its path.
 */
final class FollowUpReader {
    private static final String SECTION = "followUp";

    private final ConfigNodes nodes;

    FollowUpReader(ConfigNodes nodes) {
        this.nodes = nodes;
    }

    FollowUpSettings read(JsonNode node) {
        FollowUpSettings d = FollowUpSettings.defaults();
        if (!nodes.objectOrMissing(node, SECTION)) {
            return d;
        }
        nodes.allowKeys(node, SECTION, "methods", "priorities", "defaultPriority", "reminders", "dueNotice", "escalation");
        List<String> methods = nonEmptyKeys(node, "methods", d.methods());
        List<String> priorities = nonEmptyKeys(node, "priorities", d.priorities());
        String fallback = priorities.contains(d.defaultPriority()) ? d.defaultPriority() : priorities.get(0);
        String defaultPriority = nodes.text(node, "defaultPriority", SECTION + ".defaultPriority").orElse(fallback);
        if (!priorities.contains(defaultPriority)) {
            nodes.problem(SECTION + ".defaultPriority", "'" + defaultPriority + "' is not one of the priorities " + priorities);
            defaultPriority = fallback;
        }
        List<ReminderRule> reminders = node.has("reminders") ? reminders(node.get("reminders")) : d.reminders();
        List<Channel> due = d.dueNotice();
        if (node.has("dueNotice")) {
            JsonNode n = node.get("dueNotice");
            String path = SECTION + ".dueNotice";
            if (n.isNull()) {
                due = List.of();
            } else if (nodes.objectOrMissing(n, path)) {
                nodes.allowKeys(n, path, "channels");
                due = channels(n.path("channels"), path + ".channels");
            }
        }
        Optional<EscalationRule> escalation = d.escalation();
        if (node.has("escalation")) {
            escalation = escalation(node.get("escalation"));
        }
        return new FollowUpSettings(methods, priorities, defaultPriority, reminders, due, escalation);
    }

    private List<String> nonEmptyKeys(JsonNode node, String key, List<String> defaults) {
        if (!node.has(key)) {
            return defaults;
        }
        String path = SECTION + "." + key;
        List<String> values = nodes.keyList(node.get(key), path);
        if (values.isEmpty()) {
            nodes.problem(path, "must list at least one value");
            return defaults;
        }
        return values;
    }

    private List<ReminderRule> reminders(JsonNode node) {
        String path = SECTION + ".reminders";
        List<ReminderRule> out = new ArrayList<>();
        if (node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            nodes.problem(path, "must be a list of {before, channels}");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                nodes.problem(at, "must be an object of before, channels");
                continue;
            }
            nodes.allowKeys(r, at, "before", "channels");
            Optional<Duration> before = duration(r, "before", at + ".before");
            List<Channel> channels = channels(r.path("channels"), at + ".channels");
            if (before.isPresent() && !channels.isEmpty()) {
                ReminderRule rule = new ReminderRule(before.get(), channels);
                if (out.stream().anyMatch(o -> o.before().equals(rule.before()))) {
                    nodes.problem(at + ".before", "'" + rule.before() + "' is listed twice");
                } else {
                    out.add(rule);
                }
            }
        }
        return out;
    }

    private Optional<EscalationRule> escalation(JsonNode node) {
        String path = SECTION + ".escalation";
        if (node.isNull() || !nodes.objectOrMissing(node, path)) {
            return Optional.empty();
        }
        nodes.allowKeys(node, path, "after", "channels");
        Optional<Duration> after = duration(node, "after", path + ".after");
        List<Channel> channels = channels(node.path("channels"), path + ".channels");
        return after.isPresent() && !channels.isEmpty() ? Optional.of(new EscalationRule(after.get(), channels))
                : Optional.empty();
    }

    private Optional<Duration> duration(JsonNode parent, String key, String path) {
        Optional<String> text = nodes.requiredText(parent, key, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Duration d = Duration.parse(text.get());
            // Escalation delays take the reminders' bound, so one limit covers every offset.
            Duration max = ReminderRule.MAX_BEFORE;
            if (d.isNegative() || d.isZero() || d.compareTo(max) > 0) {
                nodes.problem(path, "'" + text.get() + "' must be more than zero and at most " + max.toDays()
                        + " days (P" + max.toDays() + "D)");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            nodes.problem(path, "'" + text.get() + "' is not an ISO-8601 duration such as P1D or PT1H");
            return Optional.empty();
        }
    }

    private List<Channel> channels(JsonNode node, String path) {
        List<Channel> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            nodes.problem(path, "is required");
            return out;
        }
        if (!node.isArray() || node.isEmpty()) {
            nodes.problem(path, "must be a list of at least one channel (email, sms, in_app, webhook or the host's own)");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).asText();
            try {
                Channel c = new Channel(name);
                if (out.contains(c)) {
                    nodes.problem(path + "[" + i + "]", "'" + name + "' is listed twice");
                } else {
                    out.add(c);
                }
            } catch (ValidationException e) {
                nodes.problem(path + "[" + i + "]", node.get(i).isContainerNode()
                        ? "must be a channel name (text such as email or in_app), not a list or a mapping"
                        : "'" + name + "' is not a channel name (lower-case letters, digits, '_' or '-')");
            }
        }
        return out;
    }
}
