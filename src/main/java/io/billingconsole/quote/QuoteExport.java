package io.billingconsole.quote;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.billingconsole.catalog.ProductRule;
import io.billingconsole.shared.CjkFont;
import io.billingconsole.shared.Locales;
import io.billingconsole.shared.Translator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes a quote as CSV (Apache Commons CSV, UTF-8 with a BOM so that spreadsheet programs read the
 * Chinese text) or PDF (OpenPDF with the embedded CJK font of {@link CjkFont}), straight to the
 * response stream, in the user's language: number, date, account, lines, total and validity.
 */
@ApplicationScoped
public class QuoteExport {

    /** Rows laid out (and dropped from memory) at a time in PDFs. */
    static final int PDF_ROWS_PER_FLUSH = 200;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ZoneId zone;

    @ConfigProperty(name = "billing.invoice.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
    String fontPath;

    /** A quote's lines in pages: the lines after a line id (empty when there are no more). */
    @FunctionalInterface
    public interface LinePages {
        List<QuoteService.LineRow> after(long lineId);
    }

    /** The lines of a stored quote, read from the database {@link QuoteService#EXPORT_PAGE} at a time. */
    public static LinePages pages(QuoteService quotes, long quoteId) {
        return after -> quotes.lines(quoteId, after, QuoteService.EXPORT_PAGE);
    }

    /** The CSV, row by row as the pages are read; only one page of lines is in memory at a time. */
    public void csv(Quote quote, LinePages lines, Map<String, ProductRule> products, String account, String language,
                    OutputStream out) throws IOException {
        QuoteMessages m = Translator.bundle(QuoteMessages.class, Locales.of(language));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(m.number(), quote.number);
        csv.printRecord(m.date(), at(quote.createdAt));
        csv.printRecord(m.account(), account);
        csv.printRecord(m.valid_until(), at(quote.validUntil));
        csv.printRecord(m.no_charge());
        csv.println();
        csv.printRecord(m.resource_id(), m.resource(), m.product(), m.months(), m.unit_price(), m.amount(),
                m.expiry_before(), m.expiry_after());
        long last = 0;
        for (List<QuoteService.LineRow> page = lines.after(last); !page.isEmpty(); page = lines.after(last)) {
            for (QuoteService.LineRow line : page) {
                csv.printRecord(line.resourceId(), line.resourceName(), productName(products, line.productType(), language),
                        line.months(), line.unitPrice().toPlainString(), line.amount().toPlainString(),
                        at(line.expiryBefore()), at(line.expiryAfter()));
                last = line.id();
            }
            // each page goes to the client as it is written
            csv.flush();
        }
        csv.printRecord(m.total(), "", "", "", "", quote.total.toPlainString(), "", "");
        csv.flush();
    }

    /**
     * The PDF, written to the stream page by page: the table is a large element ({@code setComplete(false)})
     * whose finished rows are laid out and dropped every {@link #PDF_ROWS_PER_FLUSH} rows; the head (number,
     * date, account, total, validity) is on the first page and the foot (number, account, total, validity,
     * page) on every page.
     */
    public void pdf(Quote quote, LinePages lines, Map<String, ProductRule> products, String account, String language,
                    OutputStream out) {
        BaseFont base = CjkFont.load(fontPath);
        // without the CJK font the labels are English (names in Chinese are then left out by the font)
        String lang = base == null ? Locales.ENGLISH : language;
        QuoteMessages m = Translator.bundle(QuoteMessages.class, Locales.of(lang));
        if (base == null) {
            base = CjkFont.latin();
        }
        Font title = new Font(base, 16, Font.BOLD);
        Font text = new Font(base, 9);
        Font small = new Font(base, 8);
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        String foot = quote.number + " · " + account + " · " + m.total() + " " + quote.total.toPlainString()
                + " · " + m.valid_until() + " " + at(quote.validUntil);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(foot, small),
                        d.left(), d.bottom() - 20, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase(m.page_no(w.getPageNumber()), small), d.right(), d.bottom() - 20, 0);
            }
        });
        doc.addTitle("Quote " + quote.number);
        doc.open();
        Paragraph head = new Paragraph(m.title(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        doc.add(new Paragraph(m.number() + ": " + quote.number + "    " + m.date() + ": " + at(quote.createdAt), text));
        doc.add(new Paragraph(m.account() + ": " + account, text));
        doc.add(new Paragraph(m.total() + ": " + quote.total.toPlainString() + "    "
                + m.valid_until() + ": " + at(quote.validUntil), text));
        doc.add(new Paragraph(m.no_charge(), text));
        doc.add(new Paragraph(" ", text));
        PdfPTable table = new PdfPTable(7);
        table.setWidths(new int[] {4, 3, 2, 2, 2, 3, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        for (String h : List.of(m.resource(), m.product(), m.months(), m.unit_price(), m.amount(),
                m.expiry_before(), m.expiry_after())) {
            table.addCell(new PdfPCell(new Paragraph(h, text)));
        }
        long last = 0;
        int rows = 0;
        for (List<QuoteService.LineRow> page = lines.after(last); !page.isEmpty(); page = lines.after(last)) {
            for (QuoteService.LineRow line : page) {
                table.addCell(new PdfPCell(new Paragraph(line.resourceName() + " #" + line.resourceId(), text)));
                table.addCell(new PdfPCell(new Paragraph(productName(products, line.productType(), lang), text)));
                table.addCell(right(String.valueOf(line.months()), text));
                table.addCell(right(line.unitPrice().toPlainString(), text));
                table.addCell(right(line.amount().toPlainString(), text));
                table.addCell(new PdfPCell(new Paragraph(at(line.expiryBefore()), text)));
                table.addCell(new PdfPCell(new Paragraph(at(line.expiryAfter()), text)));
                last = line.id();
                if (++rows % PDF_ROWS_PER_FLUSH == 0) {
                    // lays out the finished rows (pages go to the stream) and drops them from the table
                    doc.add(table);
                }
            }
        }
        table.setComplete(true);
        PdfPCell label = new PdfPCell(new Paragraph(m.total(), text));
        label.setColspan(4);
        table.addCell(label);
        table.addCell(right(quote.total.toPlainString(), text));
        PdfPCell rest = new PdfPCell(new Paragraph("", text));
        rest.setColspan(2);
        table.addCell(rest);
        doc.add(table);
        doc.close();
    }

    public static String productName(Map<String, ProductRule> products, String type, String language) {
        ProductRule rule = products.get(type);
        if (rule == null) {
            return type;
        }
        return Locales.ENGLISH.equals(language) ? rule.nameEn : rule.nameZh;
    }

    private static PdfPCell right(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Paragraph(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant.atZone(zone));
    }

}
