package io.crmkit.examples.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A row of customer_contact, as an element of the customer's contact list. */
@Embeddable
class ContactValue {
    @Column(name = "id")
    UUID id;
    @NotBlank
    @Size(max = 100)
    @Column(name = "name")
    String name;
    @Size(max = 100)
    @Column(name = "title")
    String title;
    @Size(max = 100)
    @Column(name = "department")
    String department;
    @Column(name = "phone")
    String phone;
    @Column(name = "email")
    String email;
    @Column(name = "preferred_channel")
    String preferredChannel;
    @Size(max = 100)
    @Column(name = "relation")
    String relation;
    @Column(name = "roles")
    String roles;
    @Column(name = "is_primary")
    boolean primary;

    ContactValue() {
    }

    ContactValue(UUID id, String name, String title, String phone, String email, boolean primary) {
        this.id = id;
        this.name = name;
        this.title = title;
        this.phone = phone;
        this.email = email;
        this.roles = "";
        this.primary = primary;
    }
}
