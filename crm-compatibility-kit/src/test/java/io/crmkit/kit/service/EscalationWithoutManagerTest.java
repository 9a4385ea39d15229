package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CrmSession;
import io.crmkit.customer.CustomerId;
import io.crmkit.followup.FollowUp;
import io.crmkit.followup.NewFollowUp;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import io.crmkit.kit.MovableClock;
import io.crmkit.kit.service.FollowUpFixtures;
import io.crmkit.kit.service.ServiceFixtures;
import io.crmkit.spi.memory.InMemoryStorage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An escalation that cannot be scheduled is never dropped silently: a WARN names the task. */
class EscalationWithoutManagerTest {

    @Test
    void warnsNamingTheTask() {
        InMemoryStorage storage = new InMemoryStorage();
        ServiceFixtures fixtures = new ServiceFixtures(storage, MovableClock.at(ServiceFixtures.START),
                FollowUpFixtures.DIRECTORY);
        TenantId tenant = ServiceFixtures.freshTenant();
        CrmSession rep = fixtures.rep(tenant, "u-1");
        CustomerId customer = rep.customers().create(ServiceFixtures.newCustomer("c"));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        FollowUp task;
        // slf4j-simple writes to whatever System.err is when it logs.
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            task = rep.followUps().create(NewFollowUp.of(customer, "phone", "x", ServiceFixtures.START.plus(Duration.ofDays(3)))
                    .assignedTo(UserId.of("u-3")));
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARN", "follow-up " + task.id(),
                "no manager", "escalation");
        assertThat(FollowUpFixtures.pendingNotices(storage, tenant, task.id()))
                .noneMatch(n -> n.templateKey().equals("followup.overdue"));
    }
}
