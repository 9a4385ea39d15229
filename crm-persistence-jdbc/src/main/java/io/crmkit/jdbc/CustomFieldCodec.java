package io.crmkit.jdbc;

import io.crmkit.customer.CustomFieldValue;
import io.crmkit.shared.Money;
import io.crmkit.shared.StorageException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;

/** The {@code value_type} codes of {@code customer_custom_field} rows, and reading a row back into a value. */
final class CustomFieldCodec {
    private CustomFieldCodec() {
    }

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
        }
        return "CHOICES";
    }

    /** Reads a single-row value; multi-choice rows are gathered by the reader. */
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
                BigDecimal amount = rs.getBigDecimal("number_value");
                return CustomFieldValue.money(Money.of(amount.stripTrailingZeros(),
                        Currency.getInstance(rs.getString("currency"))));
            case "DATE":
                return CustomFieldValue.date(rs.getObject("date_value", LocalDate.class));
            case "DATE_TIME":
                return CustomFieldValue.dateTime(Sql.instant(rs, "timestamp_value"));
            case "BOOLEAN":
                return CustomFieldValue.bool(rs.getBoolean("bool_value"));
            default:
                throw new StorageException("unknown custom field value type '" + type + "' in customer_custom_field");
        }
    }
}
