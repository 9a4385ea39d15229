package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.customer.CustomerId;
import io.crmkit.examples.quickstart.QuickStart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start runs as a test, so README command 1 cannot silently break. */
class QuickStartTest {

    @Test
    void runsOnAFreshEmbeddedDatabaseAndPrintsTheWalkThrough(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CustomerId id = new QuickStart(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(dir.resolve("crm-data"));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Created customer " + id)
                .contains("== 华东精密机械有限公司 (version 3) ==")
                .contains("owner                : rep-li   status: Prospect (prospect)")
                .contains("* 王伟 (采购经理)  +8613812345678  wang.wei@hz-precision.cn")
                .contains("customer.owner_changed")
                .contains("Manufacturing customers in tenant acme: 1")
                .contains("details.name: must not be blank / 不能为空白")
                .contains("contacts[0].phone: is not a valid phone number")
                .contains("contacts[0].email: is not a valid e-mail address")
                .contains("value_tier=high").contains("urgency=urgent").contains("intent=high_intent")
                .contains("Segment 'tag(value_tier) = \"high\" and tag(urgency) = \"urgent\" and lastContact is empty': 1 customer(s)")
                .contains("yes  tag(value_tier) = \"high\"")
                .contains("Rejected rule: ")
                .contains("[email to rep-wang] 跟进提醒").contains("[in_app to rep-wang] 跟进提醒")
                .contains("以电话方式跟进客户 华东精密机械有限公司：Confirm the Q1 equipment order")
                .doesNotContain("[email to manager-zhao]")
                .contains("My open tasks: 1")
                .containsPattern("Timeline \\(newest first\\):\\R(  .*\\R)*  \\S+  interaction  call  rep-li");
    }

    @Test
    void runsAgainOnTheSameDatabase(@TempDir Path dir) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CustomerId first = new QuickStart(quiet).run(dir);
        CustomerId second = new QuickStart(quiet).run(dir);
        assertThat(second).isNotEqualTo(first);
    }
}
