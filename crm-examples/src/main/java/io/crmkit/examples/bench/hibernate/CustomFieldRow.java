package io.crmkit.examples.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of customer_custom_field. */
@Embeddable
class CustomFieldRow {
    @Column(name = "field_key")
    String key;
    @Column(name = "value_index")
    int index;
    @Column(name = "value_type")
    String type;
    @Column(name = "text_value")
    String text;
    @Column(name = "number_value")
    BigDecimal number;
    @Column(name = "currency")
    String currency;
    @Column(name = "date_value")
    LocalDate date;
    @Column(name = "timestamp_value")
    Instant timestamp;
    @Column(name = "bool_value")
    Boolean bool;
}
