package io.crmkit.segment.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.segment.rule.Literal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the JSON form of one literal: an object whose key names its type. */
final class LiteralJson {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final List<String> TYPES = List.of("text", "decimal", "amount", "date", "instant", "flag", "span");

    private LiteralJson() {
    }

    static Literal read(JsonNode node, String path) {
        if (!node.isObject()) {
            throw RuleJsonReader.error(path, "json.expected", "expected a value object such as {\"text\":\"x\"} but found "
                    + RuleJsonReader.describe(node));
        }
        List<String> types = TYPES.stream().filter(node::has).toList();
        if (types.size() != 1) {
            throw RuleJsonReader.error(path, "json.expected", "expected exactly one of the keys "
                    + String.join(", ", TYPES) + (types.isEmpty() ? "" : " but found " + String.join(" and ", types)));
        }
        String type = types.get(0);
        RuleJsonReader.onlyKeys(node, path, type.equals("amount") ? Set.of("amount", "currency") : Set.of(type));
        String at = path + "." + type;
        if (type.equals("flag")) {
            JsonNode flag = node.get("flag");
            if (!flag.isBoolean()) {
                throw RuleJsonReader.error(at, "json.expected", "expected true or false but found "
                        + RuleJsonReader.describe(flag));
            }
            return new Literal.Flag(flag.booleanValue());
        }
        String text = RuleJsonReader.string(node, path, type);
        return switch (type) {
            case "text" -> new Literal.Text(text);
            case "decimal" -> new Literal.Decimal(number(text, at));
            case "amount" -> new Literal.Amount(number(text, at), currency(RuleJsonReader.string(node, path, "currency"),
                    path + ".currency"));
            case "date" -> day(text, at);
            case "instant" -> moment(text, at);
            default -> span(text, at);
        };
    }

    private static BigDecimal number(String text, String path) {
        if (!NUMBER.matcher(text).matches() || text.replaceAll("[^0-9]", "").length() > RuleJsonNames.MAX_DIGITS) {
            throw RuleJsonReader.error(path, "json.bad_value", "expected a number written -?digits(.digits)? with at most "
                    + RuleJsonNames.MAX_DIGITS + " digits but found '" + shorten(text) + "'");
        }
        return new BigDecimal(text);
    }

    private static Currency currency(String code, String path) {
        try {
            if (CURRENCY.matcher(code).matches()) {
                return Currency.getInstance(code);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw RuleJsonReader.error(path, "json.bad_value", "'" + shorten(code) + "' is not an ISO 4217 currency code");
    }

    private static Literal day(String text, String path) {
        try {
            return new Literal.Day(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw RuleJsonReader.error(path, "json.bad_value", "expected a date yyyy-mm-dd but found '" + shorten(text) + "'");
        }
    }

    private static Literal moment(String text, String path) {
        try {
            return new Literal.Moment(Instant.parse(text));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw RuleJsonReader.error(path, "json.bad_value", "expected an instant such as 2026-01-31T08:00:00Z, at most"
                    + " microsecond precision, but found '" + shorten(text) + "'");
        }
    }

    private static Literal span(String text, String path) {
        Optional<RuleJsonReader.Period> period = RuleJsonReader.period(text);
        if (period.isEmpty() || period.get().amount() < 1 || period.get().amount() > Literal.Span.MAX_AMOUNT) {
            throw RuleJsonReader.error(path, "json.bad_value", "expected a span such as '30 days' (1 to "
                    + Literal.Span.MAX_AMOUNT + " hours, days, weeks, months or years) but found '" + shorten(text) + "'");
        }
        return new Literal.Span(period.get().amount(), period.get().unit());
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
