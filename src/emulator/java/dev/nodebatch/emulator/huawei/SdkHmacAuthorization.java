package dev.nodebatch.emulator.huawei;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.nodebatch.huawei.HuaweiSigner;

/**
 * The parts of an {@code Authorization: SDK-HMAC-SHA256 Access=<ak>, SignedHeaders=<a;b>, Signature=<hex>} header.
 */
record SdkHmacAuthorization(String accessKey, List<String> signedHeaders, String signature) {

    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(HuaweiSigner.ALGORITHM)
            + " Access=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-fA-F]+)\\s*");

    static Optional<SdkHmacAuthorization> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(header);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SdkHmacAuthorization(matcher.group(1), Arrays.asList(matcher.group(2).split(";")),
                matcher.group(3)));
    }

    @Override
    public String toString() {
        return "SdkHmacAuthorization[accessKey=" + accessKey + ", signedHeaders=" + signedHeaders + "]";
    }
}
