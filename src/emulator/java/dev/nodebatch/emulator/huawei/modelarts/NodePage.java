package dev.nodebatch.emulator.huawei.modelarts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import dev.nodebatch.emulator.OffsetPage;
import dev.nodebatch.emulator.ProviderCall;

/**
 * The page a node list asks for, Kubernetes style: {@code limit} (1..500; absent or 0 means 500) and the opaque
 * {@code continue} token the previous page's {@code metadata.continue} gave. The emulator's tokens encode the
 * offset of the next node; clients must treat them as opaque.
 */
final class NodePage {

    static final int MAX_LIMIT = 500;
    private static final String PREFIX = "nodes-from:";

    private NodePage() {
    }

    /** @throws ModelArtsException 400 for a bad limit or a token the emulator did not issue */
    static OffsetPage of(ProviderCall call) {
        return new OffsetPage(offset(call.queryValue("continue")), limit(call.queryValue("limit")));
    }

    /** The token that continues a list at {@code offset}. */
    static String continueAt(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int limit(Optional<String> value) {
        try {
            int limit = value.map(Integer::parseInt).orElse(0);
            if (limit < 0 || limit > MAX_LIMIT) {
                throw ModelArtsException.invalid("limit must be from 0 to " + MAX_LIMIT + ", got " + limit);
            }
            return limit == 0 ? MAX_LIMIT : limit;
        } catch (NumberFormatException e) {
            throw ModelArtsException.invalid("limit must be a whole number, got " + value.get());
        }
    }

    private static int offset(Optional<String> token) {
        if (token.isEmpty() || token.get().isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token.get()), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a node list token");
            }
            int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ModelArtsException.invalid("continue is not a token from a previous page: " + token.get());
        }
    }
}
