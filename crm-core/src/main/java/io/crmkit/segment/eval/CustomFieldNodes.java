package io.crmkit.segment.eval;

import io.crmkit.customer.CustomFieldValue;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.CustomField;
import io.crmkit.segment.rule.Literal;
import io.crmkit.segment.rule.Operator;
import java.math.BigDecimal;
import java.util.List;

/** Compiles comparisons of custom field values, by the field's configured type. */
final class CustomFieldNodes {

    /** A whole-number field compared without a reader in between (the most common custom field test). */
    static final class WholeField extends Node {
        final int valueWord;
        final int presenceWord;
        final long presenceBit;
        final LongCondition condition;

        WholeField(Comparison source, FactsLayout layout, int field, LongCondition condition) {
            super(source);
            this.valueWord = layout.wholeWord(field);
            this.presenceWord = layout.wholePresenceWord();
            this.presenceBit = 1L << field;
            this.condition = condition;
        }

        @Override
        boolean test(SegmentFacts f) {
            long[] w = f.words;
            return (w[presenceWord] & presenceBit) != 0 && condition.test(w[valueWord]);
        }
    }

    private CustomFieldNodes() {
    }

    static Node compile(Comparison c, CustomField field, FactsLayout layout, EvaluationTime time) {
        int i = layout.customField(field.key());
        if (i < 0 || layout.definition(field.key()).isEmpty()) {
            // An unchecked rule naming an unknown field: no customer has a value for it.
            return new Node.Constant(c, c.operator() == Operator.IS_EMPTY);
        }
        List<BigDecimal> numbers = c.values().stream()
                .filter(l -> l instanceof Literal.Decimal || l instanceof Literal.Amount).map(ValueNodes::number).toList();
        return switch (layout.definition(field.key()).get().type()) {
            case TEXT, LONG_TEXT -> ValueNodes.text(c, f -> f.custom[i] instanceof CustomFieldValue.Text t ? t.value() : null,
                    false);
            case SINGLE_CHOICE -> ValueNodes.text(c,
                    f -> f.custom[i] instanceof CustomFieldValue.Choice ch ? ch.option() : null, false);
            case MULTI_CHOICE -> ValueNodes.options(c,
                    f -> f.custom[i] instanceof CustomFieldValue.Choices ch ? ch.options() : null);
            case INTEGER -> c.operator() == Operator.IS_EMPTY || !layout.packed(i)
                    ? ValueNodes.whole(c, f -> f.custom[i] instanceof CustomFieldValue.Whole w ? w.value() : ValueNodes.ABSENT,
                    numbers)
                    : new WholeField(c, layout, i, LongCondition.of(c.operator(), numbers));
            case DECIMAL -> ValueNodes.decimal(c,
                    f -> f.custom[i] instanceof CustomFieldValue.Decimal d ? d.value() : null, numbers);
            case MONEY -> ValueNodes.decimal(c,
                    f -> f.custom[i] instanceof CustomFieldValue.Amount a ? a.value().amount() : null, numbers);
            case DATE -> ValueNodes.day(c,
                    f -> f.custom[i] instanceof CustomFieldValue.Day d ? d.value().toEpochDay() : ValueNodes.ABSENT, time);
            case DATE_TIME -> ValueNodes.instant(c,
                    f -> f.custom[i] instanceof CustomFieldValue.Moment m ? FactsLayout.micros(m.value()) : ValueNodes.ABSENT,
                    time);
            case BOOLEAN -> ValueNodes.flag(c, f -> f.custom[i] instanceof CustomFieldValue.Flag b ? b.value() : null);
        };
    }
}
