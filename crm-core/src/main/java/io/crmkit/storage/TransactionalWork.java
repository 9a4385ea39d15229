package io.crmkit.storage;

/**
 * Work done inside one storage transaction.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionalWork<T> {

    /**
     * Does the work.
     *
     * @param tx the transaction's repositories
     * @return the result
     */
    T run(StorageTransaction tx);
}
