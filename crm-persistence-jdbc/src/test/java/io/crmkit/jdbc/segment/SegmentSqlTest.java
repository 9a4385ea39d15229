package io.crmkit.jdbc.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.config.CrmConfiguration;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.EvaluationTime;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleChecker;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleText;
import io.crmkit.segment.rule.RuleVocabulary;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What reaches SQL from a rule: fixed text and placeholders, every value a bind parameter. */
class SegmentSqlTest {
    private static final CrmConfiguration CONFIG = CrmConfiguration.parse("""
            customFields:
              - {key: slogan, type: TEXT}
            tags:
              - {key: keyword, multiValued: true}
            """);

    private static SegmentSql sql(String text) {
        RuleVocabulary vocabulary = RuleVocabulary.of(CONFIG);
        Rule rule = RuleText.parse(text);
        RuleChecker.check(rule, vocabulary, RuleLimits.defaults());
        return SegmentSql.of(new BoundRule(rule, vocabulary, new EvaluationTime(Instant.parse("2026-11-23T08:00:00Z"),
                ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void hostileValuesAndKeysAreBoundNeverWrittenIntoTheStatement() {
        String hostile = "'; DROP TABLE customer; --";
        SegmentSql s = sql("tag(keyword) in (\"" + hostile + "\") or custom(slogan) contains \"" + hostile
                + "\" or name starts with \"%_!\" or region = \"x' OR '1'='1\"");
        assertThat(s.condition()).doesNotContain("DROP", "'1'='1", "keyword", "slogan", "%_");
        assertThat(s.countSql()).doesNotContain("DROP");
        assertThat(s.binds()).contains("keyword", hostile, "slogan", "%" + "'; DROP TABLE customer; --" + "%", "x' OR '1'='1");
        assertThat(s.binds()).contains("!%!_!!%");
        long placeholders = s.condition().chars().filter(c -> c == '?').count();
        assertThat(placeholders).isEqualTo(s.binds().size());
    }

    @Test
    void figuresAreExistsSubqueriesOnThePurchaseIndexColumns() {
        SegmentSql s = sql("spend(12 months) >= 100000 CNY and lastContact older than 30 days");
        assertThat(s.condition()).contains("EXISTS (SELECT 1 FROM purchase p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id")
                .contains("p.purchased_on >= ?").contains("HAVING COALESCE(SUM(p.base_amount), 0) >= ?")
                .contains("EXISTS (SELECT 1 FROM customer_activity a");
        assertThat(s.firstPageSql()).endsWith("ORDER BY c.tenant_id, c.id LIMIT ?");
    }

    @Test
    void membersOfARuleEveryMemberOfWhichHasOneTagValueAreReadFromThatTagsRows() {
        SegmentSql s = sql("tag(keyword) = \"steel\" and spend(12 months) >= 100000 CNY and not tag(keyword) = \"lost\"");
        assertThat(s.firstPageSql()).startsWith("SELECT d.customer_id FROM customer_tag d WHERE d.tenant_id = ?")
                .contains("p.tenant_id = d.tenant_id AND p.customer_id = d.customer_id")
                .doesNotContain("c.")
                .endsWith("AND d.dimension = ? AND d.tag_value = ? ORDER BY d.tenant_id, d.dimension, d.tag_value,"
                        + " d.customer_id LIMIT ?");
        assertThat(s.firstPageBinds()).endsWith("keyword", "steel");
        assertThat(s.firstPageSql().chars().filter(c -> c == '?').count()).isEqualTo(1 + s.firstPageBinds().size() + 1);
        // The count still runs over customers.
        assertThat(s.countSql()).startsWith("SELECT COUNT(*) FROM customer c");
    }

    @Test
    void membersOfARuleThatReadsCustomerColumnsOrHasNoSingleTagValueAreReadFromCustomers() {
        assertThat(sql("tag(keyword) = \"steel\" and region = \"east\"").firstPageSql())
                .startsWith("SELECT c.id FROM customer c");
        assertThat(sql("tag(keyword) in (\"steel\", \"wood\")").firstPageSql()).startsWith("SELECT c.id FROM customer c");
        assertThat(sql("tag(keyword) = \"steel\" or spend(12 months) >= 1 CNY").firstPageSql())
                .startsWith("SELECT c.id FROM customer c");
        assertThat(sql("tag(keyword) has all (\"steel\", \"wood\")").firstPageSql())
                .startsWith("SELECT d.customer_id FROM customer_tag d");
    }
}
