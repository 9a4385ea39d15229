package io.crmkit.segment.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a rule's text form into tokens, tracking line and column. */
final class RuleLexer {
    /** More digits than any amount or figure needs; longer numbers are refused before BigDecimal sees them. */
    static final int MAX_DIGITS = 40;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    private RuleLexer(String text) {
        this.text = text;
    }

    /**
     * Tokenises the text.
     *
     * @param text the rule's text form
     * @return the tokens, ending with an {@link Token.Kind#END} token
     * @throws RuleException at the first character that starts no token
     */
    static List<Token> tokens(String text) {
        return new RuleLexer(text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            SourcePosition start = new SourcePosition(line, column);
            if (offset >= text.length()) {
                tokens.add(new Token(Token.Kind.END, "", "", start));
                return tokens;
            }
            tokens.add(next(start));
        }
    }

    private void skipSpace() {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            advance();
        }
    }

    /** Moves one UTF-16 unit on; a low surrogate after a high one does not count as a column. */
    private void advance() {
        char c = text.charAt(offset);
        offset++;
        if (c == '\n') {
            line++;
            column = 1;
        } else if (!(Character.isLowSurrogate(c) && offset >= 2 && Character.isHighSurrogate(text.charAt(offset - 2)))) {
            column++;
        }
    }

    private Token next(SourcePosition start) {
        int begin = offset;
        char c = text.charAt(offset);
        if (c == '"') {
            return string(start);
        }
        if (isDigit(c) || (c == '-' && offset + 1 < text.length() && isDigit(text.charAt(offset + 1)))) {
            return numberOrDate(start);
        }
        if (isWordStart(c)) {
            while (offset < text.length() && isWordPart(text.charAt(offset))) {
                advance();
            }
            String word = text.substring(begin, offset);
            return new Token(Token.Kind.WORD, word, word, start);
        }
        String symbol = switch (c) {
            case '(', ')', ',', '=' -> String.valueOf(c);
            case '<', '>' -> peekIs(1, '=') ? c + "=" : String.valueOf(c);
            case '!' -> peekIs(1, '=') ? "!=" : null;
            default -> null;
        };
        if (symbol == null) {
            int cp = text.codePointAt(offset);
            throw error(start, "syntax.unexpected_character", "unexpected character "
                    + (Character.isISOControl(cp) || Character.isWhitespace(cp)
                            ? String.format("U+%04X", cp) : "'" + Character.toString(cp) + "'")
                    + "; expected a condition, an operator or a value");
        }
        for (int i = 0; i < symbol.length(); i++) {
            advance();
        }
        return new Token(Token.Kind.SYMBOL, symbol, symbol, start);
    }

    private boolean peekIs(int ahead, char expected) {
        return offset + ahead < text.length() && text.charAt(offset + ahead) == expected;
    }

    private Token numberOrDate(SourcePosition start) {
        int begin = offset;
        if (text.charAt(offset) == '-') {
            advance();
        }
        int digits = digits();
        boolean dateLike = digits == 4 && begin == offset - 4 && peekIs(0, '-')
                && offset + 1 < text.length() && isDigit(text.charAt(offset + 1));
        if (dateLike) {
            while (offset < text.length() && "0123456789-:.TZ".indexOf(text.charAt(offset)) >= 0) {
                advance();
            }
            return dateOrInstant(text.substring(begin, offset), start);
        }
        if (peekIs(0, '.') && offset + 1 < text.length() && isDigit(text.charAt(offset + 1))) {
            advance();
            digits += digits();
        }
        String number = text.substring(begin, offset);
        if (digits > MAX_DIGITS) {
            throw error(start, "syntax.number_too_long", "number too long: at most " + MAX_DIGITS + " digits, got " + digits);
        }
        return new Token(Token.Kind.NUMBER, number, number, start);
    }

    private int digits() {
        int n = 0;
        while (offset < text.length() && isDigit(text.charAt(offset))) {
            advance();
            n++;
        }
        return n;
    }

    private static Token dateOrInstant(String written, SourcePosition start) {
        String shown = written.length() > 40 ? written.substring(0, 37) + "..." : written;
        if (DATE.matcher(written).matches()) {
            try {
                LocalDate.parse(written);
                return new Token(Token.Kind.DATE, written, written, start);
            } catch (DateTimeParseException e) {
                throw error(start, "syntax.bad_date", "'" + shown + "' is not a valid date");
            }
        }
        if (INSTANT.matcher(written).matches()) {
            try {
                Instant instant = Instant.parse(written);
                if (instant.getNano() % 1000 != 0) {
                    throw error(start, "syntax.bad_instant", "'" + shown + "' is finer than a microsecond");
                }
                return new Token(Token.Kind.INSTANT, written, written, start);
            } catch (DateTimeParseException e) {
                throw error(start, "syntax.bad_instant", "'" + shown + "' is not a valid instant");
            }
        }
        throw error(start, "syntax.bad_date", "'" + shown
                + "' is neither a date (yyyy-mm-dd) nor an instant (yyyy-mm-ddThh:mm:ssZ)");
    }

    private Token string(SourcePosition start) {
        int begin = offset;
        advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (offset >= text.length()) {
                throw error(start, "syntax.unterminated_string", "string not terminated: expected a closing '\"'");
            }
            char c = text.charAt(offset);
            if (c == '"') {
                advance();
                return new Token(Token.Kind.STRING, text.substring(begin, offset), value.toString(), start);
            }
            if (c != '\\') {
                value.append(c);
                advance();
                continue;
            }
            SourcePosition escape = new SourcePosition(line, column);
            advance();
            if (offset >= text.length()) {
                throw error(start, "syntax.unterminated_string", "string not terminated: expected a closing '\"'");
            }
            char e = text.charAt(offset);
            switch (e) {
                case '"', '\\' -> value.append(e);
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'u' -> value.append(unicodeEscape(escape));
                default -> throw error(escape, "syntax.bad_escape",
                        "bad escape '\\" + (Character.isISOControl(e) ? String.format("u%04X", (int) e) : e)
                                + "' in string: expected \\\" \\\\ \\n \\t \\r or \\uXXXX");
            }
            if (e != 'u') {
                advance();
            }
        }
    }

    /** Reads the four hex digits after {@code \\u}, leaving the offset after them. */
    private char unicodeEscape(SourcePosition escape) {
        advance();
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = offset < text.length() ? hexDigit(text.charAt(offset)) : -1;
            if (digit < 0) {
                throw error(escape, "syntax.bad_escape", "bad escape in string: \\u takes four hex digits");
            }
            code = code * 16 + digit;
            advance();
        }
        return (char) code;
    }

    /** Only ASCII hex digits: {@link Character#digit} would also take full-width ones. */
    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }

    static RuleException error(SourcePosition position, String code, String detail) {
        return new RuleException(RuleProblem.at(position, code, detail));
    }
}
