package io.crmkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.shared.CrmException;
import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.spi.memory.InMemoryStorageProvider;
import io.crmkit.storage.Storage;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageProvidersTest {
    @TempDir
    Path dir;

    /** Runs code with a class loader that adds a services file listing the given provider classes. */
    private <T> T withRegistered(ClassLoader parent, List<String> providerClasses, Callable<T> code) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StorageProvider.class.getName()), String.join("\n", providerClasses) + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, parent)) {
            thread.setContextClassLoader(loader);
            return code.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void opensInMemoryStorageFoundByUrl() {
        assertThat(StorageProviders.available()).extracting(StorageProvider::name).containsExactly("memory");
        try (Storage s = StorageProviders.open("memory:")) {
            assertThat(s).isInstanceOf(InMemoryStorage.class);
            assertThat(s.name()).isEqualTo("memory");
        }
    }

    @Test
    void opensANewStorageForAnUnnamedUrlAndTheSameForTheSameName() {
        assertThat(StorageProviders.open("memory:")).isNotSameAs(StorageProviders.open("memory:"));
        long unique = System.nanoTime();
        assertThat(StorageProviders.open("memory:a-" + unique)).isNotSameAs(StorageProviders.open("memory:b-" + unique));
        String url = "memory:shared-" + System.nanoTime();
        assertThat(StorageProviders.open(url)).isSameAs(StorageProviders.open(url));
    }

    @Test
    void refusesABadNameOrSettingsLoudly() {
        assertThatThrownBy(() -> StorageProviders.open("memory:has space"))
                .isInstanceOfSatisfying(StorageProviderException.class, e -> {
                    assertThat(e.accepting()).containsExactly("memory");
                    assertThat(e).hasMessageContaining("memory:has space").hasMessageContaining("name");
                });
        assertThatThrownBy(() -> StorageProviders.open("memory:", Map.of("user", "sa")))
                .isInstanceOf(StorageProviderException.class).hasMessageContaining("[user]");
    }

    @Test
    void failsLoudlyWhenNoProviderAcceptsNamingUrlAndProviders() {
        assertThatThrownBy(() -> StorageProviders.open("mongodb://admin:hunter2@db/crm?password=secret"))
                .isInstanceOfSatisfying(StorageProviderException.class, e -> {
                    assertThat(e).isInstanceOf(CrmException.class)
                            .hasMessageContaining("no storage provider accepts 'mongodb://admin:***@db/crm?password=***'")
                            .hasMessageContaining("[memory]")
                            .hasMessageNotContaining("secret").hasMessageNotContaining("hunter2");
                    assertThat(e.url()).isEqualTo("mongodb://admin:***@db/crm?password=***");
                    assertThat(e.available()).containsExactly("memory");
                    assertThat(e.accepting()).isEmpty();
                });
    }

    @Test
    void failsLoudlyWhenThereAreNoProvidersAtAll() throws Exception {
        StorageProviderException e = withRegistered(ClassLoader.getPlatformClassLoader(), List.of(), () -> {
            try {
                StorageProviders.open("memory:");
            } catch (StorageProviderException thrown) {
                return thrown;
            }
            throw new AssertionError("opened storage without any provider");
        });
        assertThat(e).hasMessageContaining("no storage provider accepts 'memory:'").hasMessageContaining("[]");
        assertThat(e.available()).isEmpty();
    }

    @Test
    void failsLoudlyWhenSeveralProvidersAcceptNamingThem() throws Exception {
        StorageProviderException e = withRegistered(getClass().getClassLoader(),
                List.of(AcceptsMemoryUrlsProvider.class.getName()), () -> {
                    try {
                        StorageProviders.open("memory:");
                    } catch (StorageProviderException thrown) {
                        return thrown;
                    }
                    throw new AssertionError("opened storage although two providers accept the URL");
                });
        assertThat(e).hasMessageContaining("several storage providers accept 'memory:'")
                .hasMessageContaining("memory").hasMessageContaining("also-memory");
        assertThat(e.accepting()).containsExactlyInAnyOrder("memory", "also-memory");
    }

    @Test
    void failsLoudlyWhenARegisteredProviderCannotBeLoaded() throws Exception {
        StorageProviderException e = withRegistered(getClass().getClassLoader(), List.of("com.example.Missing"), () -> {
            try {
                StorageProviders.open("memory:");
            } catch (StorageProviderException thrown) {
                return thrown;
            }
            throw new AssertionError("ignored a broken provider registration");
        });
        assertThat(e).hasMessageContaining("cannot load the storage providers to open 'memory:'")
                .hasMessageContaining("com.example.Missing");
    }

    @Test
    void picksFromAGivenList() {
        InMemoryStorageProvider memory = new InMemoryStorageProvider();
        assertThat(StorageProviders.pick("memory:x", List.of(memory))).isSameAs(memory);
        assertThatThrownBy(() -> StorageProviders.pick("memory:", List.of(memory, new AcceptsMemoryUrlsProvider())))
                .isInstanceOf(StorageProviderException.class)
                .hasMessageContaining("several storage providers accept 'memory:': [memory, also-memory]");
    }

    @Test
    void masksPasswordsInUrls() {
        assertThat(StorageProviders.mask("jdbc:postgresql://db/crm?user=crm&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/crm?user=crm&password=***&ssl=true");
        assertThat(StorageProviders.mask("jdbc:h2:file:./crm;USER=sa;PASSWORD=pw"))
                .isEqualTo("jdbc:h2:file:./crm;USER=sa;PASSWORD=***");
        assertThat(StorageProviders.mask("memory:")).isEqualTo("memory:");
    }
}
