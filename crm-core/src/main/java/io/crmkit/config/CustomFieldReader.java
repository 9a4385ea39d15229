package io.crmkit.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and checks one entry of the {@code customFields} section. */
final class CustomFieldReader {
    private static final Set<CustomFieldType> NUMERIC =
            EnumSet.of(CustomFieldType.INTEGER, CustomFieldType.DECIMAL, CustomFieldType.MONEY);
    private static final Set<CustomFieldType> CHOICE =
            EnumSet.of(CustomFieldType.SINGLE_CHOICE, CustomFieldType.MULTI_CHOICE);

    private final ConfigurationReader reader;
    private final String path;
    private final JsonNode node;
    private final Set<String> seenKeys;

    CustomFieldReader(ConfigurationReader reader, String path, JsonNode node, Set<String> seenKeys) {
        this.reader = reader;
        this.path = path;
        this.node = node;
        this.seenKeys = seenKeys;
    }

    Optional<CustomFieldDefinition> read() {
        if (!node.isObject()) {
            reader.problem(path, "must be an object");
            return Optional.empty();
        }
        reader.allowKeys(node, path, "key", "label", "type", "required", "maxLength", "min", "max", "options", "currency");
        Optional<String> key = reader.requiredText(node, "key", path + ".key");
        boolean keyOk = key.isPresent() && ConfigurationReader.isKey(key.get());
        if (key.isPresent() && !keyOk) {
            reader.problem(path + ".key", "'" + key.get() + "' must be lower-case letters, digits or '_', 1-63 characters");
        }
        if (keyOk && !seenKeys.add(key.get())) {
            reader.problem(path + ".key", "custom field '" + key.get() + "' is defined twice");
        }
        String label = reader.text(node, "label", path + ".label").orElse(key.orElse(""));
        Optional<CustomFieldType> type = type();
        boolean required = reader.bool(node, "required", path + ".required");
        Optional<BigDecimal> min = reader.number(node, "min", path + ".min");
        Optional<BigDecimal> max = reader.number(node, "max", path + ".max");
        List<String> options = reader.keyList(node.path("options"), path + ".options");
        Optional<Currency> currency = currency();
        int maxLength = maxLength(type);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        CustomFieldType t = type.get();
        if ((min.isPresent() || max.isPresent()) && !NUMERIC.contains(t)) {
            reader.problem(path, "min and max apply only to INTEGER, DECIMAL and MONEY fields");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            reader.problem(path + ".min", "is greater than max");
        }
        if (CHOICE.contains(t) && options.isEmpty()) {
            reader.problem(path + ".options", "a " + t + " field needs at least one option");
        }
        if (!CHOICE.contains(t) && !node.path("options").isMissingNode()) {
            reader.problem(path + ".options", "options apply only to SINGLE_CHOICE and MULTI_CHOICE fields");
        }
        if (t != CustomFieldType.MONEY && currency.isPresent()) {
            reader.problem(path + ".currency", "currency applies only to MONEY fields");
        }
        if (t == CustomFieldType.MONEY && currency.isEmpty() && !node.has("currency")) {
            reader.problem(path + ".currency", "a MONEY field needs a currency");
        }
        if (!keyOk) {
            return Optional.empty();
        }
        return Optional.of(new CustomFieldDefinition(key.get(), label, t, required, maxLength, min, max, options, currency));
    }

    private Optional<CustomFieldType> type() {
        Optional<String> text = reader.requiredText(node, "type", path + ".type");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CustomFieldType.valueOf(text.get()));
        } catch (IllegalArgumentException e) {
            reader.problem(path + ".type", "'" + text.get() + "' is not one of " + EnumSet.allOf(CustomFieldType.class));
            return Optional.empty();
        }
    }

    private Optional<Currency> currency() {
        Optional<String> code = reader.text(node, "currency", path + ".currency");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.get()));
        } catch (IllegalArgumentException e) {
            reader.problem(path + ".currency", "'" + code.get() + "' is not an ISO 4217 currency code");
            return Optional.empty();
        }
    }

    private int maxLength(Optional<CustomFieldType> type) {
        int fallback = type.filter(t -> t == CustomFieldType.LONG_TEXT).map(t -> 10_000).orElse(255);
        Optional<BigDecimal> value = reader.number(node, "maxLength", path + ".maxLength");
        if (value.isEmpty()) {
            return fallback;
        }
        if (type.isPresent() && type.get() != CustomFieldType.TEXT && type.get() != CustomFieldType.LONG_TEXT) {
            reader.problem(path + ".maxLength", "maxLength applies only to TEXT and LONG_TEXT fields");
        }
        BigDecimal v = value.get();
        if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.ONE) < 0
                || v.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            reader.problem(path + ".maxLength", "must be a whole number from 1 to 100000");
            return fallback;
        }
        return v.intValueExact();
    }
}
