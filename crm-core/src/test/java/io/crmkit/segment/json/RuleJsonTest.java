package io.crmkit.segment.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.segment.rule.Not;
import io.crmkit.segment.rule.Rule;
import io.crmkit.segment.rule.RuleException;
import io.crmkit.segment.rule.RuleLimits;
import io.crmkit.segment.rule.RuleProblem;
import io.crmkit.segment.rule.RuleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleJsonTest {

    @Test
    void writesTheDocumentedSchema() {
        Rule rule = RuleText.parse("tag(industry) = \"manufacturing\" and spend(12 months) >= 100000.50 CNY"
                + " and not tag(intent) in (\"prospect\") and lastContact older than 30 days and tag(level) is empty"
                + " and (custom(vip) = true or region is empty)");
        String json = RuleJson.write(rule);
        assertThat(json).isEqualTo("{\"and\":[{\"tag\":\"industry\",\"test\":\"has\",\"values\":[\"manufacturing\"]},"
                + "{\"figure\":\"spend\",\"window\":\"12 months\",\"op\":\">=\",\"values\":[{\"amount\":\"100000.50\",\"currency\":\"CNY\"}]},"
                + "{\"not\":{\"tag\":\"intent\",\"test\":\"has_any\",\"values\":[\"prospect\"]}},"
                + "{\"attribute\":\"lastContact\",\"op\":\"older_than\",\"values\":[{\"span\":\"30 days\"}]},"
                + "{\"tag\":\"level\",\"test\":\"is_empty\"},"
                + "{\"or\":[{\"custom\":\"vip\",\"op\":\"=\",\"values\":[{\"flag\":true}]},{\"attribute\":\"region\",\"op\":\"is_empty\"}]}]}");
        assertThat(RuleJson.read(json)).isEqualTo(rule);
    }

    @Test
    void readsEveryLiteralType() {
        String json = "{\"attribute\":\"created\",\"op\":\"in\",\"values\":[{\"text\":\"x\"},{\"decimal\":\"-1.50\"},"
                + "{\"amount\":\"3\",\"currency\":\"USD\"},{\"date\":\"2026-01-31\"},{\"instant\":\"2026-01-31T08:00:00Z\"},"
                + "{\"flag\":false},{\"span\":\"1 hour\"}]}";
        assertThat(RuleText.print(RuleJson.read(json))).isEqualTo(
                "created in (\"x\", -1.50, 3 USD, 2026-01-31, 2026-01-31T08:00:00Z, false, 1 hour)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"and":[{"attribute":"region","op":"is_empty"}]}                               | $.and                | json.expected      | two or more rules
            {"and":[{"attribute":"region","op":"is_empty"},{"attribute":"city","op":"=","values":[{"decimal":3}]}]} | $.and[1].values[0].decimal | json.expected | expected a string
            {"attribute":"region","op":"is_empty","colour":1}                               | $.colour             | json.unknown_key   | unknown key 'colour'
            {"attribute":"region"}                                                          | $                    | json.missing_key   | missing key 'op'
            {"attribute":"colour","op":"is_empty"}                                          | $.attribute          | json.unknown_attribute | known attributes
            {"custom":"x","op":"=","values":[]}                                             | $.values             | json.value_count   | takes 1 value(s), got 0
            {"custom":"x","op":"between","values":[{"decimal":"1"}]}                        | $.values             | json.value_count   | takes 2
            {"custom":"x","op":"=","values":[{"decimal":"1e3"}]}                            | $.values[0].decimal  | json.bad_value     | -?digits(.digits)?
            {"custom":"x","op":"=","values":[{"amount":"1","currency":"ABC"}]}              | $.values[0].currency | json.bad_value     | ISO 4217
            {"custom":"x","op":"=","values":[{"text":"a","flag":true}]}                     | $.values[0]          | json.expected      | but found text and flag
            {"custom":"x","op":"=","values":[{"date":"2026-02-30"}]}                        | $.values[0].date     | json.bad_value     | expected a date
            {"custom":"x","op":"=","values":[{"instant":"2026-01-01T00:00:00.0000001Z"}]}   | $.values[0].instant  | json.bad_value     | microsecond
            {"custom":"x","op":"older_than","values":[{"span":"0 days"}]}                   | $.values[0].span     | json.bad_value     | expected a span
            {"custom":"X","op":"is_empty"}                                                  | $.custom             | json.bad_identifier| lower-case letter
            {"figure":"spend","window":"12 hours","op":"is_empty"}                          | $.window             | json.expected      | expected a window
            {"figure":"spend","op":"is_empty"}                                              | $                    | json.missing_key   | missing key 'window'
            {"tag":"x","test":"has","values":["a","b"]}                                     | $.values             | json.value_count   | exactly one value
            {"tag":"x","test":"has_any","values":["a","a"]}                                 | $.values[1]          | json.duplicate_value | listed twice
            {"tag":"x","test":"has_some","values":["a"]}                                    | $.test               | json.expected      | expected one of has, has_any
            {"tag":"x","attribute":"name"}                                                  | $                    | json.expected      | but found tag and attribute
            {"not":[]}                                                                      | $.not                | json.expected      | expected an object
            {"attribute":"region","op":"is_empty","op":"="}                                 | $                    | json.syntax        | Duplicate field 'op'
            {"attribute":"region","op":"is_empty"} {}                                       | $                    | json.syntax        | not valid JSON
            [1                                                                              | $                    | json.syntax        | not valid JSON
            null                                                                            | $                    | json.expected      | expected an object
            """)
    void errorsNameTheJsonPath(String json, String path, String code, String fragment) {
        RuleException e = catchThrowableOfType(RuleException.class, () -> RuleJson.read(json.strip()));
        assertThat(e).as(json).isNotNull();
        RuleProblem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(fragment);
    }

    @Test
    void syntaxErrorsCarryLineAndColumn() {
        RuleException e = catchThrowableOfType(RuleException.class, () -> RuleJson.read("{\n  \"not\": }"));
        assertThat(e.problems().get(0).position()).isPresent();
        assertThat(e.problems().get(0).message()).startsWith("line 2, column");
    }

    @Test
    void enforcesLimits() {
        String leaf = "{\"attribute\":\"region\",\"op\":\"is_empty\"}";
        String deep = "{\"not\":".repeat(40) + leaf + "}".repeat(40);
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleJson.read(deep)).problems().get(0).code())
                .isEqualTo("limit.depth");
        assertThat(RuleJson.read("{\"not\":".repeat(31) + leaf + "}".repeat(31))).isInstanceOf(Not.class);
        String veryDeep = "{\"not\":".repeat(100_000) + leaf + "}".repeat(100_000);
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleJson.read(veryDeep)).problems()).isNotEmpty();
        String many = "{\"or\":[" + String.join(",", java.util.Collections.nCopies(501, leaf)) + "]}";
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleJson.read(many)).problems().get(0).code())
                .isEqualTo("limit.conditions");
        String values = "{\"custom\":\"x\",\"op\":\"in\",\"values\":["
                + String.join(",", java.util.Collections.nCopies(3, "{\"decimal\":\"1\"}")) + "]}";
        assertThat(catchThrowableOfType(RuleException.class, () -> RuleJson.read(values, new RuleLimits(100, 32, 500, 2)))
                .problems().get(0).code()).isEqualTo("limit.values");
    }

    @Test
    void aNumberBeyondWhatJavaCanHoldIsARuleErrorToo() {
        for (String json : new String[] {"1e2147483648", "{\"attribute\":\"region\",\"op\":\"=\",\"value\":1e2147483648}"}) {
            RuleException e = catchThrowableOfType(RuleException.class, () -> RuleJson.read(json));
            assertThat(e).as(json).isNotNull();
            // JDK 17 cannot hold the number at all ($, json.syntax); newer JDKs read it and the
            // reader refuses it where it stands.
            assertThat(e.problems().get(0).path()).startsWith("$");
        }
    }
}
