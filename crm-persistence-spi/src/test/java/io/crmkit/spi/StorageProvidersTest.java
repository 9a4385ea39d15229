package io.crmkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.spi.memory.InMemoryStorageProvider;
import io.crmkit.storage.Storage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorageProvidersTest {

    @Test
    void findsTheInMemoryProviderByUrl() {
        try (Storage s = StorageProviders.open("memory:")) {
            assertThat(s).isInstanceOf(InMemoryStorage.class);
            assertThat(s.name()).isEqualTo("memory");
        }
    }

    @Test
    void failsLoudlyWhenNoProviderAccepts() {
        assertThatThrownBy(() -> StorageProviders.open("mongodb://x?password=secret"))
                .isInstanceOf(StorageProviderException.class)
                .hasMessageContaining("no storage provider accepts")
                .hasMessageContaining("[memory]")
                .hasMessageNotContaining("secret");
    }

    @Test
    void failsLoudlyWhenSeveralAccept() {
        StorageProvider other = new StorageProvider() {
            @Override
            public String name() {
                return "other";
            }

            @Override
            public boolean accepts(String url) {
                return true;
            }

            @Override
            public Storage open(String url, Map<String, String> properties) {
                return new InMemoryStorage();
            }
        };
        assertThatThrownBy(() -> StorageProviders.pick("memory:", List.of(new InMemoryStorageProvider(), other)))
                .isInstanceOf(StorageProviderException.class)
                .hasMessageContaining("several storage providers accept 'memory:': memory, other");
    }
}
