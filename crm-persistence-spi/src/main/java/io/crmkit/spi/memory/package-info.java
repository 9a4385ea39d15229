/** The in-memory reference storage adapter: the behaviour every other adapter is checked against. */
package io.crmkit.spi.memory;
