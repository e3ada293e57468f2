package io.billingconsole.invoice;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.billingconsole.shared.CjkFont;
import io.billingconsole.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The e-invoice PDF (OpenPDF). Chinese text needs an embedded CJK font ({@code billing.invoice.font},
 * a TrueType file or a collection entry such as {@code wqy-microhei.ttc,0}); without one the PDF is
 * still made, with English labels in a standard font (names in Chinese are then left out by the font).
 */
@ApplicationScoped
public class InvoicePdf {

    @ConfigProperty(name = "billing.invoice.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
    String fontPath;

    @ConfigProperty(name = "billing.invoice.seller-name", defaultValue = "云账单科技有限公司")
    String sellerName;

    @ConfigProperty(name = "billing.invoice.seller-tax-id", defaultValue = "91330100MA2B0000XY")
    String sellerTaxId;

    /** Whether the CJK font is there (the PDF then has Chinese labels). */
    public boolean chinese() {
        return font() != null;
    }

    public byte[] render(Invoice invoice, List<Invoiceable.Piece> items) {
        BaseFont base = font();
        boolean zh = base != null;
        try {
            if (base == null) {
                base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            }
            Font title = new Font(base, 16, Font.BOLD);
            Font text = new Font(base, 10);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A5.rotate(), 28, 28, 28, 28);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Invoice " + invoice.number);
            doc.open();
            String kind = invoice.kind == InvoiceKind.SPECIAL
                    ? (zh ? "增值税专用发票（电子）" : "VAT special invoice (electronic)")
                    : (zh ? "增值税普通发票（电子）" : "VAT general invoice (electronic)");
            Paragraph head = new Paragraph(kind, title);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            doc.add(new Paragraph((zh ? "发票号码：" : "Number: ") + invoice.number + "    "
                    + (zh ? "开票日期：" : "Date: ") + invoice.issuedOn, text));
            doc.add(new Paragraph((zh ? "购买方：" : "Buyer: ") + invoice.titleName, text));
            if (invoice.titleTaxId != null) {
                doc.add(new Paragraph((zh ? "纳税人识别号：" : "Tax id: ") + invoice.titleTaxId, text));
            }
            if (invoice.kind == InvoiceKind.SPECIAL) {
                doc.add(new Paragraph((zh ? "地址、电话：" : "Address, phone: ") + invoice.titleAddress + " "
                        + invoice.titlePhone, text));
                doc.add(new Paragraph((zh ? "开户行及账号：" : "Bank and account: ") + invoice.titleBank + " "
                        + invoice.titleBankAccount, text));
            }
            doc.add(new Paragraph((zh ? "销售方：" : "Seller: ") + sellerName + "    "
                    + (zh ? "纳税人识别号：" : "Tax id: ") + sellerTaxId, text));
            doc.add(new Paragraph(" ", text));
            PdfPTable table = new PdfPTable(2);
            table.setWidths(new int[] {3, 1});
            table.setWidthPercentage(100);
            table.addCell(new PdfPCell(new Paragraph(zh ? "项目" : "Item", text)));
            table.addCell(new PdfPCell(new Paragraph(zh ? "金额（元，含税）" : "Amount (CNY, tax incl.)", text)));
            for (Invoiceable.Piece p : items) {
                String name = p.orderId() != null ? (zh ? "云服务订单 #" : "Cloud service order #") + p.orderId()
                        : (zh ? "按量付费账单 #" : "Pay-as-you-go bill #") + p.billId();
                table.addCell(new PdfPCell(new Paragraph(name, text)));
                PdfPCell amount = new PdfPCell(new Paragraph(p.amount().toPlainString(), text));
                amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(amount);
            }
            table.addCell(new PdfPCell(new Paragraph(zh ? "价税合计" : "Total", text)));
            PdfPCell total = new PdfPCell(new Paragraph("¥" + invoice.amount.toPlainString(), text));
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(total);
            doc.add(table);
            doc.close();
            return out.toByteArray();
        } catch (RuntimeException | IOException e) {
            throw new IllegalStateException("invoice PDF " + invoice.id, e);
        }
    }

    private BaseFont font() {
        return CjkFont.load(fontPath);
    }

    static String yuan(Money m) {
        return m.toPlainString();
    }
}
