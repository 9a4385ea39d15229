package io.crmkit.storage;

import io.crmkit.shared.CrmException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A storage lacks ports that crmkit's features need. Thrown by {@code Crm.builder().build()}
 * naming every missing port with the feature that needs it, so an incomplete adapter is
 * refused at start-up rather than failing at first use; also thrown by
 * {@link StorageTransaction#port(Class)} for a port the storage does not offer.
 */
public final class MissingPortException extends CrmException {
    private static final long serialVersionUID = 1L;

    private final String storage;
    private final transient List<MissingPort> missing;

    /**
     * Creates the exception.
     *
     * @param storage the storage's name ({@link Storage#name()})
     * @param missing the ports it lacks, each with the feature that needs it; not empty
     */
    public MissingPortException(String storage, List<MissingPort> missing) {
        super(message(storage, missing));
        this.storage = storage;
        this.missing = List.copyOf(missing);
    }

    private MissingPortException(String storage, List<MissingPort> missing, String message) {
        super(message);
        this.storage = storage;
        this.missing = List.copyOf(missing);
    }

    /**
     * A port asked of a transaction that its storage does not offer: a service of a feature the
     * storage was not checked against, or an adapter's own caller asking for a wrong type.
     *
     * @param storage the storage's name ({@link Storage#name()})
     * @param port the port asked for
     * @param offered the ports the storage offers ({@link Storage#ports()})
     * @return the exception; its one {@link MissingPort} names no feature ({@code ""})
     */
    public static MissingPortException notOffered(String storage, Class<?> port, Set<Class<?>> offered) {
        return new MissingPortException(storage, List.of(new MissingPort("", port)), "storage '" + storage
                + "' does not offer the port " + port.getName() + "; it offers "
                + offered.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "))
                + " (register the port in the adapter's port table, or ask for one of these)");
    }

    private static String message(String storage, List<MissingPort> missing) {
        Objects.requireNonNull(storage, "storage");
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("a MissingPortException needs at least one missing port");
        }
        return "storage '" + storage + "' lacks " + (missing.size() == 1 ? "a port" : missing.size() + " ports")
                + " crmkit needs: " + missing.stream().map(MissingPort::describe).collect(Collectors.joining("; "))
                + " (an adapter lists what it offers in Storage.ports(); run the compatibility kit against it)";
    }

    /** {@return the name of the storage that was refused} */
    public String storage() {
        return storage;
    }

    /** {@return the missing ports with the features needing them, in the features' order} */
    public List<MissingPort> missing() {
        return missing;
    }

    /**
     * One port a storage lacks.
     *
     * @param feature the name of the feature that needs it, e.g. {@code interactions}; empty when
     *                the port was asked for directly ({@link #notOffered})
     * @param port the port's interface
     */
    public record MissingPort(String feature, Class<?> port) {

        /**
         * Checks the components.
         *
         * @param feature see {@link #feature()}
         * @param port see {@link #port()}
         */
        public MissingPort {
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(port, "port");
        }

        String describe() {
            return "feature '" + feature + "' needs " + port.getName();
        }
    }
}
