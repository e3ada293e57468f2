package io.billingconsole.invoice;

import io.billingconsole.shared.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The e-invoice PDF with the CJK font (Chinese text extracts back) and without it (English labels, no crash). */
class InvoicePdfTest {

    private static final String WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    @Test
    void withTheCjkFontTheChineseTextIsInThePdf() throws Exception {
        assumeTrue(Files.isReadable(Path.of(WQY)), "fonts-wqy-microhei is not installed");
        InvoicePdf pdfs = pdfs(WQY + ",0");
        assertTrue(pdfs.chinese());
        String text = text(pdfs.render(invoice(), List.of(new Invoiceable.Piece(7L, null, Money.parse("100.00")),
                new Invoiceable.Piece(null, 3L, Money.parse("23.45")))));
        assertTrue(text.contains("增值税普通发票") && text.contains("发票号码") && text.contains("202600000042"), text);
        assertTrue(text.contains("北京小米科技有限责任公司") && text.contains("91110108551385082Q"), text);
        assertTrue(text.contains("云服务订单 #7") && text.contains("按量付费账单 #3") && text.contains("123.45"), text);
    }

    @Test
    void withoutTheFontThePdfStillComesWithEnglishLabels() throws Exception {
        InvoicePdf pdfs = pdfs("/no/such/font.ttc,0");
        assertFalse(pdfs.chinese());
        byte[] pdf = pdfs.render(invoice(), List.of(new Invoiceable.Piece(7L, null, Money.parse("123.45"))));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        String text = text(pdf);
        assertTrue(text.contains("Number: 202600000042") && text.contains("Cloud service order #7"), text);
        assertTrue(text.contains("91110108551385082Q") && text.contains("123.45"), text);
    }

    private static InvoicePdf pdfs(String font) {
        InvoicePdf pdfs = new InvoicePdf();
        pdfs.fontPath = font;
        pdfs.sellerName = "云账单科技有限公司";
        pdfs.sellerTaxId = "91330100MA2B0000XY";
        return pdfs;
    }

    private static Invoice invoice() {
        Invoice i = new Invoice();
        i.id = 42L;
        i.kind = InvoiceKind.GENERAL_E;
        i.amount = Money.parse("123.45");
        i.titleType = TitleType.ENTERPRISE;
        i.titleName = "北京小米科技有限责任公司";
        i.titleTaxId = "91110108551385082Q";
        i.number = "202600000042";
        i.issuedOn = LocalDate.of(2026, 12, 1);
        return i;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
