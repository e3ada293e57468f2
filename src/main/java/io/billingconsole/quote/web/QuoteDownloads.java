package io.billingconsole.quote.web;

import io.billingconsole.catalog.ProductRule;
import io.billingconsole.quote.Quote;
import io.billingconsole.quote.QuoteExport;
import io.billingconsole.quote.QuoteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Map;

/**
 * A ready quote as a file download, for the page and the API alike: the account's quote or 404, not ready
 * 409; the body streams from the database while it is written.
 */
@ApplicationScoped
public class QuoteDownloads {

    /** The two files of a quote, with their media type and file name extension. */
    public enum Format {
        CSV(QuoteApi.CSV, "csv"),
        PDF("application/pdf", "pdf");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    @Inject
    QuoteService quotes;

    @Inject
    QuoteExport export;

    /** The account's ready quote {@code quoteId} as {@code format}, its texts in {@code language}. */
    public Response download(long accountId, long quoteId, String language, Format format) {
        Quote quote = quotes.findReady(accountId, quoteId);
        Map<String, ProductRule> products = quotes.products();
        String account = quotes.accountLabel(accountId);
        StreamingOutput body = out -> {
            QuoteExport.LinePages lines = QuoteExport.pages(quotes, quote.id);
            if (format == Format.CSV) {
                export.csv(quote, lines, products, account, language, out);
            } else {
                export.pdf(quote, lines, products, account, language, out);
            }
        };
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + quote.number + "." + format.extension + "\"")
                .build();
    }
}
