package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code customFields} section ({@link #list}) and checks each of its entries. Left out,
 * there are no custom fields.
 */
final class CustomFieldReader {
    private static final Set<CustomFieldType> NUMERIC =
            EnumSet.of(CustomFieldType.INTEGER, CustomFieldType.DECIMAL, CustomFieldType.MONEY);
    private static final Set<CustomFieldType> CHOICE =
            EnumSet.of(CustomFieldType.SINGLE_CHOICE, CustomFieldType.MULTI_CHOICE);

    private final ConfigNodes nodes;
    private final String path;
    private final JsonNode node;
    private final Set<String> seenKeys;

    CustomFieldReader(ConfigNodes nodes, String path, JsonNode node, Set<String> seenKeys) {
        this.nodes = nodes;
        this.path = path;
        this.node = node;
        this.seenKeys = seenKeys;
    }

    static List<CustomFieldDefinition> list(ConfigNodes nodes, JsonNode node) {
        List<CustomFieldDefinition> fields = new ArrayList<>();
        if (!node.isArray()) {
            nodes.problem("customFields", "must be a list");
            return List.copyOf(fields);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            new CustomFieldReader(nodes, "customFields[" + i + "]", node.get(i), seen).read().ifPresent(fields::add);
        }
        return List.copyOf(fields);
    }

    Optional<CustomFieldDefinition> read() {
        if (!node.isObject()) {
            nodes.problem(path, "must be an object");
            return Optional.empty();
        }
        nodes.allowKeys(node, path, "key", "label", "type", "required", "maxLength", "min", "max", "options", "currency");
        Optional<String> key = nodes.requiredText(node, "key", path + ".key");
        boolean keyOk = key.isPresent() && ConfigNodes.isKey(key.get());
        if (key.isPresent() && !keyOk) {
            nodes.problem(path + ".key", "'" + key.get() + "' must be lower-case letters, digits or '_', 1-63 characters");
        }
        if (keyOk && !seenKeys.add(key.get())) {
            nodes.problem(path + ".key", "custom field '" + key.get() + "' is defined twice");
        }
        String label = nodes.text(node, "label", path + ".label").orElse(key.orElse(""));
        Optional<CustomFieldType> type = type();
        boolean required = nodes.bool(node, "required", path + ".required");
        Optional<BigDecimal> min = nodes.number(node, "min", path + ".min");
        Optional<BigDecimal> max = nodes.number(node, "max", path + ".max");
        List<String> options = nodes.keyList(node.path("options"), path + ".options");
        Optional<Currency> currency = currency();
        int maxLength = maxLength(type);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        CustomFieldType t = type.get();
        if ((min.isPresent() || max.isPresent()) && !NUMERIC.contains(t)) {
            nodes.problem(path, "min and max apply only to INTEGER, DECIMAL and MONEY fields");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            nodes.problem(path + ".min", "is greater than max");
        }
        if (CHOICE.contains(t) && options.isEmpty()) {
            nodes.problem(path + ".options", "a " + t + " field needs at least one option");
        }
        if (!CHOICE.contains(t) && !node.path("options").isMissingNode()) {
            nodes.problem(path + ".options", "options apply only to SINGLE_CHOICE and MULTI_CHOICE fields");
        }
        if (t != CustomFieldType.MONEY && currency.isPresent()) {
            nodes.problem(path + ".currency", "currency applies only to MONEY fields");
        }
        if (t == CustomFieldType.MONEY && currency.isEmpty() && !node.has("currency")) {
            nodes.problem(path + ".currency", "a MONEY field needs a currency");
        }
        if (!keyOk) {
            return Optional.empty();
        }
        return Optional.of(new CustomFieldDefinition(key.get(), label, t, required, maxLength, min, max, options, currency));
    }

    private Optional<CustomFieldType> type() {
        Optional<String> text = nodes.requiredText(node, "type", path + ".type");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CustomFieldType.valueOf(text.get()));
        } catch (IllegalArgumentException e) {
            nodes.problem(path + ".type", "'" + text.get() + "' is not one of " + EnumSet.allOf(CustomFieldType.class));
            return Optional.empty();
        }
    }

    private Optional<Currency> currency() {
        Optional<String> code = nodes.text(node, "currency", path + ".currency");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.get()));
        } catch (IllegalArgumentException e) {
            nodes.problem(path + ".currency", "'" + code.get() + "' is not an ISO 4217 currency code");
            return Optional.empty();
        }
    }

    private int maxLength(Optional<CustomFieldType> type) {
        int fallback = type.filter(t -> t == CustomFieldType.LONG_TEXT).map(t -> 10_000).orElse(255);
        Optional<BigDecimal> value = nodes.number(node, "maxLength", path + ".maxLength");
        if (value.isEmpty()) {
            return fallback;
        }
        if (type.isPresent() && type.get() != CustomFieldType.TEXT && type.get() != CustomFieldType.LONG_TEXT) {
            nodes.problem(path + ".maxLength", "maxLength applies only to TEXT and LONG_TEXT fields");
        }
        BigDecimal v = value.get();
        if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.ONE) < 0
                || v.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            nodes.problem(path + ".maxLength", "must be a whole number from 1 to 100000");
            return fallback;
        }
        return v.intValueExact();
    }
}
