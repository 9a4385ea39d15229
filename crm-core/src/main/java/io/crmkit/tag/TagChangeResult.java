package io.crmkit.tag;

/**
 * What a {@link ChangeTags} did.
 *
 * @param customers how many customers the command named
 * @param changed how many of them had their tags changed (the others already matched)
 * @param added how many tags were added, over all customers
 * @param removed how many tags were removed, over all customers (including values replaced in
 *     single-valued dimensions)
 */
public record TagChangeResult(int customers, int changed, int added, int removed) {
}
