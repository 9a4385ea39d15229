package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks every section's reader uses on the nodes of the document, and the problems they
 * found, each with its path, in the order found. One instance is shared by all sections of one
 * document, so their problems are listed together.
 */
final class ConfigNodes {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final List<ConfigurationProblem> problems = new ArrayList<>();

    List<ConfigurationProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String path, String message) {
        problems.add(new ConfigurationProblem(path, message));
    }

    boolean objectOrMissing(JsonNode node, String path) {
        if (node.isMissingNode()) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        return true;
    }

    void allowKeys(JsonNode node, String path, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                // A blank key (YAML reads an anchored empty key, '&a : 1', as "") is quoted, so the
                // path still names it.
                String step = key.isBlank() ? "'" + key + "'" : key;
                problem(path.equals("$") ? step : path + "." + step, "is not a known setting (known: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    Optional<String> text(JsonNode parent, String key, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isValueNode()) {
            problem(path, "must be a single value");
            return Optional.empty();
        }
        return Optional.of(n.asText());
    }

    Optional<String> requiredText(JsonNode parent, String key, String path) {
        Optional<String> value = text(parent, key, path).filter(s -> !s.isBlank());
        if (value.isEmpty()) {
            problem(path, "is required");
        }
        return value;
    }

    boolean bool(JsonNode parent, String key, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(path, "must be true or false");
            return false;
        }
        return n.booleanValue();
    }

    Optional<BigDecimal> number(JsonNode parent, String key, String path) {
        JsonNode n = parent.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isNumber()) {
            problem(path, "must be a number");
            return Optional.empty();
        }
        // YAML reads a number beyond double's range (1e400) as an infinite double, which no
        // BigDecimal holds.
        if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            problem(path, "must be a finite number");
            return Optional.empty();
        }
        return Optional.of(n.decimalValue());
    }

    List<String> keyList(JsonNode node, String path) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode()) {
            return values;
        }
        if (!node.isArray()) {
            problem(path, "must be a list");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            String v = node.get(i).asText();
            if (!KEY.matcher(v).matches()) {
                problem(path + "[" + i + "]", "'" + v + "' must be lower-case letters, digits or '_', 1-63 characters");
            } else if (values.contains(v)) {
                problem(path + "[" + i + "]", "'" + v + "' is listed twice");
            } else {
                values.add(v);
            }
        }
        return values;
    }

    static boolean isKey(String value) {
        return KEY.matcher(value).matches();
    }
}
