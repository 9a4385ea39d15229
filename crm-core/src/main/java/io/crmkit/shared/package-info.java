/**
 * Value types shared by every feature: ids, tenancy, contact points, money, paging and crmkit's
 * error hierarchy.
 *
 * <p><b>Bad input at the edge.</b> Every public factory and parser of a value type
 * ({@code of}, {@code parse}, {@code first}, {@code after}, and the canonical constructors that
 * check their components) reports input that breaks its rules as a {@link ValidationException}
 * holding {@link Violation}s with a field path (e.g. {@code amount}, {@code tenantId},
 * {@code page.size}), a stable code and the message arguments; its message is in English and
 * {@link ValidationException#message(java.util.Locale)} renders it in Simplified Chinese.
 * {@code null} is not input but a programming error: it is refused with a
 * {@link NullPointerException} whose message names the parameter.
 */
package io.crmkit.shared;
