package io.billingconsole.payment;

import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.quarkus.arc.DefaultBean;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The sandbox payment gateway (SPEC 10): part of the app, on in dev and test only
 * ({@code billing.payment.sandbox.enabled}). It behaves like a real one: it takes the console's
 * signed payment request, shows its own page (pay, fail, abandon), calls the console's callback
 * endpoint over HTTP with a signed result (after {@code billing.payment.sandbox.callback-delay},
 * retried a few times when the console does not answer "success"), and sends the payer back.
 */
@DefaultBean
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    /** The parameters of a payment request, in the order the page carries them. */
    public static final Set<String> REQUEST_FIELDS = Set.of("ref", "amount", "channel", "bank", "accountType",
            "returnUrl", "notifyUrl", GatewaySignature.SIGN);
    public static final String PAID = "PAID";
    public static final String FAILED = "FAILED";
    private static final Logger LOG = Logger.getLogger(SandboxGateway.class);
    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    /** A payment request the sandbox accepted (signature checked). */
    public record SandboxOrder(String ref, String amount, String channel, String bank, String accountType,
                               String returnUrl, String notifyUrl, Map<String, String> signedFields) {
    }

    @Inject
    PaymentConfig config;

    @Inject
    GatewaySignature signature;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile ScheduledExecutorService timer;

    /** Whether the sandbox is switched on (its page answers 404 otherwise). */
    public boolean enabled() {
        return config.sandbox().enabled();
    }

    @Override
    public boolean available() {
        return enabled() && signature.configured();
    }

    @Override
    public String payUrl(PaymentRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ref", request.ref());
        params.put("amount", request.amount());
        params.put("channel", request.channel());
        if (request.bank() != null) {
            params.put("bank", request.bank());
        }
        if (request.accountType() != null) {
            params.put("accountType", request.accountType());
        }
        params.put("returnUrl", request.returnUrl());
        params.put("notifyUrl", request.notifyUrl());
        return "/sandbox-gateway/pay?" + query(signature.signed(params));
    }

    @Override
    public Optional<PaymentNotice> verify(Map<String, String> params) {
        if (!signature.verify(params)) {
            return Optional.empty();
        }
        String status = params.get("status");
        String ref = params.get("ref");
        String amount = params.get("amount");
        if (ref == null || amount == null || !(PAID.equals(status) || FAILED.equals(status))) {
            return Optional.empty();
        }
        return Optional.of(new PaymentNotice(ref, amount, PAID.equals(status), params.get("payerAccount"),
                params.get("payerName"), params.get("reason")));
    }

    /** The payment request on the sandbox's page; refused unless the console signed it. */
    public SandboxOrder order(Map<String, String> params) {
        Map<String, String> fields = params.entrySet().stream().filter(e -> REQUEST_FIELDS.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (!signature.verify(fields) || fields.get("ref") == null || fields.get("amount") == null
                || !localPath(fields.get("returnUrl")) || fields.get("notifyUrl") == null) {
            throw new DomainException(CommonError.INVALID_INPUT, GatewaySignature.SIGN);
        }
        return new SandboxOrder(fields.get("ref"), fields.get("amount"), fields.get("channel"), fields.get("bank"),
                fields.get("accountType"), fields.get("returnUrl"), fields.get("notifyUrl"), fields);
    }

    /** The payer paid: the console is told (unless {@code dropCallback}), the payer goes back. */
    public String pay(SandboxOrder order, String payerAccount, String payerName, boolean dropCallback) {
        Params.text(payerAccount, "payerAccount", 40);
        Params.text(payerName, "payerName", 100);
        if (dropCallback) {
            LOG.infof("Sandbox gateway: paid %s, callback dropped on purpose", order.ref());
        } else {
            Map<String, String> result = new LinkedHashMap<>();
            result.put("ref", order.ref());
            result.put("amount", order.amount());
            result.put("status", PAID);
            putIfText(result, "payerAccount", payerAccount);
            putIfText(result, "payerName", payerName);
            notifyConsole(order.notifyUrl(), signature.signed(result));
        }
        return order.returnUrl();
    }

    /** The payment failed at the gateway (the bank declined): the console is told, the payer goes back. */
    public String fail(SandboxOrder order) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("ref", order.ref());
        result.put("amount", order.amount());
        result.put("status", FAILED);
        result.put("reason", "DECLINED");
        notifyConsole(order.notifyUrl(), signature.signed(result));
        return order.returnUrl();
    }

    /** The payer gave up: nobody is told; the order stays pending on the console until it expires. */
    public String abandon(SandboxOrder order) {
        return order.returnUrl();
    }

    private void notifyConsole(String notifyUrl, Map<String, String> signed) {
        Duration delay = config.sandbox().callbackDelay();
        if (delay.isZero() || delay.isNegative()) {
            if (!send(notifyUrl, signed, 1)) {
                later(notifyUrl, signed, 2, RETRY_AFTER);
            }
        } else {
            later(notifyUrl, signed, 1, delay);
        }
    }

    private void later(String notifyUrl, Map<String, String> signed, int attempt, Duration delay) {
        timer().schedule(() -> {
            if (!send(notifyUrl, signed, attempt) && attempt < ATTEMPTS) {
                later(notifyUrl, signed, attempt + 1, RETRY_AFTER);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One HTTP call to the console; true when it answered 200 "success". */
    private boolean send(String notifyUrl, Map<String, String> signed, int attempt) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(notifyUrl)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(query(signed))).build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && "success".equals(answer.body().trim())) {
                return true;
            }
            LOG.warnf("Sandbox gateway: callback for %s (attempt %d) answered %d %s", signed.get("ref"), attempt,
                    answer.statusCode(), answer.body());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("Sandbox gateway: callback for %s (attempt %d) failed: %s", signed.get("ref"), attempt, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            synchronized (this) {
                if (timer == null) {
                    timer = Executors.newSingleThreadScheduledExecutor(task -> {
                        Thread thread = new Thread(task, "sandbox-gateway-callbacks");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return timer;
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private static void putIfText(Map<String, String> map, String name, String value) {
        if (value != null && !value.isBlank()) {
            map.put(name, value.trim());
        }
    }

    /** Only a path of this site: the sandbox never sends a payer elsewhere. */
    private static boolean localPath(String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
