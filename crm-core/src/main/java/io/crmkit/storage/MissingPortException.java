package io.crmkit.storage;

import io.crmkit.shared.CrmException;
import java.util.List;
import java.util.Objects;
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
     * @param feature the name of the feature that needs it, e.g. {@code interactions}
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
