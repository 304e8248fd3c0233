package dev.nodebatch.azure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides which {@code batchUrl} a request may name, so that an input never chooses a host freely:
 * {@code https://{account}.{region}.batch.azure.com}, the sovereign clouds' Batch hosts, or a URL on the configured
 * allow-list (how dev mode and tests reach the emulator). No user info, port, path, query or fragment.
 */
@ApplicationScoped
public class BatchAccountUrls {

    /** Account names are 3 to 24 lower-case letters and digits; regions are lower-case letters and digits. */
    static final Pattern BATCH_HOST = Pattern.compile(
            "[a-z0-9]{3,24}\\.[a-z0-9]{2,40}\\.batch\\.(azure\\.com|chinacloudapi\\.cn|usgovcloudapi\\.net)");

    private final List<String> allowed;

    public BatchAccountUrls(AzureConfig config) {
        this.allowed = config.allowedBatchUrls().orElse(List.of()).stream().map(BatchAccountUrls::withoutSlash)
                .filter(url -> !url.isBlank()).toList();
    }

    /** @return the account URL to call, or empty when the input may not name it */
    public Optional<URI> accept(String batchUrl) {
        if (batchUrl == null) {
            return Optional.empty();
        }
        String given = withoutSlash(batchUrl);
        if (allowed.contains(given)) {
            return Optional.of(URI.create(given));
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        boolean bare = "https".equals(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getPort() == -1
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getHost() != null && given.equals("https://" + uri.getHost());
        return bare && BATCH_HOST.matcher(uri.getHost()).matches() ? Optional.of(uri) : Optional.empty();
    }

    /**
     * Why the input may not name this URL, if it may not: the one message every function that takes a
     * {@code batchUrl} gives. The value is not echoed: it may carry user info.
     */
    public Optional<String> refusal(String batchUrl) {
        return accept(batchUrl).isPresent() ? Optional.empty()
                : Optional.of("must be https://{account}.{region}.batch.azure.com, a sovereign-cloud Batch host or an"
                        + " allowed URL, without user info, port, path or query");
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
