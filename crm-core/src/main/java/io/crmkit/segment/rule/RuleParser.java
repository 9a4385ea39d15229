package io.crmkit.segment.rule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The recursive-descent parser of the text form; the grammar is in {@code docs/segments.md}.
 * Recursion only happens at {@code (} and {@code not}, and both count against the depth
 * limit before recursing, so no text can exhaust the stack.
 */
final class RuleParser {
    static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "empty", "has", "all", "none",
            "between", "contains", "starts", "with", "older", "than", "within", "true", "false");
    private static final String OPERATORS = "=, !=, <, <=, >, >=, between, in, contains, starts with, is empty, "
            + "older than or within";

    private final List<Token> tokens;
    private final RuleLimits limits;
    private final IdentityHashMap<Object, SourcePosition> positions = new IdentityHashMap<>();
    private int index;
    private int conditions;

    private RuleParser(List<Token> tokens, RuleLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    static ParsedRule parse(String text, RuleLimits limits) {
        if (text.length() > limits.maxTextLength()) {
            throw RuleLexer.error(new SourcePosition(1, 1), "limit.text_length", "the rule is "
                    + text.length() + " characters long; at most " + limits.maxTextLength() + " are allowed");
        }
        RuleParser parser = new RuleParser(RuleLexer.tokens(text), limits);
        Token first = parser.peek();
        Rule rule = parser.or(0);
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw RuleLexer.error(end.position(), "syntax.trailing_input",
                    "expected 'and', 'or' or the end of the rule but found " + end.describe());
        }
        int depth = RuleShape.of(rule).depth();
        if (depth > limits.maxDepth()) {
            throw RuleLexer.error(first.position(), "limit.depth", "the rule is nested " + depth
                    + " levels deep; at most " + limits.maxDepth() + " are allowed");
        }
        return new ParsedRule(rule, parser.positions);
    }

    private Rule or(int nesting) {
        Token start = peek();
        Rule first = and(nesting);
        if (!peek().is("or")) {
            return first;
        }
        List<Rule> rules = new ArrayList<>(List.of(first));
        while (accept("or")) {
            rules.add(and(nesting));
        }
        return at(start, new AnyOf(rules));
    }

    private Rule and(int nesting) {
        Token start = peek();
        Rule first = unary(nesting);
        if (!peek().is("and")) {
            return first;
        }
        List<Rule> rules = new ArrayList<>(List.of(first));
        while (accept("and")) {
            rules.add(unary(nesting));
        }
        return at(start, new AllOf(rules));
    }

    private Rule unary(int nesting) {
        Token start = peek();
        if (start.is("not") || start.is("(")) {
            if (nesting + 1 > limits.maxDepth()) {
                throw RuleLexer.error(start.position(), "limit.depth", "the rule is nested more than "
                        + limits.maxDepth() + " levels deep (every parenthesis and 'not' is a level)");
            }
            index++;
            if (start.is("not")) {
                return at(start, new Not(unary(nesting + 1)));
            }
            Rule inner = or(nesting + 1);
            expect(")", "to close the '(' at " + start.position());
            return inner;
        }
        return condition();
    }

    private Rule condition() {
        Token start = next();
        if (++conditions > limits.maxConditions()) {
            throw RuleLexer.error(start.position(), "limit.conditions", "the rule has more than "
                    + limits.maxConditions() + " conditions");
        }
        String word = start.kind() == Token.Kind.WORD ? start.text() : "";
        boolean call = peek().is("(");
        if (word.equals("tag") && call) {
            return at(start, tag(start));
        }
        Operand operand;
        if (word.equals("custom") && call) {
            index++;
            operand = new CustomField(identifier("a custom field key"));
            expect(")", "after the custom field key");
        } else if (figure(word).isPresent() && call) {
            index++;
            operand = new Figure(figure(word).orElseThrow(), window());
            expect(")", "after the window");
        } else {
            operand = attribute(start);
        }
        return at(start, comparison(operand, start));
    }

    private Operand attribute(Token start) {
        for (Attribute a : Attribute.values()) {
            if (a.text().equals(start.text()) && start.kind() == Token.Kind.WORD) {
                return a;
            }
        }
        boolean callable = start.is("tag") || start.is("custom") || figure(start.text()).isPresent();
        if (callable) {
            throw expected("'(' after '" + start.text() + "'", peek());
        }
        if (start.kind() != Token.Kind.WORD || KEYWORDS.contains(start.text())) {
            throw expected("a condition", start);
        }
        throw RuleLexer.error(start.position(), "syntax.unknown_attribute", "unknown attribute "
                + start.describe() + "; known attributes: "
                + Arrays.stream(Attribute.values()).map(Attribute::text).collect(Collectors.joining(", "))
                + "; or tag(…), custom(…) or a figure: "
                + Arrays.stream(FigureKind.values()).map(f -> f.text() + "(…)").collect(Collectors.joining(", ")));
    }

    private static Optional<FigureKind> figure(String word) {
        return Arrays.stream(FigureKind.values()).filter(f -> f.text().equals(word)).findFirst();
    }

    private TagCondition tag(Token start) {
        index++;
        String dimension = identifier("a tag dimension key");
        expect(")", "after the tag dimension key");
        Token test = next();
        String after = "'" + test.text() + "'";
        if (test.is("=")) {
            return new TagCondition(dimension, TagTest.HAS, List.of(string(after)));
        }
        if (test.is("in")) {
            return new TagCondition(dimension, TagTest.HAS_ANY, strings(after));
        }
        if (test.is("has")) {
            Token which = next();
            if (which.is("all") || which.is("none")) {
                TagTest kind = which.is("all") ? TagTest.HAS_ALL : TagTest.HAS_NONE;
                return new TagCondition(dimension, kind, strings("'has " + which.text() + "'"));
            }
            throw expected("'all' or 'none' after 'has'", which);
        }
        if (test.is("is")) {
            expect("empty", "after 'is'");
            return new TagCondition(dimension, TagTest.IS_EMPTY, List.of());
        }
        throw expected("a tag test (=, in, has all, has none or is empty) after 'tag(" + dimension + ")'", test);
    }

    private String string(String after) {
        Token t = next();
        if (t.kind() != Token.Kind.STRING) {
            throw expected("a tag value in double quotes after " + after, t);
        }
        return t.value();
    }

    private List<String> strings(String after) {
        expect("(", "after " + after);
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Token t = peek();
            String value = string(values.isEmpty() ? "'('" : "','");
            if (!seen.add(value)) {
                throw RuleLexer.error(t.position(), "syntax.duplicate_value", "tag value " + t.describe()
                        + " is listed twice");
            }
            values.add(value);
            checkListSize(values.size(), t);
        } while (accept(","));
        expect(")", "to close the list of tag values");
        return values;
    }

    private void checkListSize(int size, Token t) {
        if (size > limits.maxListValues()) {
            throw RuleLexer.error(t.position(), "limit.values", "the list has more than "
                    + limits.maxListValues() + " values");
        }
    }

    private Comparison comparison(Operand operand, Token start) {
        Token op = next();
        String after = "'" + op.text() + "'";
        Operator operator = switch (op.text()) {
            case "=" -> Operator.EQ;
            case "!=" -> Operator.NE;
            case "<" -> Operator.LT;
            case "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            case ">=" -> Operator.GE;
            case "between" -> Operator.BETWEEN;
            case "in" -> Operator.IN;
            case "contains" -> Operator.CONTAINS;
            case "starts" -> Operator.STARTS_WITH;
            case "is" -> Operator.IS_EMPTY;
            case "older" -> Operator.OLDER_THAN;
            case "within" -> Operator.WITHIN;
            default -> null;
        };
        if (operator == null || op.kind() != Token.Kind.WORD && op.kind() != Token.Kind.SYMBOL) {
            throw expected("an operator (" + OPERATORS + ") after " + describe(operand, start), op);
        }
        switch (operator) {
            case STARTS_WITH -> after = expectWord("with", "after 'starts'", "'starts with'");
            case IS_EMPTY -> after = expectWord("empty", "after 'is'", "'is empty'");
            case OLDER_THAN -> after = expectWord("than", "after 'older'", "'older than'");
            default -> {
            }
        }
        List<Literal> values = new ArrayList<>();
        if (operator == Operator.BETWEEN) {
            int first = index;
            values.add(value(after));
            Token and = peek();
            if (!and.is("and")) {
                String written = tokens.subList(first, index).stream().map(Token::text).collect(Collectors.joining(" "));
                throw expected("'and' and a second value after 'between " + written + "'", and);
            }
            index++;
            values.add(value("'and'"));
        } else if (operator == Operator.IN) {
            expect("(", "after 'in'");
            do {
                Token t = peek();
                values.add(value(values.isEmpty() ? "'('" : "','"));
                checkListSize(values.size(), t);
            } while (accept(","));
            expect(")", "to close the list of values");
        } else if (operator != Operator.IS_EMPTY) {
            values.add(value(after));
        }
        return new Comparison(operand, operator, values);
    }

    private String expectWord(String word, String where, String result) {
        expect(word, where);
        return result;
    }

    private static String describe(Operand operand, Token start) {
        if (operand instanceof Attribute a) {
            return "'" + a.text() + "'";
        }
        if (operand instanceof CustomField c) {
            return "'custom(" + c.key() + ")'";
        }
        return "'" + start.text() + "(…)'";
    }

    private Literal value(String after) {
        Token t = next();
        Literal literal = switch (t.kind()) {
            case STRING -> new Literal.Text(t.value());
            case NUMBER -> number(t);
            case DATE -> new Literal.Day(LocalDate.parse(t.text()));
            case INSTANT -> new Literal.Moment(Instant.parse(t.text()));
            case WORD -> t.is("true") || t.is("false") ? new Literal.Flag(t.is("true")) : null;
            default -> null;
        };
        if (literal == null) {
            throw expected("a value after " + after, t);
        }
        return at(t, literal);
    }

    private Literal number(Token t) {
        Token suffix = peek();
        if (suffix.kind() == Token.Kind.WORD && CURRENCY.matcher(suffix.text()).matches()) {
            index++;
            try {
                return new Literal.Amount(new BigDecimal(t.text()), Currency.getInstance(suffix.text()));
            } catch (IllegalArgumentException e) {
                throw RuleLexer.error(suffix.position(), "syntax.unknown_currency", suffix.describe()
                        + " is not an ISO 4217 currency code");
            }
        }
        Optional<PeriodUnit> unit = unit(suffix);
        if (unit.isPresent()) {
            index++;
            return new Literal.Span(whole(t, Literal.Span.MAX_AMOUNT, "a span"), unit.get());
        }
        return new Literal.Decimal(new BigDecimal(t.text()));
    }

    private static Optional<PeriodUnit> unit(Token t) {
        return Arrays.stream(PeriodUnit.values())
                .filter(u -> t.kind() == Token.Kind.WORD && (u.singular().equals(t.text()) || u.plural().equals(t.text())))
                .findFirst();
    }

    private static int whole(Token t, long max, String what) {
        if (!WHOLE.matcher(t.text()).matches() || Long.parseLong(t.text()) < 1 || Long.parseLong(t.text()) > max) {
            throw RuleLexer.error(t.position(), "syntax.out_of_range", what + " is a whole number of 1 to "
                    + max + " units, got " + t.describe());
        }
        return Integer.parseInt(t.text());
    }

    private Window window() {
        Token t = next();
        if (t.kind() == Token.Kind.NUMBER) {
            Token u = next();
            Optional<PeriodUnit> unit = unit(u);
            if (unit.isEmpty() || unit.get() == PeriodUnit.HOURS) {
                throw expected("a window unit (days, weeks, months or years) after " + t.describe(), u);
            }
            return new TrailingWindow(whole(t, TrailingWindow.MAX_AMOUNT, "a window"), unit.get());
        }
        for (CalendarWindow w : CalendarWindow.values()) {
            String[] words = w.text().split(" ");
            if (t.is(words[0])) {
                expect(words[1], "after '" + words[0] + "'");
                return w;
            }
        }
        throw expected("a window (e.g. 12 months, this year, last year or all time)", t);
    }

    private String identifier(String what) {
        Token t = next();
        if (t.kind() != Token.Kind.WORD || !IDENTIFIER.matcher(t.text()).matches()) {
            throw RuleLexer.error(t.position(), t.kind() == Token.Kind.WORD ? "syntax.bad_identifier" : "syntax.expected",
                    "expected " + what + " (a lower-case letter, then up to 62 lower-case letters, digits or '_') but found "
                            + t.describe());
        }
        return t.text();
    }

    private <T> T at(Token t, T node) {
        positions.put(node, t.position());
        return node;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Token.Kind.END) {
            index++;
        }
        return t;
    }

    private boolean accept(String word) {
        if (peek().is(word)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(String word, String where) {
        Token t = peek();
        if (!t.is(word)) {
            throw expected("'" + word + "' " + where, t);
        }
        index++;
    }

    private static RuleException expected(String what, Token found) {
        return RuleLexer.error(found.position(), "syntax.expected", "expected " + what + " but found " + found.describe());
    }
}
