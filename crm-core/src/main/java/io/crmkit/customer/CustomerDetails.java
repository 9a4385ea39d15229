package io.crmkit.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editable profile of a customer: everything but its contacts, owner and lifecycle
 * status (which have operations of their own). Used as given when creating a customer and
 * as the full replacement when updating one.
 *
 * <p>Build one with {@link #builder()}, or change an existing one with {@link #toBuilder()}:
 * <pre>{@code
 * CustomerDetails changed = view.customer().details().toBuilder().region("华东").build();
 * }</pre>
 *
 * @param type company or individual; required
 * @param name the customer's name; required, at most 200 characters
 * @param industry the industry; required, at most 64 characters
 * @param size the company size band, e.g. {@code "50-200"}
 * @param region the sales region
 * @param source where the customer came from, e.g. {@code "exhibition"}
 * @param address the postal address
 * @param needTags what the customer needs, e.g. {@code "equipment purchase"}; at most 50
 * @param remarks free-text notes, at most 10,000 characters
 * @param customFields values of the deployment's custom fields, by field key
 */
public record CustomerDetails(
        @NotNull CustomerType type,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 64) String industry,
        Optional<@Size(max = 64) String> size,
        Optional<@Size(max = 64) String> region,
        Optional<@Size(max = 64) String> source,
        Optional<@Valid Address> address,
        @Size(max = 50) Set<@NotBlank @Size(max = 64) String> needTags,
        Optional<@Size(max = 10_000) String> remarks,
        Map<String, CustomFieldValue> customFields) {

    /**
     * Replaces absent optional parts by empty ones and copies the collections. Does not reject bad values: the service validates, so that every problem is reported at once.
     *
     * @param type see {@link #type()}
     * @param name see {@link #name()}
     * @param industry see {@link #industry()}
     * @param size see {@link #size()}
     * @param region see {@link #region()}
     * @param source see {@link #source()}
     * @param address see {@link #address()}
     * @param needTags see {@link #needTags()}
     * @param remarks see {@link #remarks()}
     * @param customFields see {@link #customFields()}
     */
    public CustomerDetails {
        size = size == null ? Optional.empty() : size;
        region = region == null ? Optional.empty() : region;
        source = source == null ? Optional.empty() : source;
        address = address == null ? Optional.empty() : address;
        needTags = needTags == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(needTags));
        remarks = remarks == null ? Optional.empty() : remarks;
        customFields = customFields == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these details} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.name = name;
        b.industry = industry;
        b.size = size;
        b.region = region;
        b.source = source;
        b.address = address;
        b.needTags = new LinkedHashSet<>(needTags);
        b.remarks = remarks;
        b.customFields = new LinkedHashMap<>(customFields);
        return b;
    }

    /** Builds {@link CustomerDetails}; unset optional parts stay empty. */
    public static final class Builder {
        private CustomerType type;
        private String name;
        private String industry;
        private Optional<String> size = Optional.empty();
        private Optional<String> region = Optional.empty();
        private Optional<String> source = Optional.empty();
        private Optional<Address> address = Optional.empty();
        private Set<String> needTags = new LinkedHashSet<>();
        private Optional<String> remarks = Optional.empty();
        private Map<String, CustomFieldValue> customFields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the customer type: company or individual.
         *
         * @param value company or individual
         * @return this builder
         */
        public Builder type(CustomerType value) {
            this.type = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the industry.
         *
         * @param value the industry
         * @return this builder
         */
        public Builder industry(String value) {
            this.industry = value;
            return this;
        }

        /**
         * Sets the size band.
         *
         * @param value the size band
         * @return this builder
         */
        public Builder size(String value) {
            this.size = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the region.
         *
         * @param value the region
         * @return this builder
         */
        public Builder region(String value) {
            this.region = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the source.
         *
         * @param value the source
         * @return this builder
         */
        public Builder source(String value) {
            this.source = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the address.
         *
         * @param value the address
         * @return this builder
         */
        public Builder address(Address value) {
            this.address = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets the need tags, replacing any set before.
         *
         * @param values the need tags, replacing any set before
         * @return this builder
         */
        public Builder needTags(Set<String> values) {
            this.needTags = new LinkedHashSet<>(values);
            return this;
        }

        /**
         * Sets the remarks.
         *
         * @param value the remarks
         * @return this builder
         */
        public Builder remarks(String value) {
            this.remarks = Optional.ofNullable(value);
            return this;
        }

        /**
         * Sets one custom field.
         *
         * @param key the field key
         * @param value the value
         * @return this builder
         */
        public Builder customField(String key, CustomFieldValue value) {
            this.customFields.put(key, value);
            return this;
        }

        /**
         * Removes one custom field's value.
         *
         * @param key the field key
         * @return this builder
         */
        public Builder clearCustomField(String key) {
            this.customFields.remove(key);
            return this;
        }

        /** {@return the details; not yet validated} */
        public CustomerDetails build() {
            return new CustomerDetails(type, name, industry, size, region, source, address, needTags, remarks, customFields);
        }
    }
}
