package io.crmkit.segment.eval;

import io.crmkit.customer.Address;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.rule.Attribute;
import io.crmkit.segment.rule.Comparison;
import java.util.Optional;
import java.util.function.Function;

/** Compiles comparisons of the customer's own fields and dates. */
final class AttributeNodes {

    private AttributeNodes() {
    }

    static Node compile(Comparison c, Attribute a, EvaluationTime time) {
        return switch (a) {
            case NAME -> c.operator() == io.crmkit.segment.rule.Operator.CONTAINS
                    || c.operator() == io.crmkit.segment.rule.Operator.STARTS_WITH
                    ? ValueNodes.text(c, f -> f.nameLower, true) : ValueNodes.text(c, f -> f.customer.name(), false);
            case TYPE -> ValueNodes.text(c, f -> f.customer.details().type().name(), false);
            case INDUSTRY -> ValueNodes.text(c, f -> f.customer.details().industry(), false);
            case SIZE -> ValueNodes.text(c, f -> f.customer.details().size().orElse(null), false);
            case REGION -> ValueNodes.text(c, f -> f.customer.details().region().orElse(null), false);
            case SOURCE -> ValueNodes.text(c, f -> f.customer.details().source().orElse(null), false);
            case PROVINCE -> ValueNodes.text(c, address(Address::province), false);
            case CITY -> ValueNodes.text(c, address(Address::city), false);
            case OWNER -> ValueNodes.text(c, f -> f.customer.owner().value(), false);
            case STATUS -> ValueNodes.text(c, f -> f.customer.lifecycleStatus(), false);
            case CREATED -> ValueNodes.instant(c, f -> FactsLayout.micros(f.customer.createdAt()), time);
            case UPDATED -> ValueNodes.instant(c, f -> FactsLayout.micros(f.customer.updatedAt()), time);
            case LAST_CONTACT -> lastContact(c, time);
            case FIRST_PURCHASE -> ValueNodes.day(c, f -> f.purchaseDays.length == 0 ? ValueNodes.ABSENT : f.purchaseDays[0], time);
            case LAST_PURCHASE -> ValueNodes.day(c,
                    f -> f.purchaseDays.length == 0 ? ValueNodes.ABSENT : f.purchaseDays[f.purchaseDays.length - 1], time);
        };
    }

    /** The last contact compared without a reader in between. */
    private static Node lastContact(Comparison c, EvaluationTime time) {
        Node general = ValueNodes.instant(c, f -> f.lastContactMicros, time);
        if (c.operator() != io.crmkit.segment.rule.Operator.OLDER_THAN) {
            return general;
        }
        long threshold = FactsLayout.micros(time.instantBefore((io.crmkit.segment.rule.Literal.Span) c.values().get(0)));
        return new ContactedBefore(c, threshold);
    }

    /** {@code lastContact older than …}: a recorded contact before an instant (microseconds). */
    static final class ContactedBefore extends Node {
        final long threshold;

        ContactedBefore(Comparison source, long threshold) {
            super(source);
            this.threshold = threshold;
        }

        @Override
        boolean test(SegmentFacts f) {
            long at = f.lastContactMicros;
            return at != SegmentFacts.NEVER && at < threshold;
        }
    }

    /** An address part; an empty part ("does not apply") counts as no value, as in SQL. */
    private static Function<SegmentFacts, String> address(Function<Address, String> part) {
        return f -> {
            Optional<Address> a = f.customer.details().address();
            if (a.isEmpty()) {
                return null;
            }
            String v = part.apply(a.get());
            return v.isEmpty() ? null : v;
        };
    }
}
