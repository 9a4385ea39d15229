/**
 * The contract test kit: abstract JUnit 5 classes (one factory method each) and jqwik property
 * interfaces that check a storage adapter against the ports' documented behaviour, plus the
 * fixtures and generators they use, for adapters' own tests too.
 */
package io.crmkit.spi.contract;
