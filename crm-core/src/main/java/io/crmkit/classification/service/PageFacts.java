package io.crmkit.classification.service;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.Purchases;
import io.crmkit.segment.eval.FactsLayout;
import io.crmkit.segment.eval.SegmentFacts;
import io.crmkit.storage.StorageTransaction;
import io.crmkit.tag.CustomerTags;
import io.crmkit.tag.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts of one page of customers, read with one query per kind (tags, purchases, contacts). */
final class PageFacts {
    private final List<Customer> customers;
    private final Map<CustomerId, List<Tag>> tags;
    private final Map<CustomerId, List<Purchase>> purchases;
    private final Map<CustomerId, Instant> contacts;
    private final FactsLayout layout;

    PageFacts(StorageTransaction tx, List<Customer> customers, FactsLayout layout) {
        List<CustomerId> ids = customers.stream().map(Customer::id).toList();
        this.customers = customers;
        this.tags = tx.port(CustomerTags.class).of(ids);
        this.purchases = tx.port(Purchases.class).ofCustomers(ids);
        this.contacts = tx.port(Customers.class).lastContacts(ids);
        this.layout = layout;
    }

    List<Tag> tags(CustomerId id) {
        return tags.getOrDefault(id, List.of());
    }

    SegmentFacts of(int i) {
        Customer c = customers.get(i);
        return layout.facts(c, tags(c.id()), purchases.getOrDefault(c.id(), List.of()), Optional.ofNullable(contacts.get(c.id())));
    }
}
