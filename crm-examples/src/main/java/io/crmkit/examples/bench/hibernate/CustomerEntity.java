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
    @Column(name = "customer_type")
    String type;
    @Column(name = "name")
    String name;
    @Column(name = "name_lower")
    String nameLower;
    @Column(name = "industry")
    String industry;
    @Column(name = "size_band")
    String sizeBand;
    @Column(name = "region")
    String region;
    @Column(name = "source")
    String source;
    @Column(name = "address_country")
    String addressCountry;
    @Column(name = "address_province")
    String addressProvince;
    @Column(name = "address_city")
    String addressCity;
    @Column(name = "address_district")
    String addressDistrict;
    @Column(name = "address_street")
    String addressStreet;
    @Column(name = "address_postal_code")
    String addressPostalCode;
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
    List<ContactValue> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_need_tag", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "customer_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    @Column(name = "tag")
    List<String> needTags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_custom_field", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "customer_id", referencedColumnName = "id")})
    Set<CustomFieldRow> customFields = new HashSet<>();
}
