package io.socialroi.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** POSTs a delivery's JSON to a webhook, after checking the URL again (WebhookTargets); follows no redirect. */
@ApplicationScoped
public class WebhookSender {

    @Inject
    WebhookTargets targets;
    @Inject
    DeliveryConfig config;
    @Inject
    ObjectMapper json;

    /** Posts, or throws when the URL is no longer allowed, the call fails or the answer is not 2xx. */
    public void post(String url, Map<String, Object> body) {
        URI uri = targets.checked(url);
        HttpClient client = HttpClient.newBuilder().connectTimeout(config.webhook().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json").header("User-Agent", "social-roi")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The webhook answered HTTP " + response.statusCode() + ".");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report could not be written as JSON.", e);
        } catch (IOException e) {
            throw new IllegalStateException("The webhook could not be reached: the connection failed or timed out.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the webhook.", e);
        }
    }
}
