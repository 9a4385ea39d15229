package io.crmkit.jdbc.segment;

import io.crmkit.config.CustomFieldType;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.purchase.DateRange;
import io.crmkit.purchase.PurchaseWindows;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.rule.AllOf;
import io.crmkit.segment.rule.AnyOf;
import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Not;
import io.crmkit.segment.rule.Operator;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.TagCondition;
import io.crmkit.segment.rule.TagTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates a checked rule into one SQL condition on {@code customer c} (or, for member pages,
 * on the rows of one tag value: see {@link #forMembers}), with bind parameters
 * for every value: tags, custom fields, contacts and purchases become correlated
 * {@code EXISTS} subqueries on their indexes (tenant and customer leading), which the databases
 * run as semi-joins. Table and column names come only from the constants here, never from the
 * rule.
 *
 * <p>Every condition it produces is TRUE or FALSE, never NULL (a missing value fails a
 * comparison explicitly), so {@code NOT} means exactly what it means in memory. Figures are
 * {@code EXISTS (… HAVING …)} over the customer's purchases: an aggregate without
 * {@code GROUP BY} yields one row even for no purchases, so spend is 0, not unknown; average
 * order and growth are compared without division, as in memory.
 */
final class RuleSql {
    private final BoundRule bound;
    private final EvaluationTime time;
    private final Source source;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> binds = new ArrayList<>();
    private final String tagExists;
    private final String fieldExists;
    private final String contactExists;
    private final String purchasesExist;
    private boolean readsCustomerColumns;

    private RuleSql(BoundRule bound, Source source) {
        this.bound = bound;
        this.time = bound.time();
        this.source = source;
        String correlated = ".tenant_id = " + source.tenant + " AND %1$s.customer_id = " + source.id;
        this.tagExists = "EXISTS (SELECT 1 FROM customer_tag t WHERE t" + correlated.formatted("t") + " AND t.dimension = ?";
        this.fieldExists = "EXISTS (SELECT 1 FROM customer_custom_field f WHERE f" + correlated.formatted("f")
                + " AND f.field_key = ?";
        this.contactExists = "EXISTS (SELECT 1 FROM customer_activity a WHERE a" + correlated.formatted("a");
        this.purchasesExist = "EXISTS (SELECT 1 FROM purchase p WHERE p" + correlated.formatted("p")
                + " AND p.cancelled = FALSE";
    }

    /**
     * The rows a segment statement runs over: every customer, or the customers having one tag
     * value, read from {@code customer_tag_value_idx} in customer id order (the order pages are in).
     */
    enum Source {
        /** {@code customer c}. */
        CUSTOMER("customer c", "c.tenant_id", "c.id", "c.tenant_id, c.id"),
        /** {@code customer_tag d}, restricted by the condition to one dimension and value. */
        TAG("customer_tag d", "d.tenant_id", "d.customer_id", "d.tenant_id, d.dimension, d.tag_value, d.customer_id");

        final String table;
        final String tenant;
        final String id;
        /** Equality columns of the index first, so H2 too reads the index in order (see CustomerSearchSql). */
        final String order;

        Source(String table, String tenant, String id, String order) {
            this.table = table;
            this.tenant = tenant;
            this.id = id;
            this.order = order;
        }
    }

    /**
     * The condition and its parameters.
     *
     * @param source the rows the condition is over
     * @param sql a boolean SQL expression over the source's rows
     * @param binds the parameter values in order: String, Long, BigDecimal, Boolean, LocalDate or Instant
     */
    record Condition(Source source, String sql, List<Object> binds) {
    }

    /**
     * The rule over every customer.
     *
     * @param rule the checked rule
     * @return the condition on {@code customer c}
     */
    static Condition of(BoundRule rule) {
        RuleSql t = new RuleSql(rule, Source.CUSTOMER);
        t.rule(rule.rule());
        return new Condition(Source.CUSTOMER, t.sql.toString(), List.copyOf(t.binds));
    }

    /**
     * The rule for listing members in id order. When every member must have one tag value (the
     * rule is, or is an {@code and} of, such a tag test) and the rule reads no column of
     * {@code customer}, the candidates are that tag's rows, already in id order in the tag-value
     * index: a page stops after reading about size ÷ selectivity of them instead of probing
     * customers one by one. Otherwise, {@link #of}.
     *
     * @param rule the checked rule
     * @return the condition, on {@code customer_tag d} or {@code customer c}
     */
    static Condition forMembers(BoundRule rule) {
        Optional<TagCondition> driver = drivingTag(rule.rule());
        if (driver.isEmpty()) {
            return of(rule);
        }
        RuleSql t = new RuleSql(rule, Source.TAG);
        // The driving tag is what the rows are: the rest of the rule is tested on them, without
        // a subquery for it again (which would give the planner a redundant semi-join to misjudge).
        List<Rule> rest = new ArrayList<>();
        for (Rule c : rule.rule() instanceof AllOf all ? all.rules() : List.of(rule.rule())) {
            if (c != driver.get()) {
                rest.add(c);
            } else if (driver.get().values().size() > 1) {
                rest.add(new TagCondition(driver.get().dimension(), TagTest.HAS_ALL,
                        driver.get().values().subList(1, driver.get().values().size())));
            }
        }
        if (rest.isEmpty()) {
            t.sql.append("TRUE");
        } else if (rest.size() == 1) {
            t.rule(rest.get(0));
        } else {
            t.join(rest, " AND ");
        }
        if (t.readsCustomerColumns) {
            return of(rule);
        }
        t.sql.append(" AND d.dimension = ? AND d.tag_value = ?");
        t.binds.add(driver.get().dimension());
        t.binds.add(driver.get().values().get(0));
        return new Condition(Source.TAG, t.sql.toString(), List.copyOf(t.binds));
    }

    /** A tag test every member passes that names one value it must have: the rule itself or a conjunct. */
    private static Optional<TagCondition> drivingTag(Rule r) {
        List<Rule> conjuncts = r instanceof AllOf all ? all.rules() : List.of(r);
        for (Rule c : conjuncts) {
            boolean oneValue = c instanceof TagCondition t && t.values().size() == 1
                    && (t.test() == TagTest.HAS || t.test() == TagTest.HAS_ANY);
            boolean allOf = c instanceof TagCondition t && !t.values().isEmpty() && t.test() == TagTest.HAS_ALL;
            if (oneValue || allOf) {
                return Optional.of((TagCondition) c);
            }
        }
        return Optional.empty();
    }

    private void rule(Rule r) {
        if (r instanceof AllOf all) {
            join(all.rules(), " AND ");
        } else if (r instanceof AnyOf any) {
            join(any.rules(), " OR ");
        } else if (r instanceof Not not) {
            sql.append("NOT (");
            rule(not.rule());
            sql.append(')');
        } else if (r instanceof TagCondition t) {
            tag(t);
        } else {
            Comparison c = (Comparison) r;
            if (c.operand() instanceof Attribute a) {
                attribute(c, a);
            } else if (c.operand() instanceof CustomField f) {
                customField(c, f);
            } else {
                FigureSql.append(this, c, (Figure) c.operand());
            }
        }
    }

    private void join(List<Rule> rules, String op) {
        sql.append('(');
        for (int i = 0; i < rules.size(); i++) {
            if (i > 0) {
                sql.append(op);
            }
            rule(rules.get(i));
        }
        sql.append(')');
    }

    private void tag(TagCondition t) {
        switch (t.test()) {
            case HAS, HAS_ANY -> tagExists(t.dimension(), t.values());
            case HAS_NONE -> {
                sql.append("NOT ");
                tagExists(t.dimension(), t.values());
            }
            case HAS_ALL -> {
                sql.append('(');
                for (int i = 0; i < t.values().size(); i++) {
                    sql.append(i == 0 ? "" : " AND ");
                    tagExists(t.dimension(), List.of(t.values().get(i)));
                }
                sql.append(')');
            }
            case IS_EMPTY -> {
                sql.append("NOT ").append(tagExists).append(')');
                binds.add(t.dimension());
            }
        }
    }

    private void tagExists(String dimension, List<String> values) {
        sql.append(tagExists).append(" AND t.tag_value IN (").append(Sql.placeholders(values.size())).append("))");
        binds.add(dimension);
        binds.addAll(values);
    }

    private void attribute(Comparison c, Attribute a) {
        switch (a) {
            case NAME -> {
                boolean pattern = c.operator() == Operator.CONTAINS || c.operator() == Operator.STARTS_WITH;
                column(c, pattern ? "c.name_lower" : "c.name", "TRUE", pattern);
            }
            case TYPE -> column(c, "c.customer_type", "TRUE", false);
            case INDUSTRY -> column(c, "c.industry", "TRUE", false);
            case SIZE -> column(c, "c.size_band", "c.size_band IS NOT NULL", false);
            case REGION -> column(c, "c.region", "c.region IS NOT NULL", false);
            case SOURCE -> column(c, "c.source", "c.source IS NOT NULL", false);
            // An empty address part means "does not apply": no value, as in memory.
            case PROVINCE -> column(c, "c.address_province",
                    "(c.address_province IS NOT NULL AND c.address_province <> '')", false);
            case CITY -> column(c, "c.address_city", "(c.address_city IS NOT NULL AND c.address_city <> '')", false);
            case OWNER -> column(c, "c.owner_id", "TRUE", false);
            case STATUS -> column(c, "c.lifecycle_status", "TRUE", false);
            case CREATED -> column(c, "c.created_at", "TRUE", false);
            case UPDATED -> column(c, "c.updated_at", "TRUE", false);
            case LAST_CONTACT -> subquery(c, contactExists, "a.last_contact_at", "");
            case FIRST_PURCHASE -> subquery(c, purchasesExist, "MIN(p.purchased_on)", " HAVING ");
            case LAST_PURCHASE -> subquery(c, purchasesExist, "MAX(p.purchased_on)", " HAVING ");
        }
    }

    /** A customer column: {@code present AND column op ?}, or {@code NOT present} for {@code is empty}. */
    private void column(Comparison c, String column, String present, boolean lowerCasePattern) {
        readsCustomerColumns = true;
        if (c.operator() == Operator.IS_EMPTY) {
            sql.append("NOT ").append(present);
            return;
        }
        sql.append('(').append(present).append(" AND ");
        compare(c, column, lowerCasePattern);
        sql.append(')');
    }

    /**
     * A value in another table: {@code EXISTS (… AND expression op ?)}, or with {@code HAVING}
     * for aggregates; {@code is empty} is {@code NOT EXISTS} of the rows.
     */
    private void subquery(Comparison c, String exists, String expression, String having) {
        if (c.operator() == Operator.IS_EMPTY) {
            sql.append("NOT ").append(exists).append(')');
            return;
        }
        sql.append(exists).append(having.isEmpty() ? " AND " : having);
        compare(c, expression, false);
        sql.append(')');
    }

    private void customField(Comparison c, CustomField f) {
        CustomFieldType type = bound.vocabulary().customFields().get(f.key()).type();
        String column = switch (type) {
            case TEXT, LONG_TEXT, SINGLE_CHOICE, MULTI_CHOICE -> "f.text_value";
            case INTEGER, DECIMAL, MONEY -> "f.number_value";
            case DATE -> "f.date_value";
            case DATE_TIME -> "f.timestamp_value";
            case BOOLEAN -> "f.bool_value";
        };
        if (c.operator() == Operator.IS_EMPTY) {
            sql.append("NOT ").append(fieldExists).append(" AND ").append(column).append(" IS NOT NULL)");
            binds.add(f.key());
            return;
        }
        sql.append(fieldExists).append(" AND ");
        binds.add(f.key());
        if (type == CustomFieldType.MULTI_CHOICE) {
            // contains "x" and in ("x", "y") both ask whether one of the chosen options is among them.
            sql.append(column).append(" IN (").append(Sql.placeholders(c.values().size())).append(')');
            c.values().forEach(l -> binds.add(((Literal.Text) l).value()));
        } else {
            compare(c, column, false);
        }
        sql.append(')');
    }

    /** {@code expression op literal(s)}, for every operator but {@code is empty}. */
    void compare(Comparison c, String expression, boolean lowerCasePattern) {
        Operator op = c.operator();
        switch (op) {
            case EQ, NE, LT, LE, GT, GE -> {
                sql.append(expression).append(' ').append(op == Operator.NE ? "<>" : op.text()).append(" ?");
                binds.add(value(c.values().get(0)));
            }
            case BETWEEN -> {
                sql.append(expression).append(" >= ? AND ").append(expression).append(" <= ?");
                binds.add(value(c.values().get(0)));
                binds.add(value(c.values().get(1)));
            }
            case IN -> {
                sql.append(expression).append(" IN (").append(Sql.placeholders(c.values().size())).append(')');
                c.values().forEach(l -> binds.add(value(l)));
            }
            case CONTAINS, STARTS_WITH -> {
                String needle = ((Literal.Text) c.values().get(0)).value();
                if (lowerCasePattern) {
                    needle = needle.toLowerCase(Locale.ROOT);
                }
                String pattern = Sql.containsPattern(needle);
                sql.append(expression).append(" LIKE ?").append(Sql.LIKE_ESCAPE);
                binds.add(op == Operator.CONTAINS ? pattern : pattern.substring(1));
            }
            case OLDER_THAN -> {
                sql.append(expression).append(" < ?");
                binds.add(threshold(c));
            }
            case WITHIN -> {
                sql.append(expression).append(" >= ? AND ").append(expression).append(" <= ?");
                binds.add(threshold(c));
                binds.add(isDate(c) ? (Object) time.today() : time.now());
            }
            case IS_EMPTY -> throw new IllegalStateException("is empty is translated by the caller");
        }
    }

    private boolean isDate(Comparison c) {
        if (c.operand() instanceof Attribute a) {
            return a == Attribute.FIRST_PURCHASE || a == Attribute.LAST_PURCHASE;
        }
        CustomField f = (CustomField) c.operand();
        return bound.vocabulary().customFields().get(f.key()).type() == CustomFieldType.DATE;
    }

    private Object threshold(Comparison c) {
        Literal.Span span = (Literal.Span) c.values().get(0);
        return isDate(c) ? (Object) time.dateBefore(span) : time.instantBefore(span);
    }

    private static Object value(Literal l) {
        if (l instanceof Literal.Text t) {
            return t.value();
        }
        if (l instanceof Literal.Decimal d) {
            return d.value();
        }
        if (l instanceof Literal.Amount a) {
            return a.amount();
        }
        if (l instanceof Literal.Day d) {
            return d.value();
        }
        if (l instanceof Literal.Moment m) {
            return m.value();
        }
        if (l instanceof Literal.Flag f) {
            return f.value();
        }
        throw new IllegalArgumentException("a span is not a comparable value: " + l);
    }

    // ---- used by FigureSql ----

    StringBuilder sql() {
        return sql;
    }

    void bind(Object value) {
        binds.add(value);
    }

    LocalDate today() {
        return time.today();
    }

    String purchasesExist() {
        return purchasesExist;
    }

    static DateRange range(Figure f, LocalDate today) {
        return PurchaseWindows.range(f.window(), today);
    }

    static BigDecimal number(Literal l) {
        return (BigDecimal) value(l);
    }
}
