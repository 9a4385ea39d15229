package io.crmkit.segment.json;

import io.crmkit.segment.rule.Operator;
import io.crmkit.segment.rule.TagTest;
import java.util.Locale;
import java.util.regex.Pattern;

/** The names the JSON form gives tag tests and operators, and the shapes of its keys and numbers. */
final class RuleJsonNames {
    static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    static final int MAX_DIGITS = 40;

    private RuleJsonNames() {
    }

    /** {@return {@code has}, {@code has_any}, {@code has_all}, {@code has_none} or {@code is_empty}} */
    static String test(TagTest test) {
        return test.name().toLowerCase(Locale.ROOT);
    }

    /** {@return the symbol for comparisons ({@code >=}), else the words joined by {@code _} ({@code older_than})} */
    static String operator(Operator operator) {
        return operator.text().replace(' ', '_');
    }
}
