package io.crmkit.segment.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleProblem;
import io.crmkit.segment.rule.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON form of rules. Numbers are written as JSON strings so their scale survives
 * ({@code "12.50"} stays {@code 12.50}); every literal is an object whose key names its type.
 * Reading is strict: unknown keys, duplicate keys and missing keys are errors naming the JSON
 * path ({@code $.and[2].values[0]}). {@code read(write(r))} equals {@code r}.
 */
public final class RuleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private RuleJson() {
    }

    /**
     * Writes a rule as compact JSON.
     *
     * @param rule the rule
     * @return the JSON text
     * @throws RuleException ({@code print.unrepresentable}) for a key that is not an identifier or
     *     a number with a negative scale or more than 40 digits
     */
    public static String write(Rule rule) {
        try {
            return MAPPER.writeValueAsString(toJson(rule));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /**
     * Writes a rule as a JSON tree.
     *
     * @param rule the rule
     * @return the tree
     * @throws RuleException as {@link #write(Rule)}
     */
    public static JsonNode toJson(Rule rule) {
        return RuleJsonWriter.rule(rule);
    }

    /**
     * Reads a rule within the {@linkplain RuleLimits#defaults() default limits}.
     *
     * @param json the JSON text
     * @return the rule
     * @throws RuleException naming the JSON path and what was expected
     */
    public static Rule read(String json) {
        return read(json, RuleLimits.defaults());
    }

    /**
     * Reads a rule within the given limits. The text-length limit does not apply to JSON,
     * which is several times longer than the text form; depth, conditions and list sizes do.
     *
     * @param json the JSON text
     * @param limits the limits
     * @return the rule
     * @throws RuleException naming the JSON path (or the line and column of a JSON syntax error)
     *     and what was expected
     */
    public static Rule read(String json, RuleLimits limits) {
        Objects.requireNonNull(json, "json");
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (NumberFormatException e) {
            // Jackson reads every number up front; one beyond BigDecimal (e.g. 1e2147483648) fails here.
            throw new RuleException(RuleProblem.of(Optional.empty(), "$", "json.syntax",
                    "not valid JSON: a number is out of range"));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Optional<SourcePosition> position = at != null && at.getLineNr() > 0 && at.getColumnNr() > 0
                    ? Optional.of(new SourcePosition(at.getLineNr(), at.getColumnNr())) : Optional.empty();
            throw new RuleException(RuleProblem.of(position, "$", "json.syntax",
                    "not valid JSON: " + e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new RuleException(RuleProblem.of(Optional.empty(), "$", "json.expected",
                    "expected a JSON object (a rule) but found nothing"));
        }
        return fromJson(tree, limits);
    }

    /**
     * Reads a rule from a JSON tree within the given limits.
     *
     * @param json the tree
     * @param limits the limits
     * @return the rule
     * @throws RuleException naming the JSON path and what was expected
     */
    public static Rule fromJson(JsonNode json, RuleLimits limits) {
        return new RuleJsonReader(limits).rule(json, "$", 1);
    }
}
