package io.crmkit.examples.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of audit_field_change. */
@Embeddable
class FieldChangeValue {
    @Column(name = "field")
    String field;
    @Column(name = "before_value")
    String before;
    @Column(name = "after_value")
    String after;

    FieldChangeValue() {
    }

    FieldChangeValue(String field, String after) {
        this.field = field;
        this.after = after;
    }
}
