package io.crmkit.segment.rule;

/**
 * One token of a rule's text form.
 *
 * @param kind what sort of token
 * @param text the token as written (for a string, with its quotes and escapes)
 * @param value for a string its decoded value, else the text
 * @param position where it starts
 */
record Token(Kind kind, String text, String value, SourcePosition position) {

    /** Sorts of token. */
    enum Kind {
        /** A word: keyword, attribute, identifier, currency or unit. */
        WORD,
        /** {@code -?digits(.digits)?}. */
        NUMBER,
        /** A double-quoted string. */
        STRING,
        /** {@code yyyy-mm-dd}. */
        DATE,
        /** {@code yyyy-mm-ddThh:mm:ss(.fraction)?Z}. */
        INSTANT,
        /** {@code ( ) , = != < <= > >=}. */
        SYMBOL,
        /** The end of the text. */
        END
    }

    boolean is(String word) {
        return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equals(word);
    }

    /** {@return how error messages show the token} */
    String describe() {
        if (kind == Kind.END) {
            return "the end of the text";
        }
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return "'" + shown + "'";
    }
}
