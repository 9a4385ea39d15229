package io.crmkit.jdbc.customer;

import io.crmkit.customer.CustomFieldValue;
import io.crmkit.jdbc.internal.RowBinder;
import io.crmkit.jdbc.internal.RowParams;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.Money;
import io.crmkit.shared.StorageException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * How a custom field value maps onto the typed columns of {@code customer_custom_field}:
 * {@code value_type} names the kind, exactly one value column is set, and a multi-choice
 * value takes one row per chosen option ({@code value_index} 0, 1, …; a choice of none is
 * one row with {@code text_value} NULL).
 */
final class CustomFieldCodec {
    /** The columns of a row, in the order {@link #rows} binds them. */
    static final String INSERT = "INSERT INTO customer_custom_field (tenant_id, customer_id, field_key, value_index,"
            + " value_type, text_value, number_value, currency, date_value, timestamp_value, bool_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int TEXT = 6;
    private static final int NUMBER = 7;
    private static final int CURRENCY = 8;
    private static final int DATE = 9;
    private static final int TIMESTAMP = 10;
    private static final int BOOL = 11;
    /** {@code number_value} is NUMERIC(38, 10): crm-core's limit of 28 integer and 10 fraction digits. */
    private static final int MAX_FRACTION_DIGITS = 10;
    private static final int MAX_INTEGER_DIGITS = 28;

    private CustomFieldCodec() {
    }

    /**
     * The rows of one value, for a write of {@link #INSERT}. Numbers that the column would
     * round are refused here, when the write is made, not when it is sent.
     */
    static List<RowBinder> rows(String tenant, UUID customer, String key, CustomFieldValue value) {
        if (value instanceof CustomFieldValue.Choices many) {
            if (many.options().isEmpty()) {
                // "None of the options" is a value too: one row without an option keeps it.
                return List.of(p -> row(p, tenant, customer, key, 0, "CHOICES"));
            }
            List<RowBinder> rows = new ArrayList<>(many.options().size());
            int index = 0;
            for (String option : many.options()) {
                int at = index++;
                rows.add(p -> {
                    row(p, tenant, customer, key, at, "CHOICES");
                    p.string(TEXT, option);
                });
            }
            return rows;
        }
        String type = typeOf(value);
        RowBinder column = valueColumn(key, value);
        return List.of(p -> {
            row(p, tenant, customer, key, 0, type);
            column.bind(p);
        });
    }

    /** Binds the one value column a single-row value sets. */
    private static RowBinder valueColumn(String key, CustomFieldValue value) {
        if (value instanceof CustomFieldValue.Text t) {
            return p -> p.string(TEXT, t.value());
        } else if (value instanceof CustomFieldValue.Choice c) {
            return p -> p.string(TEXT, c.option());
        } else if (value instanceof CustomFieldValue.Whole w) {
            BigDecimal number = BigDecimal.valueOf(w.value());
            return p -> p.decimal(NUMBER, number);
        } else if (value instanceof CustomFieldValue.Decimal d) {
            BigDecimal number = fitting(key, d.value());
            return p -> p.decimal(NUMBER, number);
        } else if (value instanceof CustomFieldValue.Amount a) {
            BigDecimal number = fitting(key, a.value().amount());
            String currency = a.value().currency().getCurrencyCode();
            return p -> {
                p.decimal(NUMBER, number);
                p.string(CURRENCY, currency);
            };
        } else if (value instanceof CustomFieldValue.Day d) {
            return p -> p.date(DATE, d.value());
        } else if (value instanceof CustomFieldValue.Moment m) {
            return p -> p.instant(TIMESTAMP, m.value());
        } else if (value instanceof CustomFieldValue.Flag f) {
            return p -> p.bool(BOOL, f.value());
        }
        throw new AssertionError("unknown custom field value " + value.getClass());
    }

    private static void row(RowParams p, String tenant, UUID customer, String key, int index, String type)
            throws SQLException {
        p.string(1, tenant);
        p.uuid(2, customer);
        p.string(3, key);
        p.integer(4, index);
        p.string(5, type);
        p.nullOf(TEXT, Types.VARCHAR);
        p.nullOf(NUMBER, Types.NUMERIC);
        p.nullOf(CURRENCY, Types.VARCHAR);
        p.nullOf(DATE, Types.DATE);
        p.nullOf(TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE);
        p.nullOf(BOOL, Types.BOOLEAN);
    }

    /** Refuses what NUMERIC(38, 10) would silently round, rather than store another number. */
    private static BigDecimal fitting(String key, BigDecimal v) {
        if (v.scale() > MAX_FRACTION_DIGITS || v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw new StorageException("custom field '" + key + "' holds a number with more than "
                    + MAX_INTEGER_DIGITS + " integer or " + MAX_FRACTION_DIGITS + " fraction digits,"
                    + " more than its column keeps");
        }
        return v;
    }

    /** The {@code value_type} code of a value. */
    static String typeOf(CustomFieldValue value) {
        if (value instanceof CustomFieldValue.Text) {
            return "TEXT";
        } else if (value instanceof CustomFieldValue.Whole) {
            return "INTEGER";
        } else if (value instanceof CustomFieldValue.Decimal) {
            return "DECIMAL";
        } else if (value instanceof CustomFieldValue.Amount) {
            return "MONEY";
        } else if (value instanceof CustomFieldValue.Day) {
            return "DATE";
        } else if (value instanceof CustomFieldValue.Moment) {
            return "DATE_TIME";
        } else if (value instanceof CustomFieldValue.Flag) {
            return "BOOLEAN";
        } else if (value instanceof CustomFieldValue.Choice) {
            return "CHOICE";
        } else if (value instanceof CustomFieldValue.Choices) {
            return "CHOICES";
        }
        throw new AssertionError("unknown custom field value " + value.getClass());
    }

    /** Reads a single-row value; the rows of a multi-choice value are gathered by {@link CustomerReader}. */
    static CustomFieldValue read(String type, ResultSet rs) throws SQLException {
        switch (type) {
            case "TEXT":
                return CustomFieldValue.text(rs.getString("text_value"));
            case "CHOICE":
                return CustomFieldValue.choice(rs.getString("text_value"));
            case "INTEGER":
                return CustomFieldValue.integer(rs.getBigDecimal("number_value").longValueExact());
            case "DECIMAL":
                return CustomFieldValue.decimal(rs.getBigDecimal("number_value"));
            case "MONEY":
                return CustomFieldValue.money(Money.of(rs.getBigDecimal("number_value").stripTrailingZeros(),
                        Currency.getInstance(rs.getString("currency"))));
            case "DATE":
                return CustomFieldValue.date(rs.getObject("date_value", LocalDate.class));
            case "DATE_TIME":
                return CustomFieldValue.dateTime(Sql.instant(rs, "timestamp_value"));
            case "BOOLEAN":
                return CustomFieldValue.bool(rs.getBoolean("bool_value"));
            default:
                throw new StorageException("unknown value_type '" + type + "' in customer_custom_field");
        }
    }
}
