/**
 * crmkit's domain: the model, commands, events and storage ports of every feature, the
 * services a host calls through {@link io.crmkit.CrmSession}, and the configuration that
 * shapes them.
 *
 * <p>Exported are the packages a host or a storage adapter programs against. Not exported
 * are the implementation packages, {@code io.crmkit.internal.*} and every
 * {@code io.crmkit.<feature>.internal}: the session plumbing, the shared change path, input
 * rules, message bundles and each feature's internals. They change without notice.
 *
 * <p>The packages holding commands are opened to Hibernate Validator, which reads their
 * constraint annotations and fields reflectively; {@code io.crmkit.internal.validation} is
 * opened to it for the same reason and because it instantiates crmkit's constraint
 * validators. Nothing is opened to anyone else.
 */
@SuppressWarnings("requires-automatic") // Hibernate Validator and libphonenumber name their modules in their manifests only
module io.crmkit.core {
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires org.hibernate.validator;
    // Hibernate Validator, an automatic module, cannot declare that it needs ClassMate, an
    // explicit one; required here on its behalf, so a host needs no --add-modules.
    requires com.fasterxml.classmate;
    requires org.objectweb.asm;
    requires org.slf4j;
    requires org.yaml.snakeyaml;

    exports io.crmkit;
    exports io.crmkit.access;
    exports io.crmkit.audit;
    exports io.crmkit.classification;
    exports io.crmkit.classification.service;
    exports io.crmkit.config;
    exports io.crmkit.customer;
    exports io.crmkit.customer.service;
    exports io.crmkit.event;
    exports io.crmkit.followup;
    exports io.crmkit.followup.service;
    exports io.crmkit.interaction;
    exports io.crmkit.interaction.service;
    exports io.crmkit.notify;
    exports io.crmkit.notify.json;
    exports io.crmkit.outbox;
    exports io.crmkit.outbox.dispatch;
    exports io.crmkit.outbox.service;
    exports io.crmkit.plan;
    exports io.crmkit.plan.service;
    exports io.crmkit.purchase;
    exports io.crmkit.purchase.service;
    exports io.crmkit.schedule;
    exports io.crmkit.schedule.service;
    exports io.crmkit.segment;
    exports io.crmkit.segment.eval;
    exports io.crmkit.segment.json;
    exports io.crmkit.segment.rule;
    exports io.crmkit.segment.service;
    exports io.crmkit.shared;
    exports io.crmkit.storage;
    exports io.crmkit.tag;
    exports io.crmkit.tag.service;
    exports io.crmkit.timeline;
    exports io.crmkit.timeline.service;
    exports io.crmkit.view.service;

    opens io.crmkit.customer to org.hibernate.validator;
    opens io.crmkit.followup to org.hibernate.validator;
    opens io.crmkit.interaction to org.hibernate.validator;
    opens io.crmkit.plan to org.hibernate.validator;
    opens io.crmkit.purchase to org.hibernate.validator;
    opens io.crmkit.segment to org.hibernate.validator;
    opens io.crmkit.tag to org.hibernate.validator;
    opens io.crmkit.internal.validation to org.hibernate.validator;
}
