package io.crmkit.examples.bench.hibernate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The customer table as a JPA entity, with contacts, need tags and custom fields as element collections. */
@Entity
@Table(name = "customer")
@IdClass(CustomerKey.class)
class CustomerEntity {
    @Id
    @Column(name = "tenant_id")
    String tenantId;
    @Id
    @Column(name = "id")
    UUID id;
    @NotNull
    @Column(name = "customer_type")
    String type;
    @NotBlank @Size(max = 200)
    @Column(name = "name")
    String name;
    @Column(name = "name_lower")
    String nameLower;
    @NotBlank @Size(max = 64)
    @Column(name = "industry")
    String industry;
    @Size(max = 64)
    @Column(name = "size_band")
    String sizeBand;
    @Size(max = 64)
    @Column(name = "region")
    String region;
    @Size(max = 64)
    @Column(name = "source")
    String source;
    @Size(max = 64)
    @Column(name = "address_country")
    String addressCountry;
    @Size(max = 64)
    @Column(name = "address_province")
    String addressProvince;
    @Size(max = 64)
    @Column(name = "address_city")
    String addressCity;
    @Size(max = 64)
    @Column(name = "address_district")
    String addressDistrict;
    @Size(max = 255)
    @Column(name = "address_street")
    String addressStreet;
    @Size(max = 16)
    @Column(name = "address_postal_code")
    String addressPostalCode;
    @Size(max = 10_000)
    @Column(name = "remarks")
    String remarks;
    @Column(name = "owner_id")
    String ownerId;
    @Column(name = "lifecycle_status")
    String lifecycleStatus;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    @Column(name = "version")
    long version;

    @ElementCollection
    @CollectionTable(name = "customer_contact", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "customer_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    @Size(max = 100)
    List<@Valid ContactValue> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_need_tag", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "customer_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    @Column(name = "tag")
    @Size(max = 50)
    List<@NotBlank @Size(max = 64) String> needTags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_custom_field", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "customer_id", referencedColumnName = "id")})
    Set<CustomFieldRow> customFields = new HashSet<>();
}
