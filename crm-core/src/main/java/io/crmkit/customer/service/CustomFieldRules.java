package io.crmkit.customer.service;

import io.crmkit.config.CustomFieldDefinition;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.shared.TextRules;
import io.crmkit.shared.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Checks custom field values against the deployment's definitions: known key, matching
 * type, limits, options, currency, and required fields present. Also keeps numbers and
 * dates within what every supported database stores exactly.
 */
final class CustomFieldRules {
    // numeric(38, 10) fits on every supported database and keeps values exact.
    private static final int MAX_INTEGER_DIGITS = 28;
    private static final int MAX_FRACTION_DIGITS = 10;
    private static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    private static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    private static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private CustomFieldRules() {
    }

    static void check(Map<String, CustomFieldValue> values, Map<String, CustomFieldDefinition> definitions,
                      String prefix, List<Violation> out) {
        for (Map.Entry<String, CustomFieldValue> e : values.entrySet()) {
            String path = prefix + "[" + e.getKey() + "]";
            CustomFieldDefinition def = e.getKey() == null ? null : definitions.get(e.getKey());
            if (def == null) {
                out.add(Violation.of(path, "customField.unknown"));
                continue;
            }
            CustomFieldValue value = e.getValue();
            if (value == null) {
                out.add(Violation.of(path, "required"));
                continue;
            }
            if (!value.fits().contains(def.type())) {
                out.add(Violation.of(path, "customField.type", "type", def.type().name()));
                continue;
            }
            checkValue(def, value, path, out);
        }
        for (CustomFieldDefinition def : definitions.values()) {
            if (def.required() && !values.containsKey(def.key())) {
                out.add(Violation.of(prefix + "[" + def.key() + "]", "customField.required"));
            }
        }
    }

    private static void checkValue(CustomFieldDefinition def, CustomFieldValue value, String path, List<Violation> out) {
        // Java 17 has no pattern switch; the sealed hierarchy is small enough for instanceof.
        if (value instanceof CustomFieldValue.Text t) {
            if (t.value().isBlank()) {
                out.add(Violation.of(path, "blank"));
            } else if (t.value().length() > def.maxLength()) {
                out.add(Violation.of(path, "size.max", "max", def.maxLength()));
            } else {
                TextRules.check(path, t.value()).ifPresent(out::add);
            }
        } else if (value instanceof CustomFieldValue.Whole w) {
            range(def, BigDecimal.valueOf(w.value()), path, out);
        } else if (value instanceof CustomFieldValue.Decimal d) {
            if (fitsNumeric(d.value())) {
                range(def, d.value(), path, out);
            } else {
                out.add(Violation.of(path, "value.invalid", "reason", "more than " + MAX_INTEGER_DIGITS
                        + " integer or " + MAX_FRACTION_DIGITS + " fraction digits"));
            }
        } else if (value instanceof CustomFieldValue.Amount a) {
            if (def.currency().isPresent() && !def.currency().get().equals(a.value().currency())) {
                out.add(Violation.of(path, "customField.currency", "currency", def.currency().get().getCurrencyCode()));
            } else if (!fitsNumeric(a.value().amount())) {
                out.add(Violation.of(path, "value.invalid", "reason", "amount too large"));
            } else {
                range(def, a.value().amount(), path, out);
            }
        } else if (value instanceof CustomFieldValue.Day d) {
            if (d.value().isBefore(MIN_DATE) || d.value().isAfter(MAX_DATE)) {
                out.add(Violation.of(path, "value.invalid", "reason", "year must be 1-9999"));
            }
        } else if (value instanceof CustomFieldValue.Moment m) {
            if (m.value().isBefore(MIN_INSTANT) || m.value().isAfter(MAX_INSTANT)) {
                out.add(Violation.of(path, "value.invalid", "reason", "year must be 1-9999"));
            }
        } else if (value instanceof CustomFieldValue.Choice c) {
            option(def, c.option(), path, out);
        } else if (value instanceof CustomFieldValue.Choices c) {
            if (c.options().isEmpty()) {
                out.add(Violation.of(path, "blank"));
            }
            c.options().forEach(o -> option(def, o, path, out));
        }
        // CustomFieldValue.Flag: a flag is always valid.
    }

    private static boolean fitsNumeric(BigDecimal v) {
        return v.scale() <= MAX_FRACTION_DIGITS && v.precision() - v.scale() <= MAX_INTEGER_DIGITS;
    }

    private static void range(CustomFieldDefinition def, BigDecimal v, String path, List<Violation> out) {
        def.min().filter(min -> v.compareTo(min) < 0)
                .ifPresent(min -> out.add(Violation.of(path, "customField.min", "min", min.toPlainString())));
        def.max().filter(max -> v.compareTo(max) > 0)
                .ifPresent(max -> out.add(Violation.of(path, "customField.max", "max", max.toPlainString())));
    }

    private static void option(CustomFieldDefinition def, String option, String path, List<Violation> out) {
        if (!def.options().contains(option)) {
            out.add(Violation.of(path, "customField.option", "options", String.join(", ", def.options())));
        }
    }
}
