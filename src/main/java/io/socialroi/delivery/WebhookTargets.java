package io.socialroi.delivery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;

/**
 * The SSRF rule for webhook URLs (docs/delivery.md): http or https only, no user info, and, unless
 * social-roi.delivery.webhook.allow-private-addresses is on, a host that resolves only to public addresses (no
 * loopback, private, link-local, carrier-grade NAT, unique-local or multicast address, no "localhost"). When
 * social-roi.delivery.webhook.allowed-hosts is set, only those hosts. Checked when a schedule is saved and again,
 * with a fresh DNS look-up, before every call; the call follows no redirect.
 */
@ApplicationScoped
public class WebhookTargets {

    @Inject
    DeliveryConfig config;

    /** The URL when it may be called; null with URL_NOT_ALLOWED (or INVALID_VALUE) at field. */
    public URI check(String url, InputErrors errors, String field) {
        try {
            return checked(url);
        } catch (NotAllowed e) {
            errors.add(e.code, e.getMessage(), field);
            return null;
        }
    }

    /** The URL when it may be called now, or NotAllowed saying why. */
    URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new NotAllowed(UserErrorCode.INVALID_VALUE, "The webhook URL is no URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new NotAllowed(UserErrorCode.URL_NOT_ALLOWED, "A webhook URL is http or https.");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty() || uri.getRawUserInfo() != null) {
            throw new NotAllowed(UserErrorCode.INVALID_VALUE, "A webhook URL names a host and no user or password.");
        }
        String name = host.toLowerCase(Locale.ROOT);
        List<String> allowed = config.webhook().allowedHosts().orElse(List.of());
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a.trim().equalsIgnoreCase(name))) {
            throw new NotAllowed(UserErrorCode.URL_NOT_ALLOWED, "Webhooks may call only " + String.join(", ", allowed)
                    + " here.");
        }
        if (!config.webhook().allowPrivateAddresses()) {
            if (name.equals("localhost") || name.endsWith(".localhost")) {
                throw internal();
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(host)) {
                    if (isInternal(address)) {
                        throw internal();
                    }
                }
            } catch (UnknownHostException e) {
                throw new NotAllowed(UserErrorCode.URL_NOT_ALLOWED, "The webhook's host is not known to DNS.");
            }
        }
        return uri;
    }

    private static NotAllowed internal() {
        return new NotAllowed(UserErrorCode.URL_NOT_ALLOWED,
                "A webhook may not call a loopback, private or other internal address.");
    }

    /** Addresses inside a network or the machine itself: never a webhook's target in production. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // fc00::/7, unique local
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // 0/8, carrier-grade NAT 100.64/10
                || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || first >= 240; // 192.0.0/24, reserved
    }

    static final class NotAllowed extends RuntimeException {
        final UserErrorCode code;

        NotAllowed(UserErrorCode code, String message) {
            super(message);
            this.code = code;
        }
    }
}
