package io.crmkit.classification;

import io.crmkit.config.ClassificationDefinition;
import io.crmkit.config.ClassificationRuleDefinition;
import io.crmkit.config.ConfigurationException;
import io.crmkit.config.ConfigurationProblem;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.config.ValueAssessmentSettings;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.eval.CompiledRule;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.rule.Comparison;
import io.crmkit.segment.rule.Figure;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleChecker;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.segment.rule.RuleVocabulary;
import io.crmkit.segment.rule.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A deployment's classifications and value assessment with every condition parsed and checked
 * against the configuration. Built once when {@code Crm} is built, so a broken rule in the
 * configuration stops start-up with its path, not the first purchase.
 */
public final class ClassificationPlan {
    private final CrmConfiguration configuration;
    private final RuleVocabulary vocabulary;
    private final FactsLayout layout;
    private final List<Planned> classifications;
    private final Optional<ValueAssessmentSettings> value;
    private final Optional<Window> valueWindow;

    /** One classification with its parsed rules. */
    record Planned(ClassificationDefinition definition, List<Rule> conditions) {
    }

    private ClassificationPlan(CrmConfiguration configuration, List<Planned> classifications, Optional<Window> valueWindow) {
        this.configuration = configuration;
        this.vocabulary = RuleVocabulary.of(configuration);
        this.layout = new FactsLayout(vocabulary);
        this.classifications = List.copyOf(classifications);
        this.value = configuration.valueAssessment();
        this.valueWindow = valueWindow;
    }

    /**
     * Parses and checks a configuration's classification rules and value window.
     *
     * @param configuration the configuration
     * @return the plan
     * @throws ConfigurationException listing every rule that does not parse or check, with its
     *     path (e.g. {@code classification[0].rules[1].when}) and the rule problem
     */
    public static ClassificationPlan of(CrmConfiguration configuration) {
        RuleVocabulary vocabulary = RuleVocabulary.of(configuration);
        List<ConfigurationProblem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        List<ClassificationDefinition> all = configuration.classifications();
        for (int i = 0; i < all.size(); i++) {
            List<Rule> conditions = new ArrayList<>();
            for (int j = 0; j < all.get(i).rules().size(); j++) {
                ClassificationRuleDefinition r = all.get(i).rules().get(j);
                String path = "classification[" + i + "].rules[" + j + "].when";
                try {
                    Rule rule = RuleText.parse(r.when());
                    RuleChecker.check(rule, vocabulary, RuleLimits.defaults());
                    conditions.add(rule);
                } catch (RuleException e) {
                    e.problems().forEach(p -> problems.add(new ConfigurationProblem(path, p.message())));
                }
            }
            planned.add(new Planned(all.get(i), conditions));
        }
        Optional<Window> window = Optional.empty();
        if (configuration.valueAssessment().isPresent()) {
            String text = configuration.valueAssessment().get().window();
            try {
                window = Optional.of(((Figure) ((Comparison) RuleText.parse("orders(" + text + ") >= 0")).operand()).window());
            } catch (RuleException | ClassCastException e) {
                problems.add(new ConfigurationProblem("valueAssessment.window", "'" + text
                        + "' is not a window such as 12 months, this year, last year or all time"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new ClassificationPlan(configuration, planned, window);
    }

    /** {@return the configuration planned} */
    public CrmConfiguration configuration() {
        return configuration;
    }

    /** {@return the layout customers' facts are built with for this plan} */
    public FactsLayout layout() {
        return layout;
    }

    /** {@return whether there is anything to do} */
    public boolean isEmpty() {
        return classifications.isEmpty() && value.isEmpty();
    }

    /**
     * Compiles the plan for one evaluation time (relative dates and windows resolved).
     *
     * @param time when
     * @param rfm quintile boundaries for RFM scoring, if the batch computed them
     * @return the compiled plan
     */
    public CompiledPlan compile(EvaluationTime time, Optional<RfmBoundaries> rfm) {
        List<CompiledPlan.CompiledClassification> compiled = new ArrayList<>();
        for (Planned p : classifications) {
            List<CompiledRule> rules = p.conditions().stream()
                    .map(r -> CompiledRule.compile(new BoundRule(r, vocabulary, time), layout)).toList();
            compiled.add(new CompiledPlan.CompiledClassification(p.definition(), rules));
        }
        Optional<ValueScorer> scorer = value.flatMap(v -> valueWindow.map(w -> new ValueScorer(v, w, time.today(),
                layout.currencyDigits(), rfm)));
        return new CompiledPlan(compiled, value, scorer);
    }
}
