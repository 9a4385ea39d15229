package io.crmkit.config;

/**
 * One thing wrong with a configuration document.
 *
 * @param path where, e.g. {@code customFields[2].options}
 * @param message what is wrong
 */
public record ConfigurationProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
