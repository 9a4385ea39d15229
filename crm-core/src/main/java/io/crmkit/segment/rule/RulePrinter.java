package io.crmkit.segment.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Prints rules in the canonical text form: one line, single spaces, parentheses only where needed. */
final class RulePrinter {
    private final StringBuilder out = new StringBuilder();

    private RulePrinter() {
    }

    static String print(Rule rule) {
        RulePrinter printer = new RulePrinter();
        printer.rule(rule);
        return printer.out.toString();
    }

    private void rule(Rule rule) {
        if (rule instanceof AllOf a) {
            // A nested 'and' in an 'and' keeps its parentheses, so printing and parsing gives the same tree.
            join(a.rules(), " and ", r -> r instanceof AllOf || r instanceof AnyOf);
        } else if (rule instanceof AnyOf a) {
            join(a.rules(), " or ", r -> r instanceof AnyOf);
        } else if (rule instanceof Not n) {
            out.append("not ");
            boolean group = n.rule() instanceof AllOf || n.rule() instanceof AnyOf;
            part(n.rule(), group);
        } else if (rule instanceof TagCondition t) {
            tag(t);
        } else {
            comparison((Comparison) rule);
        }
    }

    private void join(List<Rule> rules, String separator, java.util.function.Predicate<Rule> needsParentheses) {
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            part(rules.get(i), needsParentheses.test(rules.get(i)));
        }
    }

    private void part(Rule rule, boolean parenthesised) {
        if (parenthesised) {
            out.append('(');
        }
        rule(rule);
        if (parenthesised) {
            out.append(')');
        }
    }

    private void tag(TagCondition t) {
        out.append("tag(").append(identifier(t.dimension(), "tag dimension")).append(") ").append(t.test().text());
        switch (t.test()) {
            case HAS -> out.append(' ').append(quote(t.values().get(0)));
            case IS_EMPTY -> {
            }
            default -> out.append(t.values().stream().map(RulePrinter::quote).collect(Collectors.joining(", ", " (", ")")));
        }
    }

    private void comparison(Comparison c) {
        out.append(operand(c.operand())).append(' ').append(c.operator().text());
        List<Literal> values = c.values();
        switch (c.operator()) {
            case IS_EMPTY -> {
            }
            case BETWEEN -> out.append(' ').append(literal(values.get(0))).append(" and ").append(literal(values.get(1)));
            case IN -> out.append(values.stream().map(RulePrinter::literal).collect(Collectors.joining(", ", " (", ")")));
            default -> out.append(' ').append(literal(values.get(0)));
        }
    }

    private static String operand(Operand operand) {
        if (operand instanceof Attribute a) {
            return a.text();
        }
        if (operand instanceof CustomField c) {
            return "custom(" + identifier(c.key(), "custom field key") + ")";
        }
        Figure f = (Figure) operand;
        return f.figure().text() + "(" + window(f.window()) + ")";
    }

    static String window(Window window) {
        if (window instanceof CalendarWindow c) {
            return c.text();
        }
        TrailingWindow t = (TrailingWindow) window;
        return t.amount() + " " + t.unit().text(t.amount());
    }

    static String literal(Literal literal) {
        if (literal instanceof Literal.Text t) {
            return quote(t.value());
        }
        if (literal instanceof Literal.Decimal d) {
            return number(d.value());
        }
        if (literal instanceof Literal.Amount a) {
            return number(a.amount()) + " " + a.currency().getCurrencyCode();
        }
        if (literal instanceof Literal.Day d) {
            checkYear(d.value().getYear(), d.value().toString());
            return d.value().toString();
        }
        if (literal instanceof Literal.Moment m) {
            String written = m.value().toString();
            checkYear(m.value().atOffset(java.time.ZoneOffset.UTC).getYear(), written);
            return written;
        }
        if (literal instanceof Literal.Flag f) {
            return Boolean.toString(f.value());
        }
        Literal.Span s = (Literal.Span) literal;
        return s.amount() + " " + s.unit().text(s.amount());
    }

    /** The text form writes numbers as {@code -?digits(.digits)?}: a negative scale (1E+3) has no such form. */
    private static String number(BigDecimal value) {
        if (value.scale() < 0) {
            throw unrepresentable("the number " + value + " has a negative scale; write it with a scale of 0 or more");
        }
        if (value.precision() > RuleLexer.MAX_DIGITS || value.scale() > RuleLexer.MAX_DIGITS) {
            throw unrepresentable("the number " + value + " has more than " + RuleLexer.MAX_DIGITS + " digits");
        }
        return value.toPlainString();
    }

    private static void checkYear(int year, String written) {
        if (year < 0 || year > 9999) {
            throw unrepresentable(written + " is outside the years 0000 to 9999 the text form can write");
        }
    }

    private static String identifier(String key, String what) {
        if (!RuleParser.IDENTIFIER.matcher(key).matches()) {
            throw unrepresentable("the " + what + " '" + key + "' is not a valid key ([a-z][a-z0-9_]{0,62})");
        }
        return key;
    }

    private static RuleException unrepresentable(String detail) {
        return new RuleException(RuleProblem.of(java.util.Optional.empty(), "", "print.unrepresentable", detail));
    }

    /** Quotes text so that any Java string, even with unpaired surrogates, reads back equal. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (printable(cp)) {
                        b.appendCodePoint(cp);
                    } else {
                        for (int k = i; k < i + width; k++) {
                            b.append(String.format("\\u%04X", (int) value.charAt(k)));
                        }
                    }
                }
            }
            i += width;
        }
        return b.append('"').toString();
    }

    /** Invisible or ambiguous characters (controls, bidi marks, odd spaces, lone surrogates) are escaped. */
    private static boolean printable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
