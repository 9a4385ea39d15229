package io.crmkit.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads crmkit's own text bundles ({@code .properties} files in UTF-8 beside the classes that use
 * them) for a locale: the most specific file first ({@code messages_zh_CN}), then the less specific
 * ones, then the base file (English). Never falls back to the JVM's default locale: a host running
 * with a Chinese default that asks for English gets English.
 *
 * <p>Why not {@code ResourceBundle.getBundle(name, locale, control)}: a custom {@code Control} is
 * not supported in named modules, and crmkit's jars are modules. The candidate locales are the
 * JDK's own (so {@code zh-Hans} finds {@code zh_CN}); only the loading is done here, from crmkit's
 * own module.
 */
public final class Bundles {
    private static final ResourceBundle.Control CANDIDATES =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentMap<String, Optional<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

    private Bundles() {
    }

    /**
     * The bundle of a base name for a locale.
     *
     * @param baseName the bundle's base name, e.g. {@code io.crmkit.shared.messages}
     * @param locale the locale
     * @return the bundle, its parents being the less specific files
     * @throws MissingResourceException if crmkit ships no file of that base name
     */
    public static ResourceBundle load(String baseName, Locale locale) {
        return CACHE.computeIfAbsent(baseName + '|' + locale.toLanguageTag(), k -> read(baseName, locale))
                .orElseThrow(() -> new MissingResourceException("crmkit ships no bundle " + baseName, baseName, ""));
    }

    private static Optional<ResourceBundle> read(String baseName, Locale locale) {
        List<Locale> candidates = CANDIDATES.getCandidateLocales(baseName, locale);
        ResourceBundle parent = null;
        // From the base file (last candidate) to the most specific, each one the parent of the next.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String resource = '/' + CANDIDATES.toBundleName(baseName, candidates.get(i)).replace('.', '/') + ".properties";
            try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
                if (in != null) {
                    parent = new Chained(in, parent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading crmkit's " + resource + " failed", e);
            }
        }
        return Optional.ofNullable(parent);
    }

    /** A properties bundle with its less specific parent. */
    private static final class Chained extends PropertyResourceBundle {
        Chained(InputStream in, ResourceBundle parent) throws IOException {
            super(in);
            setParent(parent);
        }
    }
}
