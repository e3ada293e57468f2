package io.billingconsole.support;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pieces of a rendered page for assertions: a table row by its data attribute, the order a redirect leads to. */
public final class PageText {

    private static final Pattern CREATED_ORDER = Pattern.compile("/orders/(\\d+)\\?done=created$");

    private PageText() {
    }

    /** The inside of {@code <tr data-xxx="id">…</tr>}; fails when the page has no such row. */
    public static String row(String html, String attribute, long id) {
        Matcher matcher = Pattern.compile("(?s)<tr " + attribute + "=\"" + id + "\">(.*?)</tr>").matcher(html);
        assertTrue(matcher.find(), "no row " + attribute + "=" + id);
        return matcher.group(1);
    }

    public static boolean hasRow(String html, String attribute, long id) {
        return html.contains("<tr " + attribute + "=\"" + id + "\">");
    }

    /** The ids of all {@code <tr data-xxx="id">} rows, in page order. */
    public static List<Long> rowIds(String html, String attribute) {
        Matcher matcher = Pattern.compile("<tr " + attribute + "=\"(\\d+)\">").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    /** The id of the order a "place order" answer redirects to ({@code /orders/{id}?done=created}). */
    public static long createdOrder(Response response) {
        String location = response.header("Location");
        assertNotNull(location, "no Location header");
        Matcher matcher = CREATED_ORDER.matcher(location);
        assertTrue(matcher.find(), "not a created order: " + location);
        return Long.parseLong(matcher.group(1));
    }
}
