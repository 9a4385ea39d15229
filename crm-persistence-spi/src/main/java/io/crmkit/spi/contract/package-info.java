/**
 * The contract test kit: abstract JUnit 5 classes and jqwik property interfaces that a
 * storage adapter's tests subclass with one factory method, covering every port.
 */
package io.crmkit.spi.contract;
