/**
 * The segment rule model: a tree of conditions over a customer's tags, fields, custom fields
 * and purchase figures, joined with {@code and}, {@code or} and {@code not}. The same tree
 * has a text form ({@code tag(industry) = "manufacturing" and spend(12 months) >= 100000 CNY})
 * and a JSON form; both are documented in {@code docs/segments.md}.
 */
package io.crmkit.segment.rule;
