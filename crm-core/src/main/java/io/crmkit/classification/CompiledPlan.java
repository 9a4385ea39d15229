package io.crmkit.classification;

import io.crmkit.config.ClassificationDefinition;
import io.crmkit.config.ClassificationRuleDefinition;
import io.crmkit.config.ValueAssessmentSettings;
import io.crmkit.segment.eval.CompiledRule;
import io.crmkit.segment.eval.SegmentFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link ClassificationPlan} compiled for one evaluation time: what each customer should carry. */
public final class CompiledPlan {
    private final List<CompiledClassification> classifications;
    private final Optional<ValueAssessmentSettings> value;
    private final Optional<ValueScorer> scorer;

    /** One classification's definition with its compiled conditions, in order. */
    record CompiledClassification(ClassificationDefinition definition, List<CompiledRule> rules) {
    }

    CompiledPlan(List<CompiledClassification> classifications, Optional<ValueAssessmentSettings> value,
                 Optional<ValueScorer> scorer) {
        this.classifications = List.copyOf(classifications);
        this.value = value;
        this.scorer = scorer;
    }

    /**
     * What the classifications and the value assessment give a customer.
     *
     * @param facts the customer's facts
     * @return one assignment per classification, then the value group's (left out when the
     *     RFM method has no boundaries yet)
     */
    public List<Assignment> assign(SegmentFacts facts) {
        List<Assignment> out = new ArrayList<>();
        for (CompiledClassification c : classifications) {
            Optional<ClassificationRuleDefinition> chosen = c.definition().otherwise();
            for (int i = 0; i < c.rules().size(); i++) {
                if (c.rules().get(i).test(facts)) {
                    chosen = Optional.of(c.definition().rules().get(i));
                    break;
                }
            }
            out.add(new Assignment(c.definition().dimension(), chosen.map(ClassificationRuleDefinition::value),
                    chosen.map(ClassificationRuleDefinition::note).orElse("")));
        }
        assess(facts).ifPresent(a -> out.add(new Assignment(value.orElseThrow().dimension(), Optional.of(a.group()),
                a.treatment())));
        return out;
    }

    /**
     * The customer's value score.
     *
     * @param facts the customer's facts
     * @return the assessment, or empty without a value assessment (or RFM boundaries)
     */
    public Optional<ValueAssessment> assess(SegmentFacts facts) {
        return scorer.filter(ValueScorer::ready).map(s -> s.score(facts));
    }

    /**
     * A customer's RFM inputs: days since the last purchase, orders and spend (minor units) in the
     * value window.
     *
     * @param facts the customer's facts
     * @return the three inputs, or empty without a value assessment
     */
    public Optional<long[]> rfmInputs(SegmentFacts facts) {
        return scorer.map(s -> s.rfmInputs(facts));
    }
}
