package modulehost;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.NewContact;
import io.crmkit.customer.NewCustomer;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import io.crmkit.spi.StorageProvider;
import io.crmkit.spi.StorageProviders;
import io.crmkit.storage.Storage;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A host application that uses crmkit from the module path, as a modular host does: crmkit's
 * jars are named modules, this class is on the class path. {@code ModulePathTest} runs it in
 * a JVM of its own and reads what it prints; it exits with status 1 at the first check that
 * fails. It lives in a package of no crmkit module, so that it loads from the class path.
 */
public final class HostOnModulePath {
    private HostOnModulePath() {
    }

    /**
     * Runs the checks.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try {
            run();
        } catch (RuntimeException | AssertionError e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void run() {
        for (Class<?> api : List.of(Crm.class, StorageProviders.class, io.crmkit.jdbc.JdbcStorage.class)) {
            System.out.println("module of " + api.getSimpleName() + ": " + api.getModule().getName());
        }
        TreeSet<String> providers = new TreeSet<>();
        for (StorageProvider provider : StorageProviders.available()) {
            providers.add(provider.getClass().getName());
        }
        System.out.println("providers: " + providers);

        use("memory:modules");
        use("jdbc:h2:mem:modules;DB_CLOSE_DELAY=-1");

        // The internals are in the module but not exported: reflection is refused.
        try {
            Class<?> internal = Class.forName("io.crmkit.internal.session.SessionContext");
            System.out.println("internal exported: " + internal.getModule().isExported(internal.getPackageName()));
            internal.getConstructors()[0].newInstance(new Object[internal.getConstructors()[0].getParameterCount()]);
            System.out.println("internal constructor: called");
        } catch (IllegalAccessException e) {
            System.out.println("internal constructor: refused");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    /** Creates and reads back a customer, and has one refused by validation. */
    private static void use(String url) {
        Storage storage = StorageProviders.open(url, url.startsWith("jdbc:") ? Map.of("user", "sa") : Map.of());
        try (Crm crm = Crm.builder().storage(storage).build()) {
            CrmSession session = crm.session(TenantId.of("acme"), Principal.user("rep-wang", RoleName.SALES_REP));
            CustomerId id = session.customers().create(new NewCustomer(
                    CustomerDetails.builder().type(CustomerType.COMPANY).name("华东精密机械有限公司")
                            .industry("manufacturing").build(),
                    List.of(NewContact.of("王伟", "138 1234 5678").asPrimary())));
            System.out.println(storage.name() + " read back: " + session.customers().get(id).details().name());
            try {
                session.customers().create(new NewCustomer(
                        CustomerDetails.builder().type(CustomerType.COMPANY).name(" ").industry("manufacturing").build(),
                        List.of(NewContact.of("王伟", "138 1234 5678").asPrimary())));
                System.out.println(storage.name() + " blank name: accepted");
            } catch (ValidationException e) {
                System.out.println(storage.name() + " blank name refused at: " + e.paths());
            }
        }
    }
}
