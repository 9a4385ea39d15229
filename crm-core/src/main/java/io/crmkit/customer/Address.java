package io.crmkit.customer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A postal address. Parts that do not apply are empty strings, never {@code null}.
 *
 * @param country ISO 3166 region code or country name
 * @param province province or state
 * @param city city
 * @param district district or county
 * @param street street and number, building, room
 * @param postalCode postal code
 */
public record Address(
        @NotNull @Size(max = 64) String country,
        @NotNull @Size(max = 64) String province,
        @NotNull @Size(max = 64) String city,
        @NotNull @Size(max = 64) String district,
        @NotNull @Size(max = 255) String street,
        @NotNull @Size(max = 16) String postalCode) {

    /**
     * An address in China, the default market.
     *
     * @param province province
     * @param city city
     * @param district district
     * @param street street
     * @return the address
     */
    public static Address china(String province, String city, String district, String street) {
        return new Address("CN", province, city, district, street, "");
    }

    /** {@return the address on one line, parts separated by ", " and empty parts left out} */
    public String oneLine() {
        return String.join(", ", java.util.stream.Stream.of(street, district, city, province, postalCode, country)
                .filter(s -> s != null && !s.isEmpty()).toList());
    }
}
