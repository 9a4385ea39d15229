package io.crmkit.examples.bench;

import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import java.util.List;

/** The customer every variant creates: a company with two contacts, as a sales rep would enter it. */
public final class BenchFixture {
    /** The tenant of every benchmark. */
    public static final String TENANT = "bench";
    /** The acting user. */
    public static final String USER = "rep-1";

    private BenchFixture() {
    }

    /**
     * The command crmkit receives.
     *
     * @param n a number making the name unique
     * @return the command
     */
    public static NewCustomer newCustomer(long n) {
        return new NewCustomer(CustomerDetails.builder().type(CustomerType.COMPANY).name("华东精密机械 " + n)
                .industry("manufacturing").region("East China").build(),
                List.of(NewContact.of("王伟", "13812345678").withEmail("wang.wei@example.cn").asPrimary(),
                        NewContact.of("Li Na", "+44 20 7946 0958").withTitle("Engineer")));
    }
}
